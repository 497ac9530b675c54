#pragma once

#include "debrief/platform/NudgeScheduler.h"

#include <QHash>

namespace debrief::platform {

// NudgeScheduler for tests, with its own clock: moving the clock fires every registered moment
// that has come, at once and in time order. Can play a phone (the OS shows the notification
// itself) or a capacity limit like iOS's 64.
class FakeNudgeScheduler final : public NudgeScheduler
{
public:
    explicit FakeNudgeScheduler(QDateTime nowUtc = QDateTime::currentDateTimeUtc());

    QDateTime now() const { return m_now; }
    // Sets the clock (forwards or backwards) and fires what is due.
    void setNow(const QDateTime& nowUtc);
    // Moves the clock forwards only (an earlier time leaves it) and fires what is due.
    void advanceTo(const QDateTime& nowUtc);
    // Fires what is due without moving the clock (a moment registered in the past).
    void fireDue();
    void setShowsNotificationsItself(bool shows) { m_showsItself = shows; }
    void setCapacity(int capacity) { m_capacity = capacity; }
    // Every key fired so far, in order.
    const QStringList& fired() const { return m_firedKeys; }

    void schedule(const ScheduledNudge& nudge) override { m_nudges.insert(nudge.key, nudge); }
    void cancel(const QString& key) override { m_nudges.remove(key); }
    QVector<ScheduledNudge> scheduled() const override;
    bool showsNotificationsItself() const override { return m_showsItself; }
    int capacity() const override { return m_capacity; }
    void setFiredHandler(FiredHandler handler) override { m_fired = std::move(handler); }

private:
    QDateTime m_now;
    QHash<QString, ScheduledNudge> m_nudges;
    QStringList m_firedKeys;
    FiredHandler m_fired;
    bool m_showsItself = false;
    int m_capacity = 1000;
};

} // namespace debrief::platform
