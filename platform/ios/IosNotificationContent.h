#pragma once

// Objective-C++ only (included by the .mm files of platform/ios).

#include "debrief/platform/Notifier.h"

#import <UserNotifications/UserNotifications.h>

namespace debrief::platform::iosnotifications {

// The notification's content for UNUserNotificationCenter: its text, the category that gives
// it its buttons (registered here on first use), the key, the offered action ids and the
// default action in userInfo.
UNMutableNotificationContent* contentFor(const Notification& notification);
// The Notification a delivered or pending request was made from.
Notification notificationOf(UNNotificationContent* content);
// The action id a response stands for, or empty (dismissed, or not offered).
QString actionOf(UNNotificationResponse* response);

// The current authorization, asked synchronously (iOS answers on a queue of its own, within
// milliseconds); UNAuthorizationStatusNotDetermined when it did not answer in a second.
UNAuthorizationStatus authorizationStatus();

} // namespace debrief::platform::iosnotifications
