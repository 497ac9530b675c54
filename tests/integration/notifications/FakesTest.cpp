// The fakes other tests drive nudges with ("[fakes]"): their clock and records behave like the
// real scheduler and notifier, so tests built on them prove something.

#include "fake/FakeNotifier.h"
#include "fake/FakeNudgeScheduler.h"

#include <catch2/catch_test_macros.hpp>

using debrief::platform::FakeNotifier;
using debrief::platform::FakeNudgeScheduler;
using debrief::platform::Notification;
using debrief::platform::ScheduledNudge;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 28), QTime(20, 0), Qt::UTC);

ScheduledNudge at(const QString& key, const QDateTime& when)
{
    ScheduledNudge nudge;
    nudge.key = key;
    nudge.atUtc = when;
    return nudge;
}

} // namespace

TEST_CASE("FakeNudgeScheduler fires what its clock reaches, once and in time order", "[fakes]")
{
    FakeNudgeScheduler scheduler(Start);
    QStringList fired;
    scheduler.setFiredHandler([&](const QString& key) { fired.append(key); });
    scheduler.schedule(at(QStringLiteral("c"), Start.addDays(2)));
    scheduler.schedule(at(QStringLiteral("b"), Start.addSecs(7200)));
    scheduler.schedule(at(QStringLiteral("a"), Start.addSecs(3600)));
    scheduler.schedule(at(QStringLiteral("gone"), Start.addSecs(60)));
    scheduler.cancel(QStringLiteral("gone"));

    scheduler.advanceTo(Start.addSecs(3599));
    CHECK(fired.isEmpty());
    scheduler.advanceTo(Start.addDays(1));
    CHECK(fired == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    REQUIRE(scheduler.scheduled().size() == 1);
    CHECK(scheduler.scheduled().first().key == QStringLiteral("c"));

    scheduler.advanceTo(Start); // never backwards
    CHECK(scheduler.now() == Start.addDays(1));
    scheduler.setNow(Start); // the clock set back: nothing fires
    CHECK(scheduler.now() == Start);
    scheduler.advanceTo(Start.addDays(3));
    CHECK(fired == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(scheduler.fired() == fired);
}

TEST_CASE("FakeNotifier records shows and withdrawals and plays a pressed button", "[fakes]")
{
    FakeNotifier notifier;
    QVector<std::pair<QString, QString>> reported;
    notifier.setActionHandler([&](const QString& key, const QString& action) {
        reported.append({key, action});
    });
    Notification n;
    n.key = QStringLiteral("1:42:1774771200");
    notifier.show(n);
    notifier.show(n);
    CHECK(notifier.shown().size() == 2);
    CHECK(notifier.isShowing(n.key));

    notifier.invoke(n.key, QStringLiteral("snooze-hour"));
    CHECK(reported == QVector<std::pair<QString, QString>>{{n.key, QStringLiteral("snooze-hour")}});
    CHECK_FALSE(notifier.isShowing(n.key));

    notifier.show(n);
    notifier.withdraw(n.key);
    CHECK(notifier.withdrawn() == QStringList{n.key});
    CHECK_FALSE(notifier.isShowing(n.key));
}
