#include "fake/FakeNotifier.h"

namespace debrief::platform {

void FakeNotifier::show(const Notification& notification)
{
    m_shown.append(notification);
    if (!m_showing.contains(notification.key))
        m_showing.append(notification.key);
}

void FakeNotifier::withdraw(const QString& key)
{
    m_withdrawn.append(key);
    m_showing.removeAll(key);
}

void FakeNotifier::invoke(const QString& key, const QString& actionId)
{
    m_showing.removeAll(key);
    if (m_handler)
        m_handler(key, actionId);
}

} // namespace debrief::platform
