// The desktop scheduler (label integration, "[scheduler]"): InProcessNudgeScheduler with a clock
// the test moves, and once with the real clock, on the real event loop.

#include "desktop/InProcessNudgeScheduler.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <catch2/catch_test_macros.hpp>

using debrief::platform::InProcessNudgeScheduler;
using debrief::platform::ScheduledNudge;
using debrief::test::waitUntil;
using namespace std::chrono_literals;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 28), QTime(20, 0), Qt::UTC);

ScheduledNudge at(const QString& key, const QDateTime& when)
{
    ScheduledNudge nudge;
    nudge.key = key;
    nudge.atUtc = when;
    return nudge;
}

// A scheduler on a clock the test sets, looking at it every 20 ms (the app: every minute).
struct Fixture
{
    QDateTime now = Start;
    QStringList fired;
    InProcessNudgeScheduler scheduler{[this] { return now; }, 20ms};

    Fixture()
    {
        scheduler.setFiredHandler([this](const QString& key) { fired.append(key); });
    }
    // Runs the event loop long enough for several looks at the clock.
    void settle()
    {
        waitUntil([] { return false; }, 150);
    }
    QStringList keys() const
    {
        QStringList keys;
        for (const ScheduledNudge& n : scheduler.scheduled())
            keys.append(n.key);
        return keys;
    }
};

} // namespace

TEST_CASE("A nudge fires once at its time, not before", "[scheduler]")
{
    Fixture f;
    f.scheduler.schedule(at(QStringLiteral("a"), Start.addSecs(600)));
    CHECK_FALSE(f.scheduler.showsNotificationsItself());

    f.now = Start.addSecs(599);
    f.settle();
    CHECK(f.fired.isEmpty());
    CHECK(f.keys() == QStringList{QStringLiteral("a")});

    f.now = Start.addSecs(600);
    REQUIRE(waitUntil([&] { return !f.fired.isEmpty(); }));
    f.now = Start.addSecs(3600);
    f.settle();
    CHECK(f.fired == QStringList{QStringLiteral("a")});
    CHECK(f.scheduler.scheduled().isEmpty());
}

TEST_CASE("A clock jump forward fires everything now due, in time order", "[scheduler]")
{
    Fixture f;
    f.scheduler.schedule(at(QStringLiteral("later"), Start.addSecs(7200)));
    f.scheduler.schedule(at(QStringLiteral("soon"), Start.addSecs(3600)));
    f.scheduler.schedule(at(QStringLiteral("in-three-days"), Start.addDays(3)));

    f.now = Start.addDays(1); // a resume from suspend, or the clock set forward
    REQUIRE(waitUntil([&] { return f.fired.size() == 2; }));
    f.settle();
    CHECK(f.fired == QStringList{QStringLiteral("soon"), QStringLiteral("later")});
    CHECK(f.keys() == QStringList{QStringLiteral("in-three-days")});
}

TEST_CASE("A clock set backwards fires nothing early", "[scheduler]")
{
    Fixture f;
    f.scheduler.schedule(at(QStringLiteral("a"), Start.addSecs(3600)));
    f.now = Start.addDays(-1);
    f.settle();
    CHECK(f.fired.isEmpty());
    f.now = Start.addSecs(3600);
    REQUIRE(waitUntil([&] { return f.fired.size() == 1; }));
}

TEST_CASE("A cancelled nudge never fires", "[scheduler]")
{
    Fixture f;
    f.scheduler.schedule(at(QStringLiteral("a"), Start.addSecs(60)));
    f.scheduler.schedule(at(QStringLiteral("b"), Start.addSecs(60)));
    f.scheduler.cancel(QStringLiteral("a"));
    CHECK(f.keys() == QStringList{QStringLiteral("b")});

    f.now = Start.addSecs(120);
    REQUIRE(waitUntil([&] { return !f.fired.isEmpty(); }));
    f.settle();
    CHECK(f.fired == QStringList{QStringLiteral("b")});
}

TEST_CASE("Scheduling a key again moves it", "[scheduler]")
{
    Fixture f;
    f.scheduler.schedule(at(QStringLiteral("a"), Start.addSecs(3600)));
    f.scheduler.schedule(at(QStringLiteral("a"), Start.addSecs(3 * 3600)));
    REQUIRE(f.scheduler.scheduled().size() == 1);
    CHECK(f.scheduler.scheduled().first().atUtc == Start.addSecs(3 * 3600));

    f.now = Start.addSecs(2 * 3600);
    f.settle();
    CHECK(f.fired.isEmpty());
    f.now = Start.addSecs(3 * 3600);
    REQUIRE(waitUntil([&] { return !f.fired.isEmpty(); }));
    f.settle();
    CHECK(f.fired == QStringList{QStringLiteral("a")});
}

TEST_CASE("The handler may cancel or reschedule the rest of a batch", "[scheduler]")
{
    Fixture f;
    f.scheduler.schedule(at(QStringLiteral("a"), Start.addSecs(60)));
    f.scheduler.schedule(at(QStringLiteral("b"), Start.addSecs(120)));
    f.scheduler.schedule(at(QStringLiteral("c"), Start.addSecs(180)));
    // Like the reconciler re-planning after a nudge: b goes, c moves to tomorrow.
    f.scheduler.setFiredHandler([&](const QString& key) {
        f.fired.append(key);
        if (key == QLatin1String("a")) {
            f.scheduler.cancel(QStringLiteral("b"));
            f.scheduler.schedule(at(QStringLiteral("c"), Start.addDays(1)));
        }
    });

    f.now = Start.addSecs(3600);
    REQUIRE(waitUntil([&] { return !f.fired.isEmpty(); }));
    f.settle();
    CHECK(f.fired == QStringList{QStringLiteral("a")});
    CHECK(f.keys() == QStringList{QStringLiteral("c")});
}

TEST_CASE("On the real clock a nudge a moment away fires on time", "[scheduler]")
{
    // The app's own settings: the wall clock, looked at every minute at the latest.
    InProcessNudgeScheduler scheduler([] { return QDateTime::currentDateTimeUtc(); });
    QElapsedTimer elapsed;
    qint64 firedAfter = -1;
    scheduler.setFiredHandler([&](const QString&) { firedAfter = elapsed.elapsed(); });

    elapsed.start();
    scheduler.schedule(at(QStringLiteral("a"), QDateTime::currentDateTimeUtc().addMSecs(400)));
    REQUIRE(waitUntil([&] { return firedAfter >= 0; }, 5000));
    CHECK(firedAfter >= 390);
    CHECK(firedAfter < 2000);
}
