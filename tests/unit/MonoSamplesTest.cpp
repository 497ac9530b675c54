// MonoSamples: device PCM of any layout to mono floats, frames cut between reads kept whole.

#include "audio/MonoSamples.h"

#include <QVector>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <cstring>

using debrief::MonoSamples;

namespace {

template <typename T> QByteArray bytesOf(const QVector<T>& values)
{
    return QByteArray(reinterpret_cast<const char*>(values.constData()),
                      values.size() * qsizetype(sizeof(T)));
}

QAudioFormat formatOf(QAudioFormat::SampleFormat sampleFormat, int channels, int rate = 48000)
{
    QAudioFormat f;
    f.setSampleFormat(sampleFormat);
    f.setChannelCount(channels);
    f.setSampleRate(rate);
    return f;
}

} // namespace

TEST_CASE("16-bit mono is scaled to [-1, 1]", "[audio][pcm]")
{
    MonoSamples mono(formatOf(QAudioFormat::Int16, 1));
    const QByteArray data = bytesOf(QVector<qint16>{0, 16384, -32768, 32767});
    const std::vector<float>& out = mono.convert(data.constData(), data.size());
    REQUIRE(out.size() == 4);
    CHECK(out[0] == 0.0f);
    CHECK(out[1] == Catch::Approx(0.5));
    CHECK(out[2] == Catch::Approx(-1.0));
    CHECK(out[3] == Catch::Approx(1.0).margin(0.0001));
}

TEST_CASE("Stereo is mixed to mono, and a frame cut in two is kept for the next read",
          "[audio][pcm]")
{
    MonoSamples mono(formatOf(QAudioFormat::Int16, 2));
    const QByteArray data = bytesOf(QVector<qint16>{8192, 24576, -16384, 0, 4096, 4096});
    // 7 bytes: one whole frame and three bytes of the next.
    std::vector<float> first = mono.convert(data.constData(), 7);
    REQUIRE(first.size() == 1);
    CHECK(first[0] == Catch::Approx(0.5).margin(0.001));
    const std::vector<float>& rest = mono.convert(data.constData() + 7, data.size() - 7);
    REQUIRE(rest.size() == 2);
    CHECK(rest[0] == Catch::Approx(-0.25).margin(0.001));
    CHECK(rest[1] == Catch::Approx(0.125).margin(0.001));
}

TEST_CASE("Float and 32-bit devices give the same samples", "[audio][pcm]")
{
    MonoSamples floats(formatOf(QAudioFormat::Float, 1, 44100));
    const QByteArray f = bytesOf(QVector<float>{0.25f, -0.75f});
    const std::vector<float> a = floats.convert(f.constData(), f.size());
    MonoSamples ints(formatOf(QAudioFormat::Int32, 1, 44100));
    const QByteArray i =
        bytesOf(QVector<qint32>{qint32(0.25 * 2147483648.0), qint32(-0.75 * 2147483648.0)});
    const std::vector<float> b = ints.convert(i.constData(), i.size());
    REQUIRE(a.size() == 2);
    REQUIRE(b.size() == 2);
    CHECK(a[0] == Catch::Approx(b[0]));
    CHECK(a[1] == Catch::Approx(b[1]));
}
