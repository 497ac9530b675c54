#include "AutoLockPolicy.h"

#include <algorithm>

namespace debrief {

AutoLockPolicy::AutoLockPolicy(const Clock& clock)
    : m_clock(clock)
    , m_lastInputUtc(clock.nowUtc())
{
}

void AutoLockPolicy::setTimeoutMs(qint64 timeoutMs)
{
    m_timeoutMs = std::max<qint64>(timeoutMs, 0);
}

void AutoLockPolicy::inputSeen()
{
    m_lastInputUtc = m_clock.nowUtc();
}

void AutoLockPolicy::setInBackground(bool inBackground)
{
    if (inBackground == m_backgroundSinceUtc.isValid())
        return;
    m_backgroundSinceUtc = inBackground ? m_clock.nowUtc() : QDateTime();
}

void AutoLockPolicy::setRecording(bool recording)
{
    m_recording = recording;
}

void AutoLockPolicy::restart()
{
    m_lastInputUtc = m_clock.nowUtc();
    if (m_backgroundSinceUtc.isValid())
        m_backgroundSinceUtc = m_lastInputUtc;
}

// The time counts from the last input; going to the background starts it again too (input
// stops arriving there, but the person may have been reading until then).
QDateTime AutoLockPolicy::lastSign() const
{
    if (m_backgroundSinceUtc.isValid() && m_backgroundSinceUtc > m_lastInputUtc)
        return m_backgroundSinceUtc;
    return m_lastInputUtc;
}

qint64 AutoLockPolicy::msUntilLock() const
{
    if (m_timeoutMs == 0 || m_recording)
        return -1;
    const qint64 since = lastSign().msecsTo(m_clock.nowUtc());
    return std::max<qint64>(m_timeoutMs - std::max<qint64>(since, 0), 0);
}

bool AutoLockPolicy::shouldLock() const
{
    return msUntilLock() == 0;
}

} // namespace debrief
