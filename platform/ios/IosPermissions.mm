#include "ios/IosPermissions.h"

#include "ios/IosNotificationContent.h"

#include <QMetaObject>
#include <memory>

#import <AVFoundation/AVFoundation.h>
#import <UserNotifications/UserNotifications.h>

namespace debrief::platform {

Permissions::Status IosPermissions::microphone() const
{
    switch ([AVAudioSession sharedInstance].recordPermission) {
    case AVAudioSessionRecordPermissionGranted:
        return Status::Granted;
    case AVAudioSessionRecordPermissionDenied:
        return Status::Denied;
    case AVAudioSessionRecordPermissionUndetermined:
        break;
    }
    return Status::Undetermined;
}

void IosPermissions::requestMicrophone(Callback done)
{
    // The block copies what it captures: a shared callback and the context that receives the
    // answer (this object lives as long as the app, like every platform service).
    auto callback = std::make_shared<Callback>(std::move(done));
    QObject* context = &m_context;
    // Once answered, iOS calls back at once with the stored answer, without a prompt.
    [[AVAudioSession sharedInstance] requestRecordPermission:^(BOOL granted) {
      // Called on an arbitrary dispatch queue: hand the answer to the Qt thread that asked.
      const Status status = granted ? Status::Granted : Status::Denied;
      QMetaObject::invokeMethod(
          context, [callback, status] { (*callback)(status); }, Qt::QueuedConnection);
    }];
}

Permissions::Status IosPermissions::notifications() const
{
    switch (iosnotifications::authorizationStatus()) {
    case UNAuthorizationStatusNotDetermined:
        return Status::Undetermined;
    case UNAuthorizationStatusDenied:
        return Status::Denied;
    default: // authorized, provisional, ephemeral
        return Status::Granted;
    }
}

void IosPermissions::requestNotifications(Callback done)
{
    auto callback = std::make_shared<Callback>(std::move(done));
    QObject* context = &m_context;
    // Once answered, iOS calls back at once with the stored answer, without a prompt.
    [[UNUserNotificationCenter currentNotificationCenter]
        requestAuthorizationWithOptions:(UNAuthorizationOptionAlert | UNAuthorizationOptionSound |
                                         UNAuthorizationOptionBadge)
                      completionHandler:^(BOOL granted, NSError* /*error*/) {
                        const Status status = granted ? Status::Granted : Status::Denied;
                        QMetaObject::invokeMethod(
                            context, [callback, status] { (*callback)(status); },
                            Qt::QueuedConnection);
                      }];
}

} // namespace debrief::platform
