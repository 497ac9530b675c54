#pragma once

#include "debrief/platform/Permissions.h"

#include <QObject>

namespace debrief::platform {

// iOS's microphone permission (AVAudioSession's record permission) and notification
// authorization (UNUserNotificationCenter). iOS shows each prompt once (the microphone's with
// the app's NSMicrophoneUsageDescription from Info.plist as the reason); after that only the
// Settings app can change the answer.
class IosPermissions final : public Permissions
{
public:
    Status microphone() const override;
    // The answer arrives on the thread that built this object.
    void requestMicrophone(Callback done) override;
    Status notifications() const override;
    // Alerts, sounds and badges; asked when reminders are turned on.
    void requestNotifications(Callback done) override;

private:
    QObject m_context; // receives the answer from the queue iOS calls back on
};

} // namespace debrief::platform
