#include "linux/FreedesktopNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QVariantMap>

namespace debrief::platform {

namespace {

// The Desktop Notifications Specification, version 1.2.
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
// The action the server reports when the notification itself is clicked.
const QString DefaultActionKey = QStringLiteral("default");

QDBusMessage call(const QString& method)
{
    return QDBusMessage::createMethodCall(Service, Path, Interface, method);
}

QStringList actionList(const Notification& notification)
{
    QStringList list;
    if (!notification.defaultAction.isEmpty()) {
        QString label;
        for (const NotificationAction& action : notification.actions) {
            if (action.id == notification.defaultAction)
                label = action.label;
        }
        list << DefaultActionKey << label;
    }
    for (const NotificationAction& action : notification.actions)
        list << action.id << action.label;
    return list;
}

QVariantMap hints()
{
    return {
        // Lets the desktop group the notifications under the app and find its icon and name.
        {QStringLiteral("desktop-entry"), QStringLiteral("debrief")},
        // Normal: shown as a banner, kept in the notification list; never "critical".
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))},
    };
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier()
    : m_bus(QDBusConnection::sessionBus())
{
    if (!m_bus.isConnected())
        return;
    // Signals only from whoever owns the service name (QtDBus follows a new owner).
    m_bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
}

bool FreedesktopNotifier::available() const
{
    QDBusConnectionInterface* daemon = m_bus.isConnected() ? m_bus.interface() : nullptr;
    if (!daemon)
        return false;
    const QDBusReply<bool> running = daemon->isServiceRegistered(Service);
    if (running.isValid() && running.value())
        return true;
    const QDBusReply<QStringList> startable = daemon->activatableServiceNames();
    return startable.isValid() && startable.value().contains(Service);
}

void FreedesktopNotifier::setActionHandler(ActionHandler handler)
{
    m_handler = std::move(handler);
}

void FreedesktopNotifier::show(const Notification& notification)
{
    Shown& shown = m_shown[notification.key];
    shown.closeWhenKnown = false;
    if (shown.inFlight) {
        // The server's id for this key is on its way: send the newer text once it is known,
        // so it replaces the notification instead of adding a second one.
        shown.next = notification;
        return;
    }
    send(notification.key, notification);
}

void FreedesktopNotifier::send(const QString& key, const Notification& notification)
{
    Shown& shown = m_shown[key];
    shown.inFlight = true;
    if (!m_bodyMarkup.has_value()) {
        shown.next = notification;
        if (!m_waitingForCapabilities.contains(key))
            m_waitingForCapabilities.append(key);
        askCapabilities();
        return;
    }
    notify(key, notification);
}

void FreedesktopNotifier::askCapabilities()
{
    if (m_askingCapabilities)
        return;
    m_askingCapabilities = true;
    auto* watcher =
        new QDBusPendingCallWatcher(m_bus.asyncCall(call(QStringLiteral("GetCapabilities"))), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        m_askingCapabilities = false;
        const QDBusPendingReply<QStringList> reply = *w;
        // No answer: plain text this time (Notify will most likely fail too, and a failed
        // Notify asks again).
        m_bodyMarkup = !reply.isError() && reply.value().contains(QStringLiteral("body-markup"));
        for (const QString& key : std::exchange(m_waitingForCapabilities, {}))
            resume(key);
    });
}

void FreedesktopNotifier::notify(const QString& key, const Notification& notification)
{
    Shown& shown = m_shown[key];
    shown.inFlight = true;
    shown.actionIds.clear();
    for (const NotificationAction& action : notification.actions)
        shown.actionIds.append(action.id);
    shown.defaultAction = notification.defaultAction;

    // Servers that read the body as markup would render "<b>" or swallow "&": show the text
    // exactly as written.
    const QString body =
        m_bodyMarkup.value_or(false) ? notification.body.toHtmlEscaped() : notification.body;
    QDBusMessage message = call(QStringLiteral("Notify"));
    message << QStringLiteral("Debrief") << shown.id << QStringLiteral("debrief")
            << notification.title << body << actionList(notification) << hints()
            << qint32(-1); // the server's default timeout
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key](QDBusPendingCallWatcher* w) { onNotifyReply(key, w); });
}

void FreedesktopNotifier::onNotifyReply(const QString& key, QDBusPendingCallWatcher* watcher)
{
    watcher->deleteLater();
    auto it = m_shown.find(key);
    if (it == m_shown.end())
        return;
    const QDBusPendingReply<uint> reply = *watcher;
    if (reply.isError()) {
        // The error name only: the message may quote what was sent.
        qWarning("notifications: Notify failed: %s", qPrintable(reply.error().name()));
        m_bodyMarkup.reset(); // perhaps another daemon next time
    } else if (reply.value() != it->id) {
        if (it->id != 0)
            m_keys.remove(it->id);
        it->id = reply.value();
        m_keys.insert(it->id, key);
    }
    resume(key);
}

void FreedesktopNotifier::resume(const QString& key)
{
    auto it = m_shown.find(key);
    if (it == m_shown.end())
        return;
    it->inFlight = false;
    if (it->closeWhenKnown) {
        it->closeWhenKnown = false;
        if (it->id != 0)
            close(it->id);
        forget(key);
    } else if (it->next) {
        const Notification next = *std::exchange(it->next, std::nullopt);
        send(key, next);
    } else if (it->id == 0) {
        forget(key); // nothing on screen and nothing on its way
    }
}

void FreedesktopNotifier::withdraw(const QString& key)
{
    auto it = m_shown.find(key);
    if (it == m_shown.end())
        return;
    it->next.reset();
    if (it->inFlight) {
        it->closeWhenKnown = true;
        return;
    }
    if (it->id != 0)
        close(it->id);
    forget(key);
}

void FreedesktopNotifier::close(uint id)
{
    QDBusMessage message = call(QStringLiteral("CloseNotification"));
    message << id;
    // Fire and forget: a notification the person already dismissed is no error worth a wait.
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
            &QDBusPendingCallWatcher::deleteLater);
}

void FreedesktopNotifier::forget(const QString& key)
{
    const auto it = m_shown.constFind(key);
    if (it == m_shown.constEnd())
        return;
    if (it->id != 0 && m_keys.value(it->id) == key)
        m_keys.remove(it->id);
    m_shown.erase(it);
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString& action)
{
    const auto keyIt = m_keys.constFind(id);
    if (keyIt == m_keys.constEnd())
        return; // another app's notification
    const QString key = *keyIt;
    const Shown& shown = m_shown.value(key);
    // Only what this notification offered: anything else on the bus is ignored.
    const QString actionId = action == DefaultActionKey         ? shown.defaultAction
                             : shown.actionIds.contains(action) ? action
                                                                : QString();
    if (!actionId.isEmpty() && m_handler)
        m_handler(key, actionId);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint /*reason*/)
{
    const QString key = m_keys.take(id);
    auto it = m_shown.find(key);
    if (key.isEmpty() || it == m_shown.end() || it->id != id)
        return;
    it->id = 0; // a later show() of the key makes a new notification
    if (!it->inFlight && !it->next)
        m_shown.erase(it);
}

} // namespace debrief::platform
