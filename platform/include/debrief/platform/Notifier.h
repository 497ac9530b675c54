#pragma once

#include <QString>
#include <QVector>
#include <functional>

namespace debrief::platform {

// A button on a notification. The id comes back when the person presses it.
struct NotificationAction
{
    QString id;    // stable, untranslated ("open", "snooze-hour", ...)
    QString label; // translated
};

// One notification. The text is what the app chose to show: generic by default (LK-3).
struct Notification
{
    QString key; // the app's own name for it; the same key replaces an earlier one
    QString title;
    QString body;
    QVector<NotificationAction> actions; // in the order shown
    // The action to report when the notification itself is clicked (empty: none).
    QString defaultAction;
    // True when title or body show something of the entry (the person chose to see titles).
    // Such text is never written outside the vault by the platform: Android's copy of the
    // schedule that survives a reboot keeps only generic notifications.
    bool revealsContent = false;
};

// Shows notifications with actions through the OS (freedesktop Notifications over D-Bus,
// Android NotificationManager, UNUserNotificationCenter) and reports which action was pressed.
// Callbacks arrive on the thread that created the notifier.
class Notifier
{
public:
    using ActionHandler = std::function<void(const QString& key, const QString& actionId)>;

    virtual ~Notifier() = default;
    // False when the OS has no notification service right now (no daemon on the bus).
    virtual bool available() const = 0;
    virtual void show(const Notification& notification) = 0;
    // Takes a shown notification away (the entry moved on, was deleted, or was opened).
    virtual void withdraw(const QString& key) = 0;
    virtual void setActionHandler(ActionHandler handler) = 0;
};

} // namespace debrief::platform
