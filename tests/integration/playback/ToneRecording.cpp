#include "ToneRecording.h"

#include <catch2/catch_test_macros.hpp>
#include <cmath>
#include <opusenc.h>

namespace debrief::test {

namespace {

int appendPage(void* user, const unsigned char* data, opus_int32 length)
{
    static_cast<QByteArray*>(user)->append(reinterpret_cast<const char*>(data), length);
    return 0;
}

int closeNothing(void*)
{
    return 0;
}

} // namespace

QVector<qint16> toneSamples(int durationMs, double frequencyHz)
{
    constexpr double Pi = 3.14159265358979323846;
    QVector<qint16> samples(durationMs * 48);
    for (int i = 0; i < samples.size(); ++i)
        samples[i] = qint16(std::lround(16384.0 * std::sin(2.0 * Pi * frequencyHz * i / 48000.0)));
    return samples;
}

QByteArray toneRecording(int durationMs, double frequencyHz)
{
    QByteArray out;
    OpusEncCallbacks callbacks{appendPage, closeNothing};
    OggOpusComments* comments = ope_comments_create();
    int error = 0;
    OggOpusEnc* encoder =
        ope_encoder_create_callbacks(&callbacks, &out, comments, 48000, 1, 0, &error);
    REQUIRE(encoder);
    REQUIRE(ope_encoder_ctl(encoder, OPUS_SET_BITRATE(24000)) == OPE_OK);
    REQUIRE(ope_encoder_ctl(encoder, OPUS_SET_VBR(0)) == OPE_OK);
    // Short pages, as a recording streamed into the vault has: a cut loses little.
    REQUIRE(ope_encoder_ctl(encoder, OPE_SET_MUXING_DELAY(48000 / 5)) == OPE_OK);
    const QVector<qint16> samples = toneSamples(durationMs, frequencyHz);
    REQUIRE(ope_encoder_write(encoder, samples.constData(), int(samples.size())) == OPE_OK);
    REQUIRE(ope_encoder_drain(encoder) == OPE_OK);
    ope_encoder_destroy(encoder);
    ope_comments_destroy(comments);
    return out;
}

double upwardCrossingsPerSecond(const QVector<qint16>& samples, int sampleRate)
{
    if (samples.size() < 2)
        return 0;
    int crossings = 0;
    for (int i = 1; i < samples.size(); ++i) {
        if (samples[i - 1] < 0 && samples[i] >= 0)
            ++crossings;
    }
    return crossings * double(sampleRate) / double(samples.size());
}

} // namespace debrief::test
