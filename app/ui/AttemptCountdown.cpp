#include "AttemptCountdown.h"

namespace debrief {

AttemptCountdown::AttemptCountdown(AttemptThrottle* throttle, QObject* parent)
    : QObject(parent)
    , m_throttle(throttle)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &AttemptCountdown::refresh);
    refresh();
}

void AttemptCountdown::setThrottle(AttemptThrottle* throttle)
{
    m_throttle = throttle;
    refresh();
}

bool AttemptCountdown::refresh()
{
    const int seconds = m_throttle ? m_throttle->waitSeconds() : 0;
    if (seconds > 0 && !m_tick.isActive())
        m_tick.start();
    else if (seconds == 0)
        m_tick.stop();
    if (m_seconds != seconds) {
        m_seconds = seconds;
        emit changed();
    }
    return seconds == 0;
}

QString AttemptCountdown::message(int seconds)
{
    return tr("Too many wrong attempts. You can try again in %n second(s).", nullptr, seconds);
}

} // namespace debrief
