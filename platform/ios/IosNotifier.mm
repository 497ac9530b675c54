#include "ios/IosNotifier.h"

#include "ios/IosNotificationContent.h"

#include <QMetaObject>
#include <QPointer>

#import <UserNotifications/UserNotifications.h>

using debrief::platform::Notifier;

// Compiled with ARC (platform/CMakeLists.txt).
@interface DebriefNotificationDelegate : NSObject <UNUserNotificationCenterDelegate> {
@public
    QPointer<QObject> context;
    Notifier::ActionHandler handler;
}
@end

@implementation DebriefNotificationDelegate

// A nudge due while the app is in front is shown like any other.
- (void)userNotificationCenter:(UNUserNotificationCenter*)center
       willPresentNotification:(UNNotification*)notification
         withCompletionHandler:(void (^)(UNNotificationPresentationOptions))completionHandler
{
    if (@available(iOS 14.0, *))
        completionHandler(UNNotificationPresentationOptionBanner |
                          UNNotificationPresentationOptionList |
                          UNNotificationPresentationOptionSound);
    else
        completionHandler(UNNotificationPresentationOptionAlert |
                          UNNotificationPresentationOptionSound);
}

- (void)userNotificationCenter:(UNUserNotificationCenter*)center
    didReceiveNotificationResponse:(UNNotificationResponse*)response
             withCompletionHandler:(void (^)(void))completionHandler
{
    const QString key =
        QString::fromNSString(response.notification.request.content.userInfo[@"debrief.key"]);
    const QString action = debrief::platform::iosnotifications::actionOf(response);
    QObject* target = context.data();
    if (target && handler && !key.isEmpty() && !action.isEmpty()) {
        // Called on the main queue; the handler runs from the Qt event loop like elsewhere.
        QMetaObject::invokeMethod(
            target, [h = handler, key, action] { h(key, action); }, Qt::QueuedConnection);
    }
    completionHandler();
}

@end

namespace debrief::platform {

IosNotifier::IosNotifier()
{
    DebriefNotificationDelegate* delegate = [[DebriefNotificationDelegate alloc] init];
    delegate->context = &m_context;
    [UNUserNotificationCenter currentNotificationCenter].delegate = delegate;
    m_delegate = (__bridge_retained void*)delegate;
}

IosNotifier::~IosNotifier()
{
    DebriefNotificationDelegate* delegate =
        (__bridge_transfer DebriefNotificationDelegate*)m_delegate;
    if ([UNUserNotificationCenter currentNotificationCenter].delegate == delegate)
        [UNUserNotificationCenter currentNotificationCenter].delegate = nil;
}

bool IosNotifier::available() const
{
    const UNAuthorizationStatus status = iosnotifications::authorizationStatus();
    if (status == UNAuthorizationStatusAuthorized)
        return true;
    if (@available(iOS 12.0, *))
        return status == UNAuthorizationStatusProvisional;
    return false;
}

void IosNotifier::show(const Notification& notification)
{
    // No trigger: delivered now. The same identifier replaces an earlier one.
    UNNotificationRequest* request =
        [UNNotificationRequest requestWithIdentifier:notification.key.toNSString()
                                             content:iosnotifications::contentFor(notification)
                                             trigger:nil];
    [[UNUserNotificationCenter currentNotificationCenter]
        addNotificationRequest:request
         withCompletionHandler:^(NSError* error) {
           if (error)
               qWarning("notifications: iOS refused a notification (%ld)", long(error.code));
         }];
}

void IosNotifier::withdraw(const QString& key)
{
    [[UNUserNotificationCenter currentNotificationCenter]
        removeDeliveredNotificationsWithIdentifiers:@[ key.toNSString() ]];
}

void IosNotifier::setActionHandler(ActionHandler handler)
{
    auto* delegate = (__bridge DebriefNotificationDelegate*)m_delegate;
    delegate->handler = std::move(handler);
}

} // namespace debrief::platform
