#pragma once

#include "debrief/platform/Notifier.h"

#include <QDateTime>
#include <QStringList>
#include <functional>

namespace debrief::platform {

// A notification to show at an absolute moment.
struct ScheduledNudge
{
    QString key;
    QDateTime atUtc;
    Notification notification; // used by schedulers that show it themselves
};

// Wakes the app (or the OS) at absolute moments for nudges: the running app on desktops (a
// timer that follows the wall clock), AlarmManager on Android, UNUserNotificationCenter on iOS.
// Registering a key again replaces it. Callbacks arrive on the thread that created it.
class NudgeScheduler
{
public:
    using FiredHandler = std::function<void(const QString& key)>;

    virtual ~NudgeScheduler() = default;
    virtual void schedule(const ScheduledNudge& nudge) = 0;
    virtual void cancel(const QString& key) = 0;
    // The keys registered now, with their moments (the reconciler registers only differences).
    virtual QVector<ScheduledNudge> scheduled() const = 0;
    // True when the OS shows the notification itself at the moment, even if the app is not
    // running (Android, iOS); false when the app is woken and shows it through the Notifier.
    virtual bool showsNotificationsItself() const = 0;
    // At most this many registered at once (iOS: 64); the reconciler keeps the earliest.
    virtual int capacity() const { return 1000; }
    // Called when a registered moment arrives (apps woken by the scheduler, not the OS).
    virtual void setFiredHandler(FiredHandler handler) = 0;
};

} // namespace debrief::platform
