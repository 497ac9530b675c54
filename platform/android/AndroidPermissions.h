#pragma once

#include "debrief/platform/Permissions.h"

#include <QObject>

namespace debrief::platform {

// Android's run-time permissions for the microphone (RECORD_AUDIO) and, from Android 13, for
// notifications (POST_NOTIFICATIONS), both declared in the manifest: checked and requested
// through Qt 6.4's QtAndroidPrivate permission API, with Android's own "show a rationale
// first" hint from the activity.
class AndroidPermissions final : public Permissions
{
public:
    Status microphone() const override;
    bool shouldExplainMicrophone() const override;
    // The answer arrives on the thread that built this object.
    void requestMicrophone(Callback done) override;
    // Granted below Android 13, where notifications need no run-time permission.
    Status notifications() const override;
    void requestNotifications(Callback done) override;

private:
    QObject m_context;      // receives the answer from Android's main thread
    bool m_refused = false; // refused in this run (Android cannot tell "never asked" otherwise)
    bool m_notificationsRefused = false;
};

} // namespace debrief::platform
