#include "android/AndroidNotifier.h"

#include "android/AndroidNudgeBridge.h"

#include <QCoreApplication>

namespace debrief::platform {

namespace {

constexpr const char* NotificationsClass = "org/debrief/NudgeNotifications";

} // namespace

AndroidNotifier::AndroidNotifier()
{
    // The channel's name and description are shown in the system settings: in the app's
    // language, updated at every start.
    QJniObject::callStaticMethod<void>(
        NotificationsClass, "ensureChannel",
        "(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V",
        androidnudges::context().object(),
        QJniObject::fromString(QCoreApplication::translate("AndroidNotifier", "Reminders"))
            .object<jstring>(),
        QJniObject::fromString(
            QCoreApplication::translate("AndroidNotifier",
                                        "Nudges toward the next step of your reflections"))
            .object<jstring>());
}

AndroidNotifier::~AndroidNotifier()
{
    androidnudges::clearActionRoute(&m_context);
}

bool AndroidNotifier::available() const
{
    return QJniObject::callStaticMethod<jboolean>(NotificationsClass, "enabled",
                                                  "(Landroid/content/Context;)Z",
                                                  androidnudges::context().object());
}

void AndroidNotifier::show(const Notification& notification)
{
    // Shown now: nothing is kept on disk, so the text's kind does not matter here.
    QJniObject::callStaticMethod<void>(
        NotificationsClass, "show", "(Landroid/content/Context;Ljava/lang/String;)V",
        androidnudges::context().object(),
        QJniObject::fromString(androidnudges::toJson(notification, false)).object<jstring>());
}

void AndroidNotifier::withdraw(const QString& key)
{
    QJniObject::callStaticMethod<void>(
        NotificationsClass, "withdraw", "(Landroid/content/Context;Ljava/lang/String;)V",
        androidnudges::context().object(), QJniObject::fromString(key).object<jstring>());
}

void AndroidNotifier::setActionHandler(ActionHandler handler)
{
    // Android leaves a notification up after a button press; take it away like desktops do.
    androidnudges::setActionRoute(&m_context, [this, handler = std::move(handler)](
                                                  const QString& key, const QString& action) {
        withdraw(key);
        if (handler)
            handler(key, action);
    });
}

} // namespace debrief::platform
