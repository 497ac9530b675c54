#pragma once

#include "debrief/platform/Permissions.h"

namespace debrief::platform {

// Permissions for tests: plays a phone that has not asked yet, one that wants a rationale first
// (Android after a refusal), or one where the person refuses.
class FakePermissions final : public Permissions
{
public:
    void setMicrophone(Status now) { m_microphone = now; }
    // What the person answers when asked.
    void setAnswer(Status answer) { m_answer = answer; }
    // The OS wants the app to explain itself before it asks (shouldExplainMicrophone()).
    void setShouldExplain(bool explain) { m_shouldExplain = explain; }
    int requests() const { return m_requests; }

    Status microphone() const override { return m_microphone; }
    bool shouldExplainMicrophone() const override { return m_shouldExplain; }
    void requestMicrophone(Callback done) override;

    // Notifications: their state now, and what the person answers when asked.
    void setNotifications(Status now) { m_notifications = now; }
    void setNotificationAnswer(Status answer) { m_notificationAnswer = answer; }
    int notificationRequests() const { return m_notificationRequests; }
    Status notifications() const override { return m_notifications; }
    void requestNotifications(Callback done) override;

private:
    Status m_microphone = Status::Granted;
    Status m_answer = Status::Granted;
    int m_requests = 0;
    bool m_shouldExplain = false;
    Status m_notifications = Status::Granted;
    Status m_notificationAnswer = Status::Granted;
    int m_notificationRequests = 0;
};

} // namespace debrief::platform
