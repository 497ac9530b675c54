#include "fake/FakeNudgeScheduler.h"

#include <algorithm>

namespace debrief::platform {

namespace {

bool earlier(const ScheduledNudge& a, const ScheduledNudge& b)
{
    return a.atUtc != b.atUtc ? a.atUtc < b.atUtc : a.key < b.key;
}

} // namespace

FakeNudgeScheduler::FakeNudgeScheduler(QDateTime nowUtc)
    : m_now(std::move(nowUtc))
{
}

void FakeNudgeScheduler::setNow(const QDateTime& nowUtc)
{
    m_now = nowUtc;
    fireDue();
}

void FakeNudgeScheduler::advanceTo(const QDateTime& nowUtc)
{
    setNow(std::max(m_now, nowUtc));
}

void FakeNudgeScheduler::fireDue()
{
    QVector<ScheduledNudge> due;
    for (const ScheduledNudge& nudge : std::as_const(m_nudges)) {
        if (nudge.atUtc <= m_now)
            due.append(nudge);
    }
    std::sort(due.begin(), due.end(), earlier);
    for (const ScheduledNudge& nudge : std::as_const(due)) {
        // Like the real one: the handler may cancel or move later ones of the batch.
        const auto it = m_nudges.constFind(nudge.key);
        if (it == m_nudges.constEnd() || it->atUtc != nudge.atUtc)
            continue;
        m_nudges.erase(it);
        m_firedKeys.append(nudge.key);
        if (m_fired)
            m_fired(nudge.key);
    }
}

QVector<ScheduledNudge> FakeNudgeScheduler::scheduled() const
{
    QVector<ScheduledNudge> all(m_nudges.cbegin(), m_nudges.cend());
    std::sort(all.begin(), all.end(), earlier);
    return all;
}

} // namespace debrief::platform
