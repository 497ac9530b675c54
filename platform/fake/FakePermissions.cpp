#include "fake/FakePermissions.h"

#include <QTimer>

namespace debrief::platform {

void FakePermissions::requestMicrophone(Callback done)
{
    ++m_requests;
    QTimer::singleShot(0, [this, done = std::move(done)] {
        m_microphone = m_answer;
        if (m_answer == Status::Granted)
            m_shouldExplain = false; // nothing left to explain
        done(m_microphone);
    });
}

void FakePermissions::requestNotifications(Callback done)
{
    ++m_notificationRequests;
    QTimer::singleShot(0, [this, done = std::move(done)] {
        m_notifications = m_notificationAnswer;
        done(m_notifications);
    });
}

} // namespace debrief::platform
