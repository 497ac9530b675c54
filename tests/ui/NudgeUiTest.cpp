// Reminders in the real app, offscreen, with a clock the test moves: a captured reflection is
// nudged toward Analyse at the planned moment with a generic notification; Open shows its
// Analyse page; Snooze, Not now, the entry's Reminders switch and the Reminders setting change
// what is registered; the Due page lists what waits; after three days closed, five missed
// nudges come as exactly one notification.

#include "AppUnderTest.h"
#include "ManualClock.h"
#include "TestEnvironment.h"
#include "fake/FakeNotifier.h"
#include "fake/FakeNudgeScheduler.h"
#include "fake/FakeSecretStore.h"
#include "vault/NudgeStore.h"

#include <QTest>
#include <catch2/catch_test_macros.hpp>

using debrief::LoopController;
using debrief::NudgeKind;
using debrief::Stage;
using debrief::VaultController;
using debrief::platform::FakeNudgeScheduler;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

const QTimeZone kLondon("Europe/London");
// Monday 23 November 2026, 10:00 in London (GMT: UTC+0).
const QDateTime kMonday10(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
const QString kMarker = QStringLiteral("PLUM-7731 the pitch to Ardent went badly");

// The app's clocks follow the test's clock (stores stamp their writes with it too).
std::function<void(debrief::AppServices&)> followClock(ManualClock& clock)
{
    return [&clock](debrief::AppServices& s) {
        // Settings outlive a test case (one settings file per test process).
        s.nudgeSettings().setEnabled(true);
        const auto local = [&clock] {
            return clock.nowUtc().toTimeZone(clock.timeZone());
        };
        s.entries().setClock(local);
        s.loop().setClock(local);
        s.experiments().setClock(local);
    };
}

std::unique_ptr<AppUnderTest> startFresh(const QString& dir, FakeSecretStore& keyring,
                                         TestPlatform& platform, ManualClock& clock,
                                         int width = 1280, int height = 800)
{
    auto app =
        std::make_unique<AppUnderTest>(dir, keyring, width, height, followClock(clock), &platform);
    REQUIRE(app->waitForState(VaultController::State::FirstStart));
    app->click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app->waitForState(VaultController::State::Ready));
    return app;
}

// Types a reflection on the capture page and saves it; returns its id.
qint64 capture(AppUnderTest& app, const QString& text)
{
    QQuickItem* field = app.require(QStringLiteral("captureText"));
    app.click(field);
    REQUIRE(waitUntil([&] { return field->hasActiveFocus(); }));
    const int before = app.history().rowCount();
    app.type(text);
    app.click(QStringLiteral("saveButton"));
    REQUIRE(waitUntil([&] { return app.history().rowCount() == before + 1; }));
    return app.history().data(app.history().index(0), debrief::HistoryModel::IdRole).toLongLong();
}

// The registered nudges about one entry (single ones: "<kind>:<id>:<seconds>"; Waiting ones
// list it among others). The weekly review, which counts every waiting entry, is left out.
QVector<debrief::platform::ScheduledNudge> nudgesFor(FakeNudgeScheduler& scheduler, qint64 id)
{
    QVector<debrief::platform::ScheduledNudge> found;
    for (const auto& nudge : scheduler.scheduled()) {
        const auto parsed = debrief::parseNudgeKey(nudge.key);
        if (parsed && parsed->kind != NudgeKind::WeeklyReview && parsed->entries.contains(id))
            found.append(nudge);
    }
    return found;
}

bool waitForNudges(FakeNudgeScheduler& scheduler, qint64 id, int count)
{
    return waitUntil([&] { return nudgesFor(scheduler, id).size() == count; });
}

QStringList actionIds(const debrief::platform::Notification& notification)
{
    QStringList ids;
    for (const auto& action : notification.actions)
        ids.append(action.id);
    return ids;
}

// Advances both clocks to the moment and lets the scheduler fire what is due.
void advanceTo(ManualClock& clock, FakeNudgeScheduler& scheduler, const QDateTime& utc)
{
    clock.setNow(utc);
    scheduler.advanceTo(utc);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("A captured reflection is nudged toward Analyse; Open shows its Analyse page",
          "[ui][nudges]")
{
    const QString dir = freshDir(QStringLiteral("nudge-open"));
    FakeSecretStore keyring;
    ManualClock clock(kLondon);
    clock.setNow(kMonday10);
    TestPlatform platform(clock);
    auto app = startFresh(dir, keyring, platform, clock);

    const qint64 id = capture(*app, kMarker);

    // Captured at 10:00, still daytime 4 hours later: nudged at 14:00 London time.
    REQUIRE(waitForNudges(platform.scheduler, id, 1));
    const auto planned = nudgesFor(platform.scheduler, id).constFirst();
    CHECK(planned.atUtc == QDateTime(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC));
    CHECK(debrief::parseNudgeKey(planned.key)->kind == NudgeKind::Analyse);
    // What the OS is given to keep is generic.
    CHECK_FALSE(planned.notification.body.contains(QStringLiteral("PLUM-7731")));

    // The Due page lists it with its next step.
    app->click(QStringLiteral("dueButton"));
    QQuickItem* row = app->require(QStringLiteral("dueRow_%1").arg(id));
    CHECK(textOf(app->require(QStringLiteral("dueNextStep"), row)) ==
          QStringLiteral("Ready for a closer look"));

    // Nothing before its time.
    advanceTo(clock, platform.scheduler, kMonday10.addSecs(4 * 3600 - 60));
    CHECK(platform.notifier.shown().isEmpty());

    // At 14:00: one notification, generic, with Open, the snoozes and Not now.
    advanceTo(clock, platform.scheduler, kMonday10.addSecs(4 * 3600));
    REQUIRE(waitUntil([&] { return platform.notifier.shown().size() == 1; }));
    const auto shown = platform.notifier.shown().constFirst();
    CHECK(shown.title == QStringLiteral("Debrief"));
    CHECK(shown.body == QStringLiteral("A reflection is ready for a closer look."));
    CHECK_FALSE((shown.title + shown.body).contains(QStringLiteral("PLUM-7731")));
    CHECK(actionIds(shown) == QStringList{QStringLiteral("open"), QStringLiteral("snooze-hour"),
                                          QStringLiteral("not-now"),
                                          QStringLiteral("snooze-evening"),
                                          QStringLiteral("snooze-tomorrow")});
    CHECK_FALSE(shown.revealsContent);
    CHECK(shown.defaultAction == QStringLiteral("open"));
    // Shown once: not registered again while the entry stays as it is.
    REQUIRE(waitForNudges(platform.scheduler, id, 0));
    advanceTo(clock, platform.scheduler, kMonday10.addSecs(6 * 3600));
    CHECK(platform.notifier.shown().size() == 1);

    // Open: the entry, at its Analyse page.
    app->click(QStringLiteral("backButton"));
    platform.notifier.invoke(shown.key, QStringLiteral("open"));
    QQuickItem* stagePage = nullptr;
    REQUIRE(waitUntil([&] {
        stagePage = app->visibleItem(QStringLiteral("stagePage"));
        return stagePage != nullptr;
    }));
    app->settle();
    CHECK(app->services().loop().reflectionId() == id);
    CHECK(app->services().loop().viewedStage() == int(Stage::Analyse));
    CHECK(platform.notifier.withdrawn().contains(shown.key));
    CHECK_NO_QML_PROBLEMS(*app);
}

TEST_CASE("Snooze, Not now, the entry's switch and the Reminders setting", "[ui][nudges]")
{
    const QString dir = freshDir(QStringLiteral("nudge-choices"));
    FakeSecretStore keyring;
    ManualClock clock(kLondon);
    clock.setNow(kMonday10);
    TestPlatform platform(clock);
    auto app = startFresh(dir, keyring, platform, clock);
    const qint64 id = capture(*app, kMarker);
    REQUIRE(waitForNudges(platform.scheduler, id, 1));
    const QDateTime at14 = QDateTime(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC);
    advanceTo(clock, platform.scheduler, at14);
    REQUIRE(waitUntil([&] { return platform.notifier.shown().size() == 1; }));

    SECTION("Snooze 1 hour comes back at 15:00, once")
    {
        platform.notifier.invoke(platform.notifier.shown().constLast().key,
                                 QStringLiteral("snooze-hour"));
        REQUIRE(waitForNudges(platform.scheduler, id, 1));
        CHECK(nudgesFor(platform.scheduler, id).constFirst().atUtc == at14.addSecs(3600));
        advanceTo(clock, platform.scheduler, at14.addSecs(3600));
        REQUIRE(waitUntil([&] { return platform.notifier.shown().size() == 2; }));
        REQUIRE(waitForNudges(platform.scheduler, id, 0));
    }
    SECTION("Snooze until tomorrow: the next morning at the review time (09:00)")
    {
        platform.notifier.invoke(platform.notifier.shown().constLast().key,
                                 QStringLiteral("snooze-tomorrow"));
        REQUIRE(waitForNudges(platform.scheduler, id, 1));
        CHECK(nudgesFor(platform.scheduler, id).constFirst().atUtc ==
              QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    }
    SECTION("Not now: nothing until the entry changes; then it is nudged again")
    {
        // Snoozed first, so a nudge is registered that Not now must take away.
        app->services().nudges().snooze(id, debrief::NudgeController::SnoozeHour);
        REQUIRE(waitForNudges(platform.scheduler, id, 1));
        platform.notifier.invoke(platform.notifier.shown().constLast().key,
                                 QStringLiteral("not-now"));
        REQUIRE(waitForNudges(platform.scheduler, id, 0));
        advanceTo(clock, platform.scheduler, at14.addDays(3));
        CHECK(platform.notifier.shown().size() == 1);
        CHECK(nudgesFor(platform.scheduler, id).isEmpty());

        clock.advanceSecs(60);
        REQUIRE(app->services().entries().save(id, kMarker + QStringLiteral(" — and I said so")));
        REQUIRE(waitForNudges(platform.scheduler, id, 1));
    }
    SECTION("The entry's Reminders switch mutes it, and unmutes it")
    {
        platform.notifier.invoke(platform.notifier.shown().constLast().key,
                                 QStringLiteral("snooze-hour"));
        REQUIRE(waitForNudges(platform.scheduler, id, 1));
        app->click(QStringLiteral("historyRow_0")); // the newest: this one
        QQuickItem* remind = app->require(QStringLiteral("entryRemindersSwitch"));
        CHECK(remind->property("checked").toBool());
        app->click(remind);
        REQUIRE(waitForNudges(platform.scheduler, id, 0));
        debrief::VaultError error;
        CHECK(app->services().nudgeStore()->muted(id, &error));
        CHECK_FALSE(remind->property("checked").toBool());
        app->click(remind);
        REQUIRE(waitForNudges(platform.scheduler, id, 1));
        CHECK_FALSE(app->services().nudgeStore()->muted(id, &error));
    }
    SECTION("The Due page's menu snoozes until tomorrow, also after Not now")
    {
        platform.notifier.invoke(platform.notifier.shown().constLast().key,
                                 QStringLiteral("not-now"));
        REQUIRE(waitForNudges(platform.scheduler, id, 0));
        app->click(QStringLiteral("dueButton"));
        QQuickItem* row = app->require(QStringLiteral("dueRow_%1").arg(id));
        CHECK(textOf(app->require(QStringLiteral("dueWhen"), row))
                  .contains(QStringLiteral("Not now")));
        app->click(QStringLiteral("dueMenuButton_%1").arg(id));
        app->settle();
        app->click(QStringLiteral("snoozeTomorrow"));
        REQUIRE(waitForNudges(platform.scheduler, id, 1));
        CHECK(nudgesFor(platform.scheduler, id).constFirst().atUtc ==
              QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    }
    SECTION("A muted entry deleted and brought back by Undo stays muted")
    {
        REQUIRE(app->services().nudges().setMuted(id, true));
        REQUIRE(waitForNudges(platform.scheduler, id, 0));
        REQUIRE(app->services().entries().remove(id));
        REQUIRE(app->services().entries().undoRemove() == id);
        debrief::VaultError error;
        CHECK(app->services().nudgeStore()->muted(id, &error));
        QTest::qWait(400); // the reconcile after the change
        CHECK(nudgesFor(platform.scheduler, id).isEmpty());
    }
    SECTION("Reminders off in Settings: nothing registered; the Due page still lists it")
    {
        platform.notifier.invoke(platform.notifier.shown().constLast().key,
                                 QStringLiteral("snooze-hour"));
        REQUIRE(waitForNudges(platform.scheduler, id, 1));
        app->click(QStringLiteral("settingsButton"));
        QQuickItem* enabled = app->require(QStringLiteral("remindersEnabled"));
        app->reveal(enabled);
        app->click(enabled);
        CHECK_FALSE(app->services().nudgeSettings().enabled());
        REQUIRE(waitUntil([&] { return platform.scheduler.scheduled().isEmpty(); })); // weekly too
        app->click(QStringLiteral("dueButton"));
        CHECK(app->require(QStringLiteral("dueRow_%1").arg(id)) != nullptr);
        app->click(QStringLiteral("settingsButton"));
        enabled = app->require(QStringLiteral("remindersEnabled"));
        app->reveal(enabled);
        app->click(enabled);
        REQUIRE(waitForNudges(platform.scheduler, id, 1));
    }
    CHECK_NO_QML_PROBLEMS(*app);
}

TEST_CASE("Closed for three days with five nudges due: one notification at start", "[ui][nudges]")
{
    const QString dir = freshDir(QStringLiteral("nudge-catch-up"));
    FakeSecretStore keyring;
    QVector<qint64> ids;
    {
        ManualClock clock(kLondon);
        clock.setNow(kMonday10);
        TestPlatform platform(clock);
        auto app = startFresh(dir, keyring, platform, clock);
        for (int i = 0; i < 5; ++i) {
            ids.append(capture(*app, kMarker + QString::number(i)));
            clock.advanceSecs(60);
        }
        REQUIRE(waitUntil([&] { return !platform.scheduler.scheduled().isEmpty(); }));
        REQUIRE(waitUntil([&] { return keyring.writes() > 0; }));
        CHECK(platform.notifier.shown().isEmpty());
    }
    // Thursday morning: the app starts again; every nudge of Monday was missed.
    ManualClock clock(kLondon);
    clock.setNow(kMonday10.addDays(3));
    TestPlatform platform(clock);
    AppUnderTest app(dir, keyring, 1280, 800, followClock(clock), &platform);
    REQUIRE(app.waitForState(VaultController::State::Ready));
    REQUIRE(waitUntil([&] { return !platform.scheduler.scheduled().isEmpty(); }));
    advanceTo(clock, platform.scheduler, clock.nowUtc());
    REQUIRE(waitUntil([&] { return !platform.notifier.shown().isEmpty(); }));
    QTest::qWait(300);
    REQUIRE(platform.notifier.shown().size() == 1);
    const auto shown = platform.notifier.shown().constFirst();
    CHECK(shown.body == QStringLiteral("5 reflections are waiting for their next step."));
    CHECK_FALSE(shown.body.contains(QStringLiteral("PLUM-7731")));
    const auto parsed = debrief::parseNudgeKey(shown.key);
    REQUIRE(parsed);
    CHECK(parsed->kind == NudgeKind::Waiting);
    auto sorted = parsed->entries;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == ids);

    // Nothing more for the same entries later that day.
    advanceTo(clock, platform.scheduler, clock.nowUtc().addSecs(3 * 3600));
    QTest::qWait(300);
    CHECK(platform.notifier.shown().size() == 1);

    // Open on it shows the Due page, with all five.
    platform.notifier.invoke(shown.key, QStringLiteral("open"));
    REQUIRE(waitUntil([&] { return app.visibleItem(QStringLiteral("duePage")) != nullptr; }));
    app.settle();
    for (qint64 id : ids)
        CHECK(app.visibleItem(QStringLiteral("dueRow_%1").arg(id)) != nullptr);
    CHECK_NO_QML_PROBLEMS(app);
}
