// The Linux notifier for real (label integration): FreedesktopNotifier against python3-dbusmock's
// notification server on a private bus ("[notifier]", with-notification-daemon.sh), and on a
// bus where no server runs or can start ("[no-daemon]", bare-bus.sh).

#include "linux/FreedesktopNotifier.h"
#include "NotificationDaemonMock.h"
#include "TestEnvironment.h"

#include <QVariantMap>
#include <catch2/catch_test_macros.hpp>

using debrief::platform::FreedesktopNotifier;
using debrief::platform::Notification;
using debrief::test::NotificationDaemonMock;
using debrief::test::waitUntil;

namespace {

const QString Key = QStringLiteral("1:42:1774771200");

Notification nudge(const QString& key = Key)
{
    Notification n;
    n.key = key;
    n.title = QStringLiteral("Debrief");
    n.body = QStringLiteral("A reflection is ready for a closer look.");
    n.actions = {{QStringLiteral("open"), QStringLiteral("Open")},
                 {QStringLiteral("snooze-hour"), QStringLiteral("In an hour")},
                 {QStringLiteral("snooze-evening"), QStringLiteral("This evening")},
                 {QStringLiteral("snooze-tomorrow"), QStringLiteral("Tomorrow")},
                 {QStringLiteral("not-now"), QStringLiteral("Not now")}};
    n.defaultAction = QStringLiteral("open");
    return n;
}

// Waits for the server to have received count calls of method; returns them.
QVector<QVariantList> awaitCalls(const QString& method, int count)
{
    QVector<QVariantList> calls;
    REQUIRE(waitUntil([&] {
        calls = NotificationDaemonMock::calls(method);
        return calls.size() >= count;
    }));
    return calls;
}

// Runs the event loop for ms, so answers and signals on their way arrive.
void settle(int ms)
{
    waitUntil([] { return false; }, ms);
}

uint replacesId(const QVariantList& notify)
{
    return notify.at(1).toUInt();
}

// The first show() asks the server what it can do before it sends; afterwards calls go out at
// once, as in the running app. Leaves the server's call log empty.
void warmUp(FreedesktopNotifier& notifier)
{
    const QString key = QStringLiteral("warm-up");
    notifier.show(nudge(key));
    awaitCalls(QStringLiteral("Notify"), 1);
    settle(100);
    notifier.withdraw(key);
    awaitCalls(QStringLiteral("CloseNotification"), 1);
    settle(100);
    NotificationDaemonMock::clearCalls();
}

// Records what the notifier reports.
struct Reported
{
    QVector<std::pair<QString, QString>> actions;
    void attach(FreedesktopNotifier& notifier)
    {
        notifier.setActionHandler([this](const QString& key, const QString& action) {
            actions.append({key, action});
        });
    }
};

} // namespace

TEST_CASE("A nudge is one Notify call with the app's name, its actions and its text", "[notifier]")
{
    NotificationDaemonMock::clearCalls();
    FreedesktopNotifier notifier;
    REQUIRE(notifier.available());

    notifier.show(nudge());

    const QVector<QVariantList> calls = awaitCalls(QStringLiteral("Notify"), 1);
    settle(300); // nothing more follows
    REQUIRE(NotificationDaemonMock::calls(QStringLiteral("Notify")).size() == 1);
    const QVariantList& args = calls.first();
    REQUIRE(args.size() == 8);
    CHECK(args.at(0).toString() == QStringLiteral("Debrief"));
    CHECK(replacesId(args) == 0);
    CHECK(args.at(2).toString() == QStringLiteral("debrief"));
    CHECK(args.at(3).toString() == QStringLiteral("Debrief"));
    CHECK(args.at(4).toString() == QStringLiteral("A reflection is ready for a closer look."));
    // "default" (a click on the notification) first, then the buttons in order.
    CHECK(args.at(5).toStringList() ==
          QStringList{QStringLiteral("default"), QStringLiteral("Open"), QStringLiteral("open"),
                      QStringLiteral("Open"), QStringLiteral("snooze-hour"),
                      QStringLiteral("In an hour"), QStringLiteral("snooze-evening"),
                      QStringLiteral("This evening"), QStringLiteral("snooze-tomorrow"),
                      QStringLiteral("Tomorrow"), QStringLiteral("not-now"),
                      QStringLiteral("Not now")});
    const QVariantMap hints = args.at(6).toMap();
    CHECK(hints.value(QStringLiteral("desktop-entry")).toString() == QStringLiteral("debrief"));
    CHECK(hints.value(QStringLiteral("urgency")).userType() == QMetaType::UChar);
    CHECK(hints.value(QStringLiteral("urgency")).toUInt() == 1);
    CHECK(args.at(7).toInt() == -1);
}

TEST_CASE("Text is shown as written on a server that reads markup", "[notifier]")
{
    NotificationDaemonMock::clearCalls();
    FreedesktopNotifier notifier;
    Notification n = nudge();
    n.body = QStringLiteral("Q&A <b>with</b> Sam");

    notifier.show(n);

    const QVector<QVariantList> calls = awaitCalls(QStringLiteral("Notify"), 1);
    CHECK(calls.first().at(4).toString() == QStringLiteral("Q&amp;A &lt;b&gt;with&lt;/b&gt; Sam"));
}

TEST_CASE("Showing a key again replaces its notification", "[notifier]")
{
    const uint firstId = NotificationDaemonMock::nextId();
    FreedesktopNotifier notifier;
    Reported reported;
    reported.attach(notifier);

    SECTION("after the server answered")
    {
        notifier.show(nudge());
        awaitCalls(QStringLiteral("Notify"), 1);
        settle(200); // the answer arrives
        Notification changed = nudge();
        changed.body = QStringLiteral("Time to check how your experiment went.");
        notifier.show(changed);

        const QVector<QVariantList> calls = awaitCalls(QStringLiteral("Notify"), 2);
        CHECK(replacesId(calls.at(0)) == 0);
        CHECK(replacesId(calls.at(1)) == firstId);
        CHECK(calls.at(1).at(4).toString() == changed.body);
    }
    SECTION("while the first call is still on its way")
    {
        warmUp(notifier);
        const uint id = NotificationDaemonMock::nextId();
        notifier.show(nudge());
        notifier.show(nudge());
        notifier.show(nudge());

        // The last two collapse into one replacement: never a second notification.
        const QVector<QVariantList> calls = awaitCalls(QStringLiteral("Notify"), 2);
        settle(300);
        REQUIRE(NotificationDaemonMock::calls(QStringLiteral("Notify")).size() == 2);
        CHECK(replacesId(calls.at(0)) == 0);
        CHECK(replacesId(calls.at(1)) == id);
    }
    SECTION("another key is another notification")
    {
        notifier.show(nudge());
        notifier.show(nudge(QStringLiteral("2:43:1774771200")));

        const QVector<QVariantList> calls = awaitCalls(QStringLiteral("Notify"), 2);
        CHECK(replacesId(calls.at(0)) == 0);
        CHECK(replacesId(calls.at(1)) == 0);
    }
}

TEST_CASE("A button pressed on the desktop reaches the handler with its key", "[notifier]")
{
    const uint id = NotificationDaemonMock::nextId();
    FreedesktopNotifier notifier;
    Reported reported;
    reported.attach(notifier);
    notifier.show(nudge());
    awaitCalls(QStringLiteral("Notify"), 1);

    SECTION("a button")
    {
        NotificationDaemonMock::emitActionInvoked(id, QStringLiteral("snooze-hour"));
        REQUIRE(waitUntil([&] { return !reported.actions.isEmpty(); }));
        CHECK(reported.actions ==
              QVector<std::pair<QString, QString>>{{Key, QStringLiteral("snooze-hour")}});
    }
    SECTION("a click on the notification is its default action")
    {
        NotificationDaemonMock::emitActionInvoked(id, QStringLiteral("default"));
        REQUIRE(waitUntil([&] { return !reported.actions.isEmpty(); }));
        CHECK(reported.actions ==
              QVector<std::pair<QString, QString>>{{Key, QStringLiteral("open")}});
    }
    SECTION("actions it did not offer, and other apps' notifications, are ignored")
    {
        NotificationDaemonMock::emitActionInvoked(id, QStringLiteral("delete-everything"));
        NotificationDaemonMock::emitActionInvoked(id + 1000, QStringLiteral("open"));
        NotificationDaemonMock::emitActionInvoked(id, QStringLiteral("not-now"));
        REQUIRE(waitUntil([&] { return !reported.actions.isEmpty(); }));
        settle(200);
        CHECK(reported.actions ==
              QVector<std::pair<QString, QString>>{{Key, QStringLiteral("not-now")}});
    }
}

TEST_CASE("Withdrawing closes the notification on the desktop", "[notifier]")
{
    FreedesktopNotifier notifier;
    warmUp(notifier);
    const uint id = NotificationDaemonMock::nextId();

    SECTION("once shown")
    {
        notifier.show(nudge());
        awaitCalls(QStringLiteral("Notify"), 1);
        settle(200);
        notifier.withdraw(Key);
    }
    SECTION("while the server has not answered yet")
    {
        notifier.show(nudge());
        notifier.withdraw(Key);
    }

    const QVector<QVariantList> closes = awaitCalls(QStringLiteral("CloseNotification"), 1);
    CHECK(closes.size() == 1);
    CHECK(closes.first().at(0).toUInt() == id);
    // Gone: showing the key again makes a new notification.
    notifier.show(nudge());
    const QVector<QVariantList> calls = awaitCalls(QStringLiteral("Notify"), 2);
    CHECK(replacesId(calls.at(1)) == 0);
}

TEST_CASE("A notification withdrawn before it was sent never appears", "[notifier]")
{
    NotificationDaemonMock::clearCalls();
    FreedesktopNotifier notifier;
    notifier.show(nudge()); // waits for the server's capabilities first
    notifier.withdraw(Key);
    settle(500);
    CHECK(NotificationDaemonMock::calls(QStringLiteral("Notify")).isEmpty());
    CHECK(NotificationDaemonMock::calls(QStringLiteral("CloseNotification")).isEmpty());
}

TEST_CASE("A notification the person dismissed is not replaced but shown anew", "[notifier]")
{
    const uint id = NotificationDaemonMock::nextId();
    FreedesktopNotifier notifier;
    Reported reported;
    reported.attach(notifier);
    notifier.show(nudge());
    awaitCalls(QStringLiteral("Notify"), 1);
    settle(200);

    NotificationDaemonMock::emitClosed(id, 2); // dismissed by the user
    settle(200);
    notifier.show(nudge());

    const QVector<QVariantList> calls = awaitCalls(QStringLiteral("Notify"), 2);
    CHECK(replacesId(calls.at(1)) == 0);
    // The old id no longer stands for the key.
    NotificationDaemonMock::emitActionInvoked(id, QStringLiteral("open"));
    settle(200);
    CHECK(reported.actions.isEmpty());
}

TEST_CASE("Without a notification server the notifier says so and shows nothing", "[no-daemon]")
{
    FreedesktopNotifier notifier;
    bool reported = false;
    notifier.setActionHandler([&](const QString&, const QString&) { reported = true; });

    CHECK_FALSE(notifier.available());
    notifier.show(nudge());
    notifier.withdraw(Key);
    settle(300); // the failed calls come back without harm
    CHECK_FALSE(reported);
}
