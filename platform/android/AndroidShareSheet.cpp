#include "android/AndroidShareSheet.h"

#include <QJniEnvironment>
#include <QJniObject>
#include <QtCore/private/qjnihelpers_p.h>

namespace debrief::platform {

namespace {

constexpr const char* ShareClass = "org/debrief/ShareFiles";

} // namespace

bool AndroidShareSheet::share(const SharedFile& file, QString* detail)
{
    // The chooser is started from the activity (a plain context would need a new task).
    const QJniObject activity(QtAndroidPrivate::activity());
    if (!activity.isValid()) {
        if (detail)
            *detail = QStringLiteral("no activity to show the share sheet from");
        return false;
    }
    const QJniObject problem = QJniObject::callStaticObjectMethod(
        ShareClass, "send",
        "(Landroid/app/Activity;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)"
        "Ljava/lang/String;",
        activity.object(), QJniObject::fromString(file.path).object<jstring>(),
        QJniObject::fromString(file.mimeType).object<jstring>(),
        QJniObject::fromString(file.title).object<jstring>());
    QJniEnvironment env;
    if (env.checkAndClearExceptions()) {
        if (detail)
            *detail = QStringLiteral("the share sheet threw an exception");
        return false;
    }
    // ShareFiles.send returns null on success, else why it failed.
    if (problem.isValid()) {
        if (detail)
            *detail = problem.toString();
        return false;
    }
    return true;
}

} // namespace debrief::platform
