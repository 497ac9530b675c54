#include "ios/IosNudgeScheduler.h"

#include "ios/IosNotificationContent.h"

#include <algorithm>
#include <memory>

#import <UserNotifications/UserNotifications.h>

namespace debrief::platform {

namespace {

// A trigger at the absolute moment: calendar components in UTC (with the time zone in them,
// so a change of the device's zone does not move it). A moment less than a second away
// fires in a second (a calendar trigger in the past would never fire).
UNNotificationTrigger* triggerAt(const QDateTime& atUtc, const QDateTime& nowUtc)
{
    const qint64 ms = nowUtc.msecsTo(atUtc);
    if (ms < 1000)
        return [UNTimeIntervalNotificationTrigger triggerWithTimeInterval:1 repeats:NO];
    NSCalendar* calendar = [NSCalendar calendarWithIdentifier:NSCalendarIdentifierGregorian];
    calendar.timeZone = [NSTimeZone timeZoneForSecondsFromGMT:0];
    NSDateComponents* components =
        [calendar components:(NSCalendarUnitYear | NSCalendarUnitMonth | NSCalendarUnitDay |
                              NSCalendarUnitHour | NSCalendarUnitMinute | NSCalendarUnitSecond |
                              NSCalendarUnitCalendar | NSCalendarUnitTimeZone)
                    fromDate:atUtc.toNSDate()];
    return [UNCalendarNotificationTrigger triggerWithDateMatchingComponents:components repeats:NO];
}

} // namespace

IosNudgeScheduler::IosNudgeScheduler(std::function<QDateTime()> nowUtc)
    : m_nowUtc(std::move(nowUtc))
{
    // What earlier runs registered (iOS keeps it while the app is closed). iOS answers on a
    // queue of its own within milliseconds; the block owns what it fills in case it is late.
    struct Answer
    {
        dispatch_semaphore_t done = dispatch_semaphore_create(0);
        QVector<ScheduledNudge> pending;
    };
    auto answer = std::make_shared<Answer>();
    [[UNUserNotificationCenter currentNotificationCenter]
        getPendingNotificationRequestsWithCompletionHandler:^(
            NSArray<UNNotificationRequest*>* requests) {
          for (UNNotificationRequest* request in requests) {
              NSDate* next = nil;
              if ([request.trigger isKindOfClass:[UNCalendarNotificationTrigger class]])
                  next = [(UNCalendarNotificationTrigger*)request.trigger nextTriggerDate];
              else if ([request.trigger isKindOfClass:[UNTimeIntervalNotificationTrigger class]])
                  next = [(UNTimeIntervalNotificationTrigger*)request.trigger nextTriggerDate];
              if (!next)
                  continue;
              ScheduledNudge nudge;
              nudge.key = QString::fromNSString(request.identifier);
              nudge.atUtc = QDateTime::fromNSDate(next).toUTC();
              nudge.notification = iosnotifications::notificationOf(request.content);
              answer->pending.append(nudge);
          }
          dispatch_semaphore_signal(answer->done);
        }];
    if (dispatch_semaphore_wait(answer->done, dispatch_time(DISPATCH_TIME_NOW, 2 * NSEC_PER_SEC)) ==
        0) {
        for (const ScheduledNudge& nudge : std::as_const(answer->pending))
            m_pending.insert(nudge.key, nudge);
    } else {
        // Unknown: the reconciler registers its whole plan again (the same identifiers
        // replace themselves); stale ones are cancelled once a later run reads them back.
        qWarning("nudges: iOS did not list its pending notifications in time");
    }
}

void IosNudgeScheduler::schedule(const ScheduledNudge& nudge)
{
    Notification notification = nudge.notification;
    notification.key = nudge.key;
    UNNotificationRequest* request =
        [UNNotificationRequest requestWithIdentifier:nudge.key.toNSString()
                                             content:iosnotifications::contentFor(notification)
                                             trigger:triggerAt(nudge.atUtc, m_nowUtc())];
    [[UNUserNotificationCenter currentNotificationCenter]
        addNotificationRequest:request
         withCompletionHandler:^(NSError* error) {
           if (error)
               qWarning("nudges: iOS refused a scheduled notification (%ld)", long(error.code));
         }];
    ScheduledNudge kept = nudge;
    kept.notification = notification;
    m_pending.insert(nudge.key, kept);
}

void IosNudgeScheduler::cancel(const QString& key)
{
    [[UNUserNotificationCenter currentNotificationCenter]
        removePendingNotificationRequestsWithIdentifiers:@[ key.toNSString() ]];
    m_pending.remove(key);
}

QVector<ScheduledNudge> IosNudgeScheduler::scheduled() const
{
    const QDateTime now = m_nowUtc();
    QVector<ScheduledNudge> all;
    for (const ScheduledNudge& nudge : m_pending) {
        if (nudge.atUtc > now)
            all.append(nudge);
    }
    std::sort(all.begin(), all.end(), [](const ScheduledNudge& a, const ScheduledNudge& b) {
        return a.atUtc != b.atUtc ? a.atUtc < b.atUtc : a.key < b.key;
    });
    return all;
}

} // namespace debrief::platform
