#pragma once

#include <QtGlobal>

namespace debrief {

// What a level meter shows while someone speaks: RMS and peak over short windows (~50 ms),
// scaled from -60 dBFS (silence, 0) to 0 dBFS (full scale, 1) the way ears judge loudness.
class LevelMeter
{
public:
    static constexpr int DefaultWindowMs = 50;
    static constexpr double FloorDb = -60.0;

    explicit LevelMeter(int sampleRate, int windowMs = DefaultWindowMs);

    // Adds mono samples in [-1, 1]; returns how many windows they completed.
    int add(const float* samples, int count);
    void reset();

    // Of the last complete window, on the meter's 0..1 scale.
    double level() const { return toMeter(m_rms); }
    double peakLevel() const { return toMeter(m_peak); }
    // Of the last complete window, linear (1 = full scale).
    double rms() const { return m_rms; }
    double peak() const { return m_peak; }

    // A linear amplitude on the meter's scale.
    static double toMeter(double amplitude);

private:
    int m_windowSamples;
    int m_inWindow = 0;
    double m_sumSquares = 0;
    double m_windowPeak = 0;
    double m_rms = 0;
    double m_peak = 0;
};

} // namespace debrief
