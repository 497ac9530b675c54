#include "android/AndroidNudgeBridge.h"

#include <QJniEnvironment>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QtCore/private/qjnihelpers_p.h>

namespace debrief::platform::androidnudges {

namespace {

constexpr const char* BridgeClass = "org/debrief/NudgeBridge";

// The process's one route (see setActionRoute). Android calls in on its main thread.
struct Route
{
    QMutex mutex;
    QPointer<QObject> context;
    Notifier::ActionHandler handler;
};

Route& route()
{
    static Route r;
    return r;
}

void deliver(const QString& key, const QString& action)
{
    Route& r = route();
    QMutexLocker lock(&r.mutex);
    if (!r.context || !r.handler || key.isEmpty() || action.isEmpty())
        return;
    QMetaObject::invokeMethod(
        r.context.data(), [handler = r.handler, key, action] { handler(key, action); },
        Qt::QueuedConnection);
}

// A [key, action] pair, or a list of them, as NudgeBridge hands them over.
void deliverJson(const QString& json)
{
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    if (array.size() == 2 && array.at(0).isString()) {
        deliver(array.at(0).toString(), array.at(1).toString());
        return;
    }
    for (const QJsonValue& pair : array) {
        const QJsonArray p = pair.toArray();
        deliver(p.at(0).toString(), p.at(1).toString());
    }
}

void nativeAction(JNIEnv* /*env*/, jclass /*clazz*/, jstring key, jstring action)
{
    deliver(QJniObject(key).toString(), QJniObject(action).toString());
}

// "Open" from a notification while the app runs: Android hands the activity a new intent.
class OpenIntentListener final : public QtAndroidPrivate::NewIntentListener
{
public:
    bool handleNewIntent(JNIEnv* /*env*/, jobject intent) override
    {
        const QJniObject pair = QJniObject::callStaticObjectMethod(
            BridgeClass, "takeFromIntent", "(Landroid/content/Intent;)Ljava/lang/String;", intent);
        if (!pair.isValid())
            return false;
        deliverJson(pair.toString());
        return true;
    }
};

void registerOnce()
{
    static const bool registered = [] {
        const JNINativeMethod methods[] = {
            {"nativeAction", "(Ljava/lang/String;Ljava/lang/String;)V",
             reinterpret_cast<void*>(nativeAction)},
        };
        QJniEnvironment env;
        if (!env.registerNativeMethods(BridgeClass, methods, 1)) {
            qWarning("nudges: cannot register the notification bridge");
            return false;
        }
        static OpenIntentListener listener; // lives as long as the process, like the route
        QtAndroidPrivate::registerNewIntentListener(&listener);
        return true;
    }();
    Q_UNUSED(registered)
}

} // namespace

QJniObject context()
{
    return QJniObject(QtAndroidPrivate::context());
}

QString toJson(const Notification& notification, bool persist)
{
    QJsonArray actions;
    for (const NotificationAction& action : notification.actions)
        actions.append(QJsonObject{{QStringLiteral("id"), action.id},
                                   {QStringLiteral("label"), action.label}});
    const QJsonObject json{{QStringLiteral("key"), notification.key},
                           {QStringLiteral("title"), notification.title},
                           {QStringLiteral("body"), notification.body},
                           {QStringLiteral("actions"), actions},
                           {QStringLiteral("defaultAction"), notification.defaultAction},
                           {QStringLiteral("persist"), persist}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Notification fromJson(const QJsonObject& json)
{
    Notification n;
    n.key = json.value(QStringLiteral("key")).toString();
    n.title = json.value(QStringLiteral("title")).toString();
    n.body = json.value(QStringLiteral("body")).toString();
    n.defaultAction = json.value(QStringLiteral("defaultAction")).toString();
    for (const QJsonValue& value : json.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject action = value.toObject();
        n.actions.append({action.value(QStringLiteral("id")).toString(),
                          action.value(QStringLiteral("label")).toString()});
    }
    return n;
}

void setActionRoute(QObject* context, Notifier::ActionHandler handler)
{
    registerOnce();
    {
        Route& r = route();
        QMutexLocker lock(&r.mutex);
        r.context = context;
        r.handler = std::move(handler);
    }
    QJniObject::callStaticMethod<void>(BridgeClass, "setNativeReady", "(Z)V", jboolean(true));
    // Pressed while the app was not running: buttons kept by NudgeBridge, and the "open" that
    // started the app (the activity's own intent).
    deliverJson(QJniObject::callStaticObjectMethod(BridgeClass, "takePending",
                                                   "(Landroid/content/Context;)Ljava/lang/String;",
                                                   androidnudges::context().object())
                    .toString());
    const QJniObject activity(QtAndroidPrivate::activity());
    if (activity.isValid()) {
        const QJniObject intent =
            activity.callObjectMethod("getIntent", "()Landroid/content/Intent;");
        const QJniObject pair = QJniObject::callStaticObjectMethod(
            BridgeClass, "takeFromIntent", "(Landroid/content/Intent;)Ljava/lang/String;",
            intent.object());
        if (pair.isValid())
            deliverJson(pair.toString());
    }
}

void clearActionRoute(QObject* context)
{
    Route& r = route();
    QMutexLocker lock(&r.mutex);
    if (r.context != context)
        return;
    QJniObject::callStaticMethod<void>(BridgeClass, "setNativeReady", "(Z)V", jboolean(false));
    r.context = nullptr;
    r.handler = nullptr;
}

} // namespace debrief::platform::androidnudges
