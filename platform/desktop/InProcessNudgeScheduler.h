#pragma once

#include "debrief/platform/NudgeScheduler.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace debrief::platform {

// Desktops have no OS service that wakes an app for a reminder, so the running app (kept alive
// by its tray icon) is the scheduler: one timer that sleeps until the next moment, but never
// longer than a minute, and then compares with the wall clock given. A clock set forward,
// a resume from suspend or a new time zone is noticed within that minute.
class InProcessNudgeScheduler final : public QObject, public NudgeScheduler
{
public:
    // nowUtc: the wall clock; maxSleep: the longest wait before looking at it again.
    explicit InProcessNudgeScheduler(std::function<QDateTime()> nowUtc,
                                     std::chrono::milliseconds maxSleep = std::chrono::minutes(1));

    void schedule(const ScheduledNudge& nudge) override;
    void cancel(const QString& key) override;
    QVector<ScheduledNudge> scheduled() const override;
    bool showsNotificationsItself() const override { return false; }
    void setFiredHandler(FiredHandler handler) override;

private:
    // Fires every moment that has come, each once and in time order, then sleeps again.
    void fireDue();
    void rearm();

    std::function<QDateTime()> m_nowUtc;
    std::chrono::milliseconds m_maxSleep;
    QHash<QString, ScheduledNudge> m_nudges;
    FiredHandler m_fired;
    QTimer m_timer;
};

} // namespace debrief::platform
