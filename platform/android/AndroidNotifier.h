#pragma once

#include "debrief/platform/Notifier.h"

#include <QObject>

namespace debrief::platform {

// Android's notifications (NotificationManager through org.debrief.NudgeNotifications): one
// per key, private on the lock screen, in a "Reminders" channel the person can tune in the
// system settings. Buttons come back through AndroidNudgeBridge, also when they were pressed
// while the app was not running.
class AndroidNotifier final : public Notifier
{
public:
    AndroidNotifier();
    ~AndroidNotifier() override;

    // False when the person turned Debrief's notifications off (or never allowed them).
    bool available() const override;
    void show(const Notification& notification) override;
    void withdraw(const QString& key) override;
    void setActionHandler(ActionHandler handler) override;

private:
    QObject m_context; // receives the buttons from Android's main thread
};

} // namespace debrief::platform
