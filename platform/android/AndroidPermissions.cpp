#include "android/AndroidPermissions.h"

#include <QFuture>
#include <QJniObject>
#include <QtCore/private/qandroidextras_p.h>
#include <QtCore/private/qjnihelpers_p.h>

namespace debrief::platform {

namespace {

QString recordAudio()
{
    return QStringLiteral("android.permission.RECORD_AUDIO");
}

QString postNotifications()
{
    return QStringLiteral("android.permission.POST_NOTIFICATIONS");
}

// Android 13 (API 33) made notifications a run-time permission.
bool notificationsNeedPermission()
{
    return QtAndroidPrivate::androidSdkVersion() >= 33;
}

bool shouldExplain(const QString& permission)
{
    const QJniObject activity(QtAndroidPrivate::activity());
    if (!activity.isValid())
        return false;
    return activity.callMethod<jboolean>("shouldShowRequestPermissionRationale",
                                         "(Ljava/lang/String;)Z",
                                         QJniObject::fromString(permission).object<jstring>());
}

} // namespace

Permissions::Status AndroidPermissions::microphone() const
{
    // A ready future: checkSelfPermission answers at once.
    if (QtAndroidPrivate::checkPermission(recordAudio()).result() == QtAndroidPrivate::Authorized)
        return Status::Granted;
    // Not granted is either "never asked" or "refused". Once refused without Android asking
    // for a rationale, requesting again shows no prompt ("Don't allow" for good, or twice on
    // Android 11+): only the system settings can allow it now.
    return m_refused && !shouldExplainMicrophone() ? Status::Denied : Status::Undetermined;
}

bool AndroidPermissions::shouldExplainMicrophone() const
{
    return shouldExplain(recordAudio());
}

void AndroidPermissions::requestMicrophone(Callback done)
{
    // Android answers on its main thread; then() with a context object delivers the answer on
    // the context's thread, through its event loop.
    QtAndroidPrivate::requestPermission(recordAudio())
        .then(&m_context,
              [this, done = std::move(done)](QtAndroidPrivate::PermissionResult result) {
                  const Status status =
                      result == QtAndroidPrivate::Authorized ? Status::Granted : Status::Denied;
                  m_refused = status == Status::Denied;
                  done(status);
              });
}

Permissions::Status AndroidPermissions::notifications() const
{
    if (!notificationsNeedPermission() ||
        QtAndroidPrivate::checkPermission(postNotifications()).result() ==
            QtAndroidPrivate::Authorized)
        return Status::Granted;
    // As for the microphone: after a refusal without a rationale, only the settings can help.
    return m_notificationsRefused && !shouldExplain(postNotifications()) ? Status::Denied
                                                                         : Status::Undetermined;
}

void AndroidPermissions::requestNotifications(Callback done)
{
    if (!notificationsNeedPermission()) {
        // Asynchronous like the prompt, so callers have one code path.
        QMetaObject::invokeMethod(
            &m_context, [done = std::move(done)] { done(Status::Granted); }, Qt::QueuedConnection);
        return;
    }
    QtAndroidPrivate::requestPermission(postNotifications())
        .then(&m_context,
              [this, done = std::move(done)](QtAndroidPrivate::PermissionResult result) {
                  const Status status =
                      result == QtAndroidPrivate::Authorized ? Status::Granted : Status::Denied;
                  m_notificationsRefused = status == Status::Denied;
                  done(status);
              });
}

} // namespace debrief::platform
