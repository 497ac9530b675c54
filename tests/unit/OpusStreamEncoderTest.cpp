// OpusStreamEncoder: constant bitrate whatever is said (packet sizes must not follow the
// speech), whole short pages in every piece taken out, and a stream opusfile plays back at the
// right length.

#include "audio/OpusStreamEncoder.h"
#include "AudioCheck.h"

#include <QVector>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <cmath>
#include <opus.h>

using debrief::OpusStreamEncoder;
using namespace debrief::test;

namespace {

constexpr double Pi = 3.14159265358979323846;

// Something with speech's shape: voiced syllables (a gliding pitch with harmonics) about four
// times a second, hissing consonants, and pauses. Deterministic.
QVector<float> speechLike(int ms, int rate = 48000)
{
    QVector<float> out(ms * rate / 1000);
    quint32 noise = 12345;
    double phase = 0;
    for (int i = 0; i < out.size(); ++i) {
        const double t = double(i) / rate;
        const double syllable = std::fmod(t * 4.0, 1.0);
        const double f0 = 120 + 60 * std::sin(2 * Pi * 0.7 * t);
        phase += 2 * Pi * f0 / rate;
        double voiced = 0;
        for (int h = 1; h <= 8; ++h)
            voiced += std::sin(h * phase) / h;
        noise = noise * 1664525u + 1013904223u;
        const double hiss = (double(noise >> 8) / double(1 << 24) - 0.5);
        double v = 0;
        if (syllable < 0.55)
            v = 0.35 * voiced * std::sin(Pi * syllable / 0.55);
        else if (syllable < 0.7)
            v = 0.25 * hiss;
        out[i] = float(std::fmod(t, 2.0) < 1.6 ? v : 0.0); // a pause every two seconds
    }
    return out;
}

QByteArray encodeAll(OpusStreamEncoder& encoder, const QVector<float>& samples)
{
    REQUIRE(encoder.write(samples.constData(), int(samples.size())));
    REQUIRE(encoder.finish());
    return encoder.takePages();
}

// The audio packets (after OpusHead and OpusTags).
QVector<int> audioPacketSizes(const OggLayout& layout)
{
    REQUIRE(layout.packetSizes.size() > 2);
    return layout.packetSizes.mid(2);
}

} // namespace

TEST_CASE("Speech and silence give packets of one size: constant bitrate", "[audio][encoder]")
{
    QVector<float> input = speechLike(3000);
    input += QVector<float>(48000 * 2, 0.0f); // then two seconds of silence
    OpusStreamEncoder encoder(48000);
    REQUIRE(encoder.isValid());
    const OggLayout layout = inspectOgg(encodeAll(encoder, input));
    REQUIRE(layout.valid);
    const QVector<int> sizes = audioPacketSizes(layout);
    CHECK(sizes.size() >= 5000 / 20);                                // 20 ms frames
    const int expected = OpusStreamEncoder::DefaultBitrate / 8 / 50; // bytes per 20 ms
    for (int size : sizes) {
        INFO("packet of " << size << " bytes");
        REQUIRE(size == expected);
    }

    // The control: the same input through libopus with a variable bitrate gives packets whose
    // sizes follow the sound, so the check above would see a leak.
    int error = 0;
    OpusEncoder* vbr = opus_encoder_create(48000, 1, OPUS_APPLICATION_VOIP, &error);
    REQUIRE(vbr);
    opus_encoder_ctl(vbr, OPUS_SET_BITRATE(OpusStreamEncoder::DefaultBitrate));
    opus_encoder_ctl(vbr, OPUS_SET_VBR(1));
    int smallest = 1 << 30, largest = 0;
    unsigned char packet[1500];
    for (qsizetype at = 0; at + 960 <= input.size(); at += 960) {
        const int n = opus_encode_float(vbr, input.constData() + at, 960, packet, sizeof packet);
        REQUIRE(n > 0);
        smallest = std::min(smallest, n);
        largest = std::max(largest, n);
    }
    opus_encoder_destroy(vbr);
    CHECK(largest - smallest > 20);
}

TEST_CASE("Every piece taken out is whole pages of at most 200 ms", "[audio][encoder]")
{
    const QVector<float> input = speechLike(4000);
    OpusStreamEncoder encoder(48000);
    REQUIRE(encoder.isValid());
    QByteArray all;
    qint64 lastGranule = 0;
    for (int second = 0; second < 4; ++second) {
        REQUIRE(encoder.write(input.constData() + second * 48000, 48000));
        const QByteArray piece = encoder.takePages();
        CAPTURE(second);
        REQUIRE_FALSE(piece.isEmpty());
        const OggLayout layout = inspectOgg(piece);
        CHECK(layout.valid);
        CHECK(layout.trailingBytes == 0);
        if (second == 0) {
            REQUIRE(layout.pages.size() >= 3);
            CHECK(layout.pages.first().beginsStream);
            CHECK(piece.mid(28, 8) == "OpusHead");
        }
        for (const OggPage& page : layout.pages) {
            if (page.granule <= 0)
                continue; // header pages
            CHECK(page.granule - lastGranule <= 48 * OpusStreamEncoder::PageMs);
            lastGranule = page.granule;
        }
        // What a chunk taken about once a second holds: all but the last page's worth.
        CHECK(encoder.encodedMs() >= (second + 1) * 1000 - OpusStreamEncoder::PageMs - 30);
        all += piece;
    }
    REQUIRE(encoder.finish());
    const QByteArray last = encoder.takePages();
    CHECK(inspectOgg(last).pages.last().endsStream);
    all += last;
    // The pieces together are one stream.
    const DecodedAudio decoded = decodeOggOpus(all);
    REQUIRE(decoded.ok);
    CHECK(decoded.durationMs() == 4000);
    CHECK(encoder.encodedMs() == 4000);
}

TEST_CASE("opusfile decodes the stream at its length and loudness, from any input rate",
          "[audio][encoder]")
{
    for (const int rate : {48000, 44100, 16000}) {
        CAPTURE(rate);
        QVector<float> tone(rate * 5 / 2); // 2.5 s at 440 Hz, amplitude 0.5
        for (int i = 0; i < tone.size(); ++i)
            tone[i] = float(0.5 * std::sin(2 * Pi * 440.0 * i / rate));
        OpusStreamEncoder encoder(rate);
        REQUIRE(encoder.isValid());
        const QByteArray stream = encodeAll(encoder, tone);
        CHECK(encoder.encodedMs() == Catch::Approx(2500).margin(2));
        const DecodedAudio decoded = decodeOggOpus(stream);
        REQUIRE(decoded.ok);
        CHECK(decoded.durationMs() == Catch::Approx(2500).margin(2));
        // Away from the edges the tone comes back at its level (RMS of a 0.5 sine: 0.354).
        CHECK(rmsOf(decoded.samples, 4800, 96000) == Catch::Approx(0.354).epsilon(0.1));
    }
}

TEST_CASE("A bad input rate is refused with a reason, not a crash", "[audio][encoder]")
{
    OpusStreamEncoder encoder(0);
    CHECK_FALSE(encoder.isValid());
    CHECK_FALSE(encoder.errorString().isEmpty());
    const float sample = 0;
    CHECK_FALSE(encoder.write(&sample, 1));
    CHECK(encoder.takePages().isEmpty());
}
