#pragma once

#include <QString>
#include <functional>

namespace debrief::platform {

// Runtime permissions the OS guards (the microphone now; notifications with nudges). Asked only
// when a feature is first used (PR-1); callbacks arrive on the calling thread's event loop.
class Permissions
{
public:
    enum class Status
    {
        Granted,
        Denied,       // refused; the app explains how to allow it in the system settings
        Undetermined, // never asked yet: request() shows the OS prompt
    };
    using Callback = std::function<void(Status)>;

    virtual ~Permissions() = default;
    virtual Status microphone() const = 0;
    // True when the OS wants the app to explain why it needs the microphone before asking
    // (Android, once the person has refused): show the rationale, then requestMicrophone().
    virtual bool shouldExplainMicrophone() const { return false; }
    // Shows the OS prompt (after the app's own rationale where the OS asks for one).
    virtual void requestMicrophone(Callback done) = 0;
    // Showing notifications (Android 13+ POST_NOTIFICATIONS, iOS authorization); asked when
    // reminders are turned on or first planned. Desktops need no permission.
    virtual Status notifications() const { return Status::Granted; }
    virtual void requestNotifications(Callback done) { done(Status::Granted); }
};

} // namespace debrief::platform
