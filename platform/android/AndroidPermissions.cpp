#include "android/AndroidPermissions.h"

#include <QFuture>
#include <QJniObject>
#include <QtCore/private/qandroidextras_p.h>

namespace debrief::platform {

namespace {

QString recordAudio()
{
    return QStringLiteral("android.permission.RECORD_AUDIO");
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
    const QJniObject activity(QtAndroidPrivate::activity());
    if (!activity.isValid())
        return false;
    return activity.callMethod<jboolean>("shouldShowRequestPermissionRationale",
                                         "(Ljava/lang/String;)Z",
                                         QJniObject::fromString(recordAudio()).object<jstring>());
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

} // namespace debrief::platform
