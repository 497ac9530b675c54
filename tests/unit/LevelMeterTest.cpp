// LevelMeter: RMS and peak per 50 ms window on a -60..0 dBFS scale.

#include "audio/LevelMeter.h"

#include <QVector>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <cmath>

using debrief::LevelMeter;

namespace {

QVector<float> sine(double amplitude, int samples, int rate = 48000)
{
    QVector<float> out(samples);
    for (int i = 0; i < samples; ++i)
        out[i] = float(amplitude * std::sin(2 * 3.14159265358979323846 * 1000.0 * i / rate));
    return out;
}

} // namespace

TEST_CASE("Silence reads 0, full scale 1, -20 dBFS two thirds", "[audio][meter]")
{
    LevelMeter meter(48000);
    const QVector<float> silence(2400, 0.0f);
    CHECK(meter.add(silence.constData(), int(silence.size())) == 1);
    CHECK(meter.level() == 0);
    CHECK(meter.peakLevel() == 0);

    const QVector<float> full(2400, 1.0f);
    meter.add(full.constData(), int(full.size()));
    CHECK(meter.rms() == Catch::Approx(1.0));
    CHECK(meter.level() == Catch::Approx(1.0));

    // A sine with peak 0.1: peak -20 dBFS, RMS -23 dBFS.
    const QVector<float> quiet = sine(0.1, 2400);
    meter.add(quiet.constData(), int(quiet.size()));
    CHECK(meter.peak() == Catch::Approx(0.1).epsilon(0.01));
    CHECK(meter.peakLevel() == Catch::Approx(40.0 / 60.0).margin(0.01));
    CHECK(meter.level() == Catch::Approx((60.0 - 23.01) / 60.0).margin(0.01));
    CHECK(LevelMeter::toMeter(0.0005) == 0); // below -60 dBFS
}

TEST_CASE("Windows are 50 ms, counted across calls", "[audio][meter]")
{
    LevelMeter meter(16000); // 800 samples a window
    const QVector<float> loud = sine(0.5, 1000, 16000);
    CHECK(meter.add(loud.constData(), 500) == 0);
    CHECK(meter.level() == 0); // no complete window yet
    CHECK(meter.add(loud.constData() + 500, 500) == 1);
    CHECK(meter.level() > 0.8);
    // The rest of the second window is silence: the meter falls only once it completes.
    const QVector<float> silence(600, 0.0f);
    CHECK(meter.add(silence.constData(), 599) == 0);
    CHECK(meter.level() > 0.8);
    CHECK(meter.add(silence.constData(), 1) == 1);
    CHECK(meter.level() < meter.peakLevel());
    meter.reset();
    CHECK(meter.level() == 0);
}
