// Decoding in memory (opusfile) and the speech tempo (Sonic), without an audio output.

#include "ToneRecording.h"
#include "audio/OpusMemoryDecoder.h"
#include "audio/PlaybackSource.h"
#include "audio/SpeechTempo.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

// Everything the source hands out from where it stands, as samples.
QVector<qint16> drain(PlaybackSource& source)
{
    QVector<qint16> all;
    QByteArray chunk(4096, Qt::Uninitialized);
    for (;;) {
        const qint64 got = source.read(chunk.data(), chunk.size());
        REQUIRE(got >= 0);
        if (got == 0)
            break;
        const auto* samples = reinterpret_cast<const qint16*>(chunk.constData());
        all.append(QVector<qint16>(samples, samples + got / 2));
    }
    return all;
}

} // namespace

TEST_CASE("A recording decodes from memory to its length and its pitch", "[decode]")
{
    OpusMemoryDecoder decoder;
    REQUIRE(decoder.open(toneRecording(3000, 440)));
    CHECK(decoder.channels() == 1);
    CHECK(decoder.lengthMs() == Catch::Approx(3000).margin(20));

    QVector<qint16> pcm(decoder.lengthFrames());
    qint64 decoded = 0;
    while (decoded < pcm.size()) {
        const int got = decoder.read(pcm.data() + decoded, int(pcm.size() - decoded));
        REQUIRE(got > 0);
        decoded += got;
    }
    CHECK(decoder.read(pcm.data(), 1) == 0);
    CHECK(upwardCrossingsPerSecond(pcm) == Catch::Approx(440).margin(5));

    // Seeking is sample-exact: 1 s in, the second that remains.
    REQUIRE(decoder.seek(48000));
    qint64 rest = 0;
    for (int got = 0; (got = decoder.read(pcm.data(), 4800)) > 0;)
        rest += got;
    CHECK(rest == decoder.lengthFrames() - 48000);
}

TEST_CASE("Damaged or cut-off data: a clear failure, or what is there", "[decode]")
{
    OpusMemoryDecoder decoder;
    CHECK_FALSE(decoder.open(QByteArray()));
    CHECK_FALSE(decoder.open(QByteArray("This is no recording at all, only text.")));
    QByteArray garbage(20000, '\x5a');
    CHECK_FALSE(decoder.open(garbage));
    CHECK_FALSE(decoder.isOpen());

    // A recording cut off mid-page (a crash while recording) still decodes up to the cut.
    const QByteArray whole = toneRecording(4000);
    REQUIRE(decoder.open(whole.left(whole.size() / 2 + 37)));
    CHECK(decoder.lengthMs() > 1600);
    CHECK(decoder.lengthMs() < 2100);
    QVector<qint16> pcm(4800);
    qint64 decoded = 0;
    for (int got = 0; (got = decoder.read(pcm.data(), int(pcm.size()))) > 0;)
        decoded += got;
    CHECK(decoded == decoder.lengthFrames());
}

TEST_CASE("Faster speech keeps its pitch", "[decode]")
{
    const QVector<qint16> tone = toneSamples(2000, 440);
    for (const double speed : {1.0, 1.5, 2.0}) {
        CAPTURE(speed);
        SpeechTempo tempo(48000, 1);
        tempo.reset(speed);
        QVector<qint16> out;
        QVector<qint16> buffer(4800);
        for (int i = 0; i < tone.size(); i += 960) {
            tempo.write(tone.constData() + i, int(qMin<qsizetype>(960, tone.size() - i)));
            for (int got = 0; (got = tempo.read(buffer.data(), int(buffer.size()))) > 0;)
                out.append(buffer.mid(0, got));
        }
        tempo.flush();
        for (int got = 0; (got = tempo.read(buffer.data(), int(buffer.size()))) > 0;)
            out.append(buffer.mid(0, got));
        // Shorter by the speed, and still a 440 Hz tone (a plain resampler would give 880 Hz
        // at 2x).
        CHECK(double(out.size()) == Catch::Approx(tone.size() / speed).epsilon(0.03));
        CHECK(upwardCrossingsPerSecond(out) == Catch::Approx(440).epsilon(0.03));
    }
}

TEST_CASE("The playback source hands out the rest of the recording at the chosen speed", "[decode]")
{
    OpusMemoryDecoder decoder;
    REQUIRE(decoder.open(toneRecording(3000, 440)));
    PlaybackSource source(decoder);

    REQUIRE(source.restart(0, 1.0));
    const QVector<qint16> normal = drain(source);
    CHECK(source.drained());
    CHECK_FALSE(source.damaged());
    CHECK(normal.size() == Catch::Approx(decoder.lengthFrames()).epsilon(0.01));

    REQUIRE(source.restart(48000, 2.0)); // from 1 s, twice as fast: 1 s of sound
    const QVector<qint16> fast = drain(source);
    CHECK(fast.size() == Catch::Approx((decoder.lengthFrames() - 48000) / 2).epsilon(0.03));
    CHECK(upwardCrossingsPerSecond(fast) == Catch::Approx(440).epsilon(0.03));
}
