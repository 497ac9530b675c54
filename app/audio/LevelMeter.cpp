#include "audio/LevelMeter.h"

#include <algorithm>
#include <cmath>

namespace debrief {

LevelMeter::LevelMeter(int sampleRate, int windowMs)
    : m_windowSamples(std::max(1, sampleRate * windowMs / 1000))
{
}

int LevelMeter::add(const float* samples, int count)
{
    int windows = 0;
    for (int i = 0; i < count; ++i) {
        const double s = samples[i];
        m_sumSquares += s * s;
        m_windowPeak = std::max(m_windowPeak, std::abs(s));
        if (++m_inWindow == m_windowSamples) {
            m_rms = std::sqrt(m_sumSquares / m_windowSamples);
            m_peak = m_windowPeak;
            m_inWindow = 0;
            m_sumSquares = 0;
            m_windowPeak = 0;
            ++windows;
        }
    }
    return windows;
}

void LevelMeter::reset()
{
    m_inWindow = 0;
    m_sumSquares = m_windowPeak = m_rms = m_peak = 0;
}

double LevelMeter::toMeter(double amplitude)
{
    if (amplitude <= 0)
        return 0;
    const double db = 20.0 * std::log10(amplitude);
    return std::clamp((db - FloorDb) / -FloorDb, 0.0, 1.0);
}

} // namespace debrief
