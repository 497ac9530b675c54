#include "ios/IosNotificationContent.h"

#include <QCryptographicHash>
#include <memory>

namespace debrief::platform::iosnotifications {

namespace {

NSString* const KeyInfo = @"debrief.key";
NSString* const ActionsInfo = @"debrief.actions";
NSString* const DefaultActionInfo = @"debrief.defaultAction";

// One category per set of buttons (ids and labels: a new language is a new category).
NSString* categoryIdentifier(const Notification& notification)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const NotificationAction& action : notification.actions) {
        hash.addData(action.id.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
        hash.addData(action.label.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    hash.addData(notification.defaultAction.toUtf8());
    return QStringLiteral("debrief.%1")
        .arg(QString::fromLatin1(hash.result().toHex().left(16)))
        .toNSString();
}

// The app's categories: iOS replaces the whole set at each registration, so the ones made in
// this run are kept here (on the Qt thread) and registered together.
void registerCategory(NSString* identifier, const Notification& notification)
{
    static NSMutableDictionary<NSString*, UNNotificationCategory*>* categories =
        [[NSMutableDictionary alloc] init];
    if (categories[identifier])
        return;
    NSMutableArray<UNNotificationAction*>* actions = [NSMutableArray array];
    for (const NotificationAction& action : notification.actions) {
        // The default action ("open") brings the app to the front; the others (snooze, not
        // now) are handled in the background.
        const UNNotificationActionOptions options = action.id == notification.defaultAction
                                                        ? UNNotificationActionOptionForeground
                                                        : UNNotificationActionOptionNone;
        [actions addObject:[UNNotificationAction actionWithIdentifier:action.id.toNSString()
                                                                title:action.label.toNSString()
                                                              options:options]];
    }
    categories[identifier] =
        [UNNotificationCategory categoryWithIdentifier:identifier
                                               actions:actions
                                     intentIdentifiers:@[]
                                               options:UNNotificationCategoryOptionNone];
    [[UNUserNotificationCenter currentNotificationCenter]
        setNotificationCategories:[NSSet setWithArray:categories.allValues]];
}

} // namespace

UNMutableNotificationContent* contentFor(const Notification& notification)
{
    UNMutableNotificationContent* content = [[UNMutableNotificationContent alloc] init];
    content.title = notification.title.toNSString();
    content.body = notification.body.toNSString();
    content.sound = [UNNotificationSound defaultSound];
    content.threadIdentifier = @"debrief.nudges";
    NSMutableArray<NSString*>* actionIds = [NSMutableArray array];
    for (const NotificationAction& action : notification.actions)
        [actionIds addObject:action.id.toNSString()];
    NSMutableArray<NSString*>* labels = [NSMutableArray array];
    for (const NotificationAction& action : notification.actions)
        [labels addObject:action.label.toNSString()];
    content.userInfo = @{
        KeyInfo : notification.key.toNSString(),
        ActionsInfo : actionIds,
        @"debrief.labels" : labels,
        DefaultActionInfo : notification.defaultAction.toNSString(),
    };
    if (!notification.actions.isEmpty()) {
        NSString* category = categoryIdentifier(notification);
        registerCategory(category, notification);
        content.categoryIdentifier = category;
    }
    return content;
}

Notification notificationOf(UNNotificationContent* content)
{
    Notification n;
    NSDictionary* info = content.userInfo;
    n.key = QString::fromNSString(info[KeyInfo]);
    n.title = QString::fromNSString(content.title);
    n.body = QString::fromNSString(content.body);
    n.defaultAction = QString::fromNSString(info[DefaultActionInfo]);
    NSArray<NSString*>* ids = info[ActionsInfo];
    NSArray<NSString*>* labels = info[@"debrief.labels"];
    for (NSUInteger i = 0; i < ids.count; ++i)
        n.actions.append({QString::fromNSString(ids[i]),
                          i < labels.count ? QString::fromNSString(labels[i]) : QString()});
    return n;
}

QString actionOf(UNNotificationResponse* response)
{
    NSDictionary* info = response.notification.request.content.userInfo;
    NSString* action = response.actionIdentifier;
    if ([action isEqualToString:UNNotificationDefaultActionIdentifier])
        return QString::fromNSString(info[DefaultActionInfo]);
    if ([action isEqualToString:UNNotificationDismissActionIdentifier])
        return {};
    NSArray<NSString*>* offered = info[ActionsInfo];
    return [offered containsObject:action] ? QString::fromNSString(action) : QString();
}

UNAuthorizationStatus authorizationStatus()
{
    // The block may run after a timeout: it owns what it writes to.
    struct Answer
    {
        dispatch_semaphore_t done = dispatch_semaphore_create(0);
        UNAuthorizationStatus status = UNAuthorizationStatusNotDetermined;
    };
    auto answer = std::make_shared<Answer>();
    [[UNUserNotificationCenter currentNotificationCenter]
        getNotificationSettingsWithCompletionHandler:^(UNNotificationSettings* settings) {
          answer->status = settings.authorizationStatus;
          dispatch_semaphore_signal(answer->done);
        }];
    if (dispatch_semaphore_wait(answer->done, dispatch_time(DISPATCH_TIME_NOW, NSEC_PER_SEC)) != 0)
        return UNAuthorizationStatusNotDetermined;
    return answer->status;
}

} // namespace debrief::platform::iosnotifications
