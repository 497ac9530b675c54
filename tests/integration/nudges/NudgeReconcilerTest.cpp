// The reconciler on a real vault with the platform fakes and a clock the test moves: what it
// registers is the plan and nothing else, reconciling again changes nothing, a time-zone change
// re-plans at the same local time, a scheduler with little room gets the earliest nudges, a
// phone's scheduler shows notifications itself, a machine without a notification service keeps
// a nudge due, and a refused permission registers nothing.

#include "nudges/NudgeReconciler.h"
#include "../vault/VaultTestHelpers.h"
#include "ManualClock.h"
#include "fake/FakeNotifier.h"
#include "fake/FakeNudgeScheduler.h"
#include "fake/FakePermissions.h"
#include "vault/LoopStore.h"
#include "vault/NudgeStore.h"

#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using debrief::NudgeKind;
using debrief::NudgeReconciler;
using debrief::NudgeStore;
using debrief::ReflectionStore;
using debrief::VaultError;
using debrief::platform::FakeNotifier;
using debrief::platform::FakeNudgeScheduler;
using debrief::platform::FakePermissions;
using debrief::platform::Permissions;
using namespace debrief::test;

namespace {

const QTimeZone kLondon("Europe/London");
// Monday 23 November 2026, 10:00 London (UTC+0).
const QDateTime kMonday10(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

// A vault, the fakes and a reconciler over them, the clock at kMonday10.
struct Fixture
{
    explicit Fixture(const QString& name,
                     Permissions::Status notifications = Permissions::Status::Granted)
        : permissions(withNotifications(notifications))
        , db(openMigrated(freshDir(name) + QStringLiteral("/vault.db"),
                          debrief::VaultKey::generate()))
        , reflections(*db)
        , nudges(*db)
        , reconciler(clock, scheduler, notifier, permissions)
    {
        clock.setNow(kMonday10);
        scheduler.setNow(kMonday10);
    }
    ~Fixture() { reconciler.setStores(nullptr, nullptr); }

    qint64 capture(const QString& text, const QDateTime& at)
    {
        VaultError error;
        const qint64 id = reflections.add(
            text, debrief::LocalMoment::fromDateTime(at.toTimeZone(kLondon)), &error);
        REQUIRE_FALSE(error);
        return id;
    }
    QStringList keys() const
    {
        QStringList keys;
        for (const auto& nudge : scheduler.scheduled())
            keys.append(nudge.key + QLatin1Char('@') + nudge.atUtc.toString(Qt::ISODate));
        keys.sort();
        return keys;
    }
    QVector<debrief::platform::ScheduledNudge> single() const
    {
        QVector<debrief::platform::ScheduledNudge> found;
        for (const auto& nudge : scheduler.scheduled()) {
            if (debrief::parseNudgeKey(nudge.key)->kind != NudgeKind::WeeklyReview)
                found.append(nudge);
        }
        return found;
    }

    static FakePermissions withNotifications(Permissions::Status status)
    {
        FakePermissions permissions;
        permissions.setNotifications(status);
        return permissions;
    }

    ManualClock clock{kLondon};
    FakeNudgeScheduler scheduler;
    FakeNotifier notifier;
    FakePermissions permissions;
    std::unique_ptr<debrief::Database> db;
    ReflectionStore reflections;
    NudgeStore nudges;
    NudgeReconciler reconciler;
};

} // namespace

TEST_CASE("What is registered is the plan; reconciling again changes nothing", "[reconciler]")
{
    Fixture f(QStringLiteral("reconciler-plan"));
    const qint64 id = f.capture(QStringLiteral("PLUM-1 the demo crashed"), kMonday10);
    f.reconciler.setStores(&f.nudges, &f.reflections);

    const auto single = f.single();
    REQUIRE(single.size() == 1);
    CHECK(single.first().key.startsWith(QStringLiteral("1:%1:").arg(id)));
    CHECK(single.first().atUtc == kMonday10.addSecs(4 * 3600));
    CHECK(single.first().notification.body ==
          QStringLiteral("A reflection is ready for a closer look."));
    QStringList planned;
    for (const auto& nudge : f.reconciler.plan().nudges)
        planned.append(nudge.key + QLatin1Char('@') + nudge.at.toString(Qt::ISODate));
    planned.sort();
    CHECK(f.keys() == planned);

    const QStringList before = f.keys();
    f.reconciler.reconcile();
    f.reconciler.reconcile();
    CHECK(f.keys() == before);

    // A second entry: only what changed is added; the first stays registered as it was.
    f.clock.advanceSecs(600);
    const qint64 second = f.capture(QStringLiteral("PLUM-2"), f.clock.nowUtc());
    f.reconciler.entryChanged(second);
    f.reconciler.reconcile();
    CHECK(f.single().size() == 2);
    CHECK(f.keys().contains(before.filter(QStringLiteral("1:%1:").arg(id)).constFirst()));
}

TEST_CASE("A time-zone change re-plans: 09:00 stays 09:00 where the person is now", "[reconciler]")
{
    Fixture f(QStringLiteral("reconciler-travel"));
    // Captured at 22:00 London: too late for +4 h, so the next morning at 09:00.
    f.clock.setNow(QDateTime(QDate(2026, 11, 23), QTime(22, 0), Qt::UTC));
    f.capture(QStringLiteral("PLUM-3"), f.clock.nowUtc());
    f.reconciler.setStores(&f.nudges, &f.reflections);
    REQUIRE(f.single().size() == 1);
    CHECK(f.single().first().atUtc == QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));

    // Landed in New York (UTC-5) that evening (17:00 there; +4 h is quiet hours there too): the
    // clock check notices the new zone, and the nudge moves to 09:00 New York time.
    f.clock.setTimeZone(QTimeZone("America/New_York"));
    f.reconciler.checkClock();
    REQUIRE(f.single().size() == 1);
    CHECK(f.single().first().atUtc == QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC));
}

TEST_CASE("A scheduler with room for few holds the earliest (iOS's rolling window)", "[reconciler]")
{
    Fixture f(QStringLiteral("reconciler-capacity"));
    f.scheduler.setCapacity(3);
    // Ten experiments with check days spread over ten days: ten CheckIn nudges.
    debrief::LoopStore loops(*f.db);
    for (int i = 0; i < 10; ++i) {
        const qint64 id = f.capture(QStringLiteral("PLUM-%1").arg(i), kMonday10);
        VaultError error;
        REQUIRE(loops.transition(id, debrief::TransitionKind::Skip, QStringLiteral("later"),
                                 debrief::LocalMoment::fromDateTime(kMonday10), &error));
        REQUIRE(loops.transition(id, debrief::TransitionKind::Skip, QStringLiteral("later"),
                                 debrief::LocalMoment::fromDateTime(kMonday10), &error));
        const auto experiment =
            loops.addExperiment(id, 0, debrief::LocalMoment::fromDateTime(kMonday10), &error);
        REQUIRE_FALSE(error);
        REQUIRE_FALSE(
            loops.updateExperimentPlan(experiment, 0, QStringLiteral("h"), QStringLiteral("a"),
                                       kMonday10.date().addDays(1 + i), QStringLiteral("s")));
    }
    f.reconciler.setStores(&f.nudges, &f.reflections);
    const auto registered = f.scheduler.scheduled();
    REQUIRE(registered.size() == 3);
    QVector<QDateTime> times;
    for (const auto& nudge : registered)
        times.append(nudge.atUtc);
    std::sort(times.begin(), times.end());
    QVector<QDateTime> earliest;
    for (const auto& nudge : f.reconciler.plan().nudges.mid(0, 3))
        earliest.append(nudge.at);
    CHECK(times == earliest);
}

TEST_CASE("Who shows the notification: the app, the OS, or nobody yet", "[reconciler]")
{
    Fixture f(QStringLiteral("reconciler-show"));
    const qint64 id = f.capture(QStringLiteral("PLUM-4 the marker"), kMonday10);
    const QDateTime due = kMonday10.addSecs(4 * 3600);

    SECTION("desktop: the app shows it through the notifier and notes it")
    {
        f.reconciler.setStores(&f.nudges, &f.reflections);
        f.clock.setNow(due);
        f.scheduler.advanceTo(due);
        REQUIRE(f.notifier.shown().size() == 1);
        CHECK_FALSE(f.notifier.shown().first().body.contains(QStringLiteral("PLUM-4")));
        VaultError error;
        CHECK(f.nudges.plannerEntry(id, &error)->lastNudgedAt == due);
    }
    SECTION("phone: the OS showed it; the app only notes it")
    {
        f.scheduler.setShowsNotificationsItself(true);
        f.reconciler.setStores(&f.nudges, &f.reflections);
        f.clock.setNow(due);
        f.scheduler.advanceTo(due);
        CHECK(f.notifier.shown().isEmpty());
        VaultError error;
        CHECK(f.nudges.plannerEntry(id, &error)->lastNudgedAt == due);
    }
    SECTION("no notification service: nothing noted, it stays due")
    {
        f.notifier.setAvailable(false);
        f.reconciler.setStores(&f.nudges, &f.reflections);
        f.clock.setNow(due);
        f.scheduler.advanceTo(due);
        CHECK(f.notifier.shown().isEmpty());
        VaultError error;
        CHECK_FALSE(f.nudges.plannerEntry(id, &error)->lastNudgedAt.isValid());
        CHECK(f.reconciler.plan().due.size() == 1);
    }
    SECTION("titles on: the first line shows, and only in what the app shows itself")
    {
        auto preferences = f.reconciler.preferences();
        preferences.showTitles = true;
        f.reconciler.setPreferences(preferences);
        f.reconciler.setStores(&f.nudges, &f.reflections);
        REQUIRE(f.single().size() == 1);
        CHECK_FALSE(f.single().first().notification.body.contains(QStringLiteral("PLUM-4")));
        CHECK_FALSE(f.single().first().notification.revealsContent);
        f.clock.setNow(due);
        f.scheduler.advanceTo(due);
        REQUIRE(f.notifier.shown().size() == 1);
        CHECK(f.notifier.shown().first().body.contains(QStringLiteral("PLUM-4 the marker")));
        CHECK(f.notifier.shown().first().revealsContent);
    }
}

TEST_CASE("Notifications refused: nothing is registered, the Due list still fills", "[reconciler]")
{
    SECTION("refused before")
    {
        Fixture f(QStringLiteral("reconciler-refused"), Permissions::Status::Denied);
        f.capture(QStringLiteral("PLUM-5"), kMonday10);
        f.reconciler.setStores(&f.nudges, &f.reflections);
        CHECK_FALSE(f.reconciler.notificationsAllowed());
        CHECK(f.scheduler.scheduled().isEmpty());
        CHECK(f.reconciler.plan().due.size() == 1);
        CHECK(f.permissions.notificationRequests() == 0);
    }
    SECTION("never asked: asked once when there is something to remind of")
    {
        Fixture f(QStringLiteral("reconciler-ask"), Permissions::Status::Undetermined);
        f.permissions.setNotificationAnswer(Permissions::Status::Granted);
        f.reconciler.setStores(&f.nudges, &f.reflections);
        CHECK(f.permissions.notificationRequests() == 0); // nothing to remind of yet
        const qint64 id = f.capture(QStringLiteral("PLUM-6"), kMonday10);
        f.reconciler.entryChanged(id);
        f.reconciler.reconcile();
        CHECK(f.permissions.notificationRequests() == 1);
        REQUIRE(waitUntil([&] { return f.single().size() == 1; }));
        CHECK(f.reconciler.notificationsAllowed());
    }
}
