#include "AttemptThrottle.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace debrief {

AttemptThrottle::AttemptThrottle(const Clock& clock)
    : m_clock(clock)
{
}

qint64 AttemptThrottle::delayAfter(int failures)
{
    if (failures <= FreeFailures)
        return 0;
    const int doublings = std::min(failures - FreeFailures - 1, 20);
    return std::min(FirstDelayMs << doublings, MaxDelayMs);
}

qint64 AttemptThrottle::waitMs() const
{
    const qint64 delay = delayAfter(m_failures);
    if (delay == 0 || !m_lastFailureUtc.isValid())
        return 0;
    const qint64 since = m_lastFailureUtc.msecsTo(m_clock.nowUtc());
    // A clock set back must not lock the person out for longer than the delay itself.
    return std::clamp<qint64>(delay - std::max<qint64>(since, 0), 0, delay);
}

void AttemptThrottle::recordFailure()
{
    // A count restored from a damaged or hostile state file may already be the largest int.
    if (m_failures < std::numeric_limits<int>::max())
        ++m_failures;
    m_lastFailureUtc = m_clock.nowUtc();
    changed();
}

void AttemptThrottle::recordSuccess()
{
    if (m_failures == 0)
        return;
    m_failures = 0;
    m_lastFailureUtc = {};
    changed();
}

QByteArray AttemptThrottle::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("failures"), m_failures);
    if (m_lastFailureUtc.isValid())
        o.insert(QStringLiteral("lastFailureUtc"), m_lastFailureUtc.toString(Qt::ISODateWithMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void AttemptThrottle::restore(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    m_failures = std::max(0, o.value(QStringLiteral("failures")).toInt());
    m_lastFailureUtc = QDateTime::fromString(o.value(QStringLiteral("lastFailureUtc")).toString(),
                                             Qt::ISODateWithMs);
    if (m_failures > 0 && !m_lastFailureUtc.isValid())
        m_lastFailureUtc = m_clock.nowUtc(); // a damaged time still earns the delay
}

void AttemptThrottle::changed()
{
    if (m_persist)
        m_persist(toJson());
}

} // namespace debrief
