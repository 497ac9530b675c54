// Reminders end to end on Linux: the running app (offscreen) with the real freedesktop notifier
// against python3-dbusmock's notification server on a private bus (with-notification-daemon.sh).
// A due nudge is one Notify call with Open, the snoozes and Not now, and nothing the person
// wrote in any argument (LK-3); the server emitting ActionInvoked("open") opens that entry at its
// Analyse page.

#include "AppUnderTest.h"
#include "ManualClock.h"
#include "NotificationDaemonMock.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"

#include <QDBusArgument>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <debrief/platform/PlatformFactory.h>

using debrief::Stage;
using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

const QString kMarker = QStringLiteral("ZEBRA-4412 the board meeting");

// Everything a call carried, as text (nested lists and maps included).
QString flatten(const QVariant& value)
{
    if (value.userType() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char('\n'));
    if (value.userType() == QMetaType::QVariantMap) {
        QString text;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            text += it.key() + QLatin1Char('=') + flatten(it.value()) + QLatin1Char('\n');
        return text;
    }
    if (value.userType() == QMetaType::QVariantList) {
        QString text;
        for (const QVariant& item : value.toList())
            text += flatten(item) + QLatin1Char('\n');
        return text;
    }
    return value.toString();
}

} // namespace

TEST_CASE("A due nudge reaches the notification server; its Open opens the entry",
          "[ui][nudges-dbus]")
{
    const QString dir = freshDir(QStringLiteral("nudge-dbus"));
    FakeSecretStore keyring;
    ManualClock clock(QTimeZone("Europe/London"));
    clock.setNow(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)); // a Monday morning
    TestPlatform platform(clock);
    const auto notifier = debrief::platform::createNotifier();
    REQUIRE(notifier->available());
    platform.realNotifier = notifier.get();

    AppUnderTest app(
        dir, keyring, 1280, 800,
        [&clock](debrief::AppServices& s) {
            s.nudgeSettings().setEnabled(true);
            const auto local = [&clock] {
                return clock.nowUtc().toTimeZone(clock.timeZone());
            };
            s.entries().setClock(local);
            s.loop().setClock(local);
        },
        &platform);
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));

    QQuickItem* field = app.require(QStringLiteral("captureText"));
    app.click(field);
    REQUIRE(waitUntil([&] { return field->hasActiveFocus(); }));
    app.type(kMarker);
    app.click(QStringLiteral("saveButton"));
    REQUIRE(waitUntil([&] { return app.history().rowCount() == 1; }));
    const qint64 id =
        app.history().data(app.history().index(0), debrief::HistoryModel::IdRole).toLongLong();
    // Its Analyse nudge (and Sunday's weekly review) are registered.
    REQUIRE(waitUntil([&] {
        const auto scheduled = platform.scheduler.scheduled();
        return std::any_of(scheduled.cbegin(), scheduled.cend(), [id](const auto& nudge) {
            const auto parsed = debrief::parseNudgeKey(nudge.key);
            return parsed && parsed->kind == debrief::NudgeKind::Analyse &&
                   parsed->entries == QVector<qint64>{id};
        });
    }));

    const uint notificationId = NotificationDaemonMock::nextId(); // also clears the call log
    const QDateTime due(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC);
    clock.setNow(due);
    platform.scheduler.advanceTo(due);

    QVector<QVariantList> calls;
    REQUIRE(waitUntil([&] {
        calls = NotificationDaemonMock::calls(QStringLiteral("Notify"));
        return !calls.isEmpty();
    }));
    waitUntil([] { return false; }, 300); // nothing more follows
    calls = NotificationDaemonMock::calls(QStringLiteral("Notify"));
    REQUIRE(calls.size() == 1);
    const QVariantList& args = calls.first();
    REQUIRE(args.size() == 8);
    CHECK(args.at(3).toString() == QStringLiteral("Debrief"));
    CHECK(args.at(4).toString() == QStringLiteral("A reflection is ready for a closer look."));
    QStringList actionIds;
    const QStringList actions = args.at(5).toStringList();
    for (int i = 0; i + 1 < actions.size(); i += 2)
        actionIds.append(actions.at(i));
    CHECK(actionIds == QStringList{QStringLiteral("default"), QStringLiteral("open"),
                                   QStringLiteral("snooze-hour"), QStringLiteral("not-now"),
                                   QStringLiteral("snooze-evening"),
                                   QStringLiteral("snooze-tomorrow")});
    // Nothing the person wrote, in any argument.
    for (const QVariant& arg : args)
        CHECK_FALSE(flatten(arg).contains(QStringLiteral("ZEBRA-4412")));

    // The person presses Open on the desktop.
    NotificationDaemonMock::emitActionInvoked(notificationId, QStringLiteral("open"));
    REQUIRE(waitUntil([&] { return app.visibleItem(QStringLiteral("stagePage")) != nullptr; }));
    app.settle();
    CHECK(app.services().loop().reflectionId() == id);
    CHECK(app.services().loop().viewedStage() == int(Stage::Analyse));
    CHECK_NO_QML_PROBLEMS(app);
}
