#include "desktop/InProcessNudgeScheduler.h"

#include <algorithm>

namespace debrief::platform {

namespace {

bool earlier(const ScheduledNudge& a, const ScheduledNudge& b)
{
    return a.atUtc != b.atUtc ? a.atUtc < b.atUtc : a.key < b.key;
}

} // namespace

InProcessNudgeScheduler::InProcessNudgeScheduler(std::function<QDateTime()> nowUtc,
                                                 std::chrono::milliseconds maxSleep)
    : m_nowUtc(std::move(nowUtc))
    , m_maxSleep(maxSleep)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InProcessNudgeScheduler::fireDue);
}

void InProcessNudgeScheduler::schedule(const ScheduledNudge& nudge)
{
    m_nudges.insert(nudge.key, nudge);
    rearm();
}

void InProcessNudgeScheduler::cancel(const QString& key)
{
    if (m_nudges.remove(key) > 0)
        rearm();
}

QVector<ScheduledNudge> InProcessNudgeScheduler::scheduled() const
{
    QVector<ScheduledNudge> all(m_nudges.cbegin(), m_nudges.cend());
    std::sort(all.begin(), all.end(), earlier);
    return all;
}

void InProcessNudgeScheduler::setFiredHandler(FiredHandler handler)
{
    m_fired = std::move(handler);
}

void InProcessNudgeScheduler::fireDue()
{
    const QDateTime now = m_nowUtc();
    QVector<ScheduledNudge> due;
    for (const ScheduledNudge& nudge : std::as_const(m_nudges)) {
        if (nudge.atUtc <= now)
            due.append(nudge);
    }
    std::sort(due.begin(), due.end(), earlier);
    for (const ScheduledNudge& nudge : std::as_const(due)) {
        // The handler may cancel or move later ones of this batch: fire only what still stands.
        const auto it = m_nudges.constFind(nudge.key);
        if (it == m_nudges.constEnd() || it->atUtc != nudge.atUtc)
            continue;
        m_nudges.erase(it);
        if (m_fired)
            m_fired(nudge.key);
    }
    rearm();
}

void InProcessNudgeScheduler::rearm()
{
    if (m_nudges.isEmpty()) {
        m_timer.stop();
        return;
    }
    const auto next = std::min_element(m_nudges.cbegin(), m_nudges.cend(), earlier);
    // Due now (or in the past): from the event loop, never inside schedule() or the handler.
    const qint64 untilNext = std::max<qint64>(0, m_nowUtc().msecsTo(next->atUtc));
    const auto sleep = std::min<qint64>(untilNext, m_maxSleep.count());
    m_timer.start(std::chrono::milliseconds(sleep));
}

} // namespace debrief::platform
