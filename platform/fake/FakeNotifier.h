#pragma once

#include "debrief/platform/Notifier.h"

#include <QStringList>

namespace debrief::platform {

// Notifier for tests: records what was shown and withdrawn, and plays the person pressing a
// button (invoke) or a machine without a notification service.
class FakeNotifier final : public Notifier
{
public:
    void setAvailable(bool available) { m_available = available; }
    // Every notification shown, in order (a replacement is recorded again).
    const QVector<Notification>& shown() const { return m_shown; }
    const QStringList& withdrawn() const { return m_withdrawn; }
    // Shown and neither withdrawn nor answered since.
    bool isShowing(const QString& key) const { return m_showing.contains(key); }
    // The person pressed actionId on the notification key (like the server, the notification
    // goes away): calls the handler at once.
    void invoke(const QString& key, const QString& actionId);

    bool available() const override { return m_available; }
    void show(const Notification& notification) override;
    void withdraw(const QString& key) override;
    void setActionHandler(ActionHandler handler) override { m_handler = std::move(handler); }

private:
    bool m_available = true;
    QVector<Notification> m_shown;
    QStringList m_withdrawn;
    QStringList m_showing;
    ActionHandler m_handler;
};

} // namespace debrief::platform
