#pragma once

#include "debrief/platform/Notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <optional>

class QDBusPendingCallWatcher;

namespace debrief::platform {

// Notifications on Linux and the BSDs: the freedesktop Desktop Notifications service
// (org.freedesktop.Notifications on the session bus, spoken by GNOME, KDE, dunst, mako...).
// Every call is asynchronous, so a slow or hung daemon never blocks the UI; the server's ids
// are mapped back to the app's keys. Never logs a notification's text.
class FreedesktopNotifier final : public QObject, public Notifier
{
    Q_OBJECT
public:
    FreedesktopNotifier();

    // Asks the bus at call time: the service is running, or the bus can start it.
    bool available() const override;
    void show(const Notification& notification) override;
    void withdraw(const QString& key) override;
    void setActionHandler(ActionHandler handler) override;

private slots:
    void onActionInvoked(uint id, const QString& action);
    void onNotificationClosed(uint id, uint reason);

private:
    // What is known of one key: the server's id once Notify answered, and what to do when an
    // answer is still on its way (a newer text to send, or a withdrawal).
    struct Shown
    {
        uint id = 0;
        bool inFlight = false;
        std::optional<Notification> next;
        bool closeWhenKnown = false;
        QStringList actionIds; // offered ones: only these are reported
        QString defaultAction;
    };

    void send(const QString& key, const Notification& notification);
    void notify(const QString& key, const Notification& notification);
    void onNotifyReply(const QString& key, QDBusPendingCallWatcher* watcher);
    // After an answer: sends what waited, or closes what was withdrawn meanwhile.
    void resume(const QString& key);
    void askCapabilities();
    void close(uint id);
    void forget(const QString& key);

    QDBusConnection m_bus;
    QHash<QString, Shown> m_shown;
    QHash<uint, QString> m_keys; // server id -> key
    // Whether the server reads the body as markup (then the text is escaped); asked once.
    std::optional<bool> m_bodyMarkup;
    bool m_askingCapabilities = false;
    QStringList m_waitingForCapabilities; // keys whose Notify waits for that answer
    ActionHandler m_handler;
};

} // namespace debrief::platform
