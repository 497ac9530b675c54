#pragma once

#include "debrief/platform/Notifier.h"

#include <QObject>
#include <memory>

class QSystemTrayIcon;

namespace debrief::platform {

// Notifications on Windows and macOS until native ones are written (WinRT toast notifications,
// UNUserNotificationCenter): the tray icon's message balloon. It has no buttons, shows one
// message at a time, and reports only a click on the message, as the default action.
class TrayNotifier final : public QObject, public Notifier
{
public:
    TrayNotifier();
    ~TrayNotifier() override;

    bool available() const override;
    void show(const Notification& notification) override;
    void withdraw(const QString& key) override;
    void setActionHandler(ActionHandler handler) override;

private:
    std::unique_ptr<QSystemTrayIcon> m_icon; // its own: a message needs a visible icon
    QString m_key;                           // the message on screen
    QString m_defaultAction;
    ActionHandler m_handler;
};

} // namespace debrief::platform
