#pragma once

#include "debrief/platform/NudgeScheduler.h"

#include <QHash>

namespace debrief::platform {

// iOS's scheduled notifications (UNUserNotificationCenter requests with a calendar trigger at
// the absolute moment, in UTC): iOS shows them while the app is closed. At most 64 pending
// per app, so the reconciler registers a rolling window of the earliest 64. The requests iOS
// keeps are read back at start, so the schedule survives the app being closed.
class IosNudgeScheduler final : public NudgeScheduler
{
public:
    explicit IosNudgeScheduler(std::function<QDateTime()> nowUtc);

    void schedule(const ScheduledNudge& nudge) override;
    void cancel(const QString& key) override;
    // The pending requests: those whose moment has passed were delivered and are left out.
    QVector<ScheduledNudge> scheduled() const override;
    bool showsNotificationsItself() const override { return true; }
    int capacity() const override { return 64; }
    // The OS shows the notifications and the app is not woken: nothing to call.
    void setFiredHandler(FiredHandler /*handler*/) override {}

private:
    std::function<QDateTime()> m_nowUtc;
    QHash<QString, ScheduledNudge> m_pending; // what this app registered, as iOS holds it
};

} // namespace debrief::platform
