#include "android/AndroidNudgeScheduler.h"

#include "android/AndroidNudgeBridge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace debrief::platform {

namespace {

constexpr const char* AlarmsClass = "org/debrief/NudgeAlarms";

} // namespace

AndroidNudgeScheduler::AndroidNudgeScheduler(std::function<QDateTime()> /*nowUtc*/)
{
    // Alarms registered before still stand (unless the app was force-stopped): register the
    // kept ones again, so they also follow a change in the exact-alarm permission.
    QJniObject::callStaticMethod<void>(AlarmsClass, "restore", "(Landroid/content/Context;Z)V",
                                       androidnudges::context().object(), jboolean(false));
}

void AndroidNudgeScheduler::schedule(const ScheduledNudge& nudge)
{
    Notification notification = nudge.notification;
    notification.key = nudge.key;
    // Only generic text may be kept on disk for after a restart (LK-3, ST-1).
    const QString json = androidnudges::toJson(notification, !notification.revealsContent);
    QJniObject::callStaticMethod<void>(
        AlarmsClass, "schedule", "(Landroid/content/Context;Ljava/lang/String;J)V",
        androidnudges::context().object(), QJniObject::fromString(json).object<jstring>(),
        jlong(nudge.atUtc.toMSecsSinceEpoch()));
}

void AndroidNudgeScheduler::cancel(const QString& key)
{
    QJniObject::callStaticMethod<void>(
        AlarmsClass, "cancel", "(Landroid/content/Context;Ljava/lang/String;)V",
        androidnudges::context().object(), QJniObject::fromString(key).object<jstring>());
}

QVector<ScheduledNudge> AndroidNudgeScheduler::scheduled() const
{
    const QString json =
        QJniObject::callStaticObjectMethod(AlarmsClass, "registry",
                                           "(Landroid/content/Context;)Ljava/lang/String;",
                                           androidnudges::context().object())
            .toString();
    QVector<ScheduledNudge> all;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject entry = value.toObject();
        ScheduledNudge nudge;
        nudge.key = entry.value(QStringLiteral("key")).toString();
        nudge.atUtc = QDateTime::fromMSecsSinceEpoch(
            qint64(entry.value(QStringLiteral("at")).toDouble()), Qt::UTC);
        nudge.notification =
            androidnudges::fromJson(entry.value(QStringLiteral("notification")).toObject());
        nudge.notification.key = nudge.key;
        all.append(nudge);
    }
    std::sort(all.begin(), all.end(), [](const ScheduledNudge& a, const ScheduledNudge& b) {
        return a.atUtc != b.atUtc ? a.atUtc < b.atUtc : a.key < b.key;
    });
    return all;
}

} // namespace debrief::platform
