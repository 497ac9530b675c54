#pragma once

#include "debrief/platform/NudgeScheduler.h"

namespace debrief::platform {

// Android's alarms (AlarmManager through org.debrief.NudgeAlarms): the OS wakes a receiver at
// the moment, which posts the notification even when the app is not running. Exact when the
// person allowed exact alarms, otherwise inexact; re-registered after a restart
// (BootReceiver). The schedule the app sees is NudgeAlarms' copy in SharedPreferences.
class AndroidNudgeScheduler final : public NudgeScheduler
{
public:
    // Android keeps its own clock; the wall clock given is not needed.
    explicit AndroidNudgeScheduler(std::function<QDateTime()> nowUtc);

    void schedule(const ScheduledNudge& nudge) override;
    void cancel(const QString& key) override;
    QVector<ScheduledNudge> scheduled() const override;
    bool showsNotificationsItself() const override { return true; }
    // The OS shows the notifications and the app is not woken: nothing to call.
    void setFiredHandler(FiredHandler /*handler*/) override {}
};

} // namespace debrief::platform
