// AttemptCountdown: the one countdown behind the unlock page, the re-asks and the keys page. It
// follows the throttle's wait a second at a time, says when it changes, and stops at zero.

#include "AttemptCountdown.h"
#include "ManualClock.h"

#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;

TEST_CASE("The countdown follows the throttle's wait down to zero, then stops", "[countdown]")
{
    test::ManualClock clock;
    AttemptThrottle throttle(clock);
    AttemptCountdown countdown(&throttle);
    QSignalSpy changes(&countdown, &AttemptCountdown::changed);
    CHECK(countdown.refresh());
    CHECK(countdown.seconds() == 0);
    CHECK(changes.isEmpty());

    for (int i = 0; i <= AttemptThrottle::FreeFailures; ++i)
        throttle.recordFailure();
    CHECK_FALSE(countdown.refresh());
    CHECK(countdown.seconds() == 5);
    CHECK(changes.size() == 1);
    CHECK(AttemptCountdown::message(countdown.seconds()).contains(QLatin1String("5")));

    clock.advanceSecs(2); // the next tick reads the throttle again by itself
    REQUIRE(changes.wait(2500));
    CHECK(countdown.seconds() == 3);

    clock.advanceSecs(3);
    REQUIRE(changes.wait(2500));
    CHECK(countdown.seconds() == 0);
    CHECK(countdown.refresh());
    const auto seen = changes.size();
    CHECK_FALSE(changes.wait(1500)); // stopped: no more ticks once the wait is over
    CHECK(changes.size() == seen);
}

TEST_CASE("Without a throttle there is never a wait", "[countdown]")
{
    AttemptCountdown countdown;
    CHECK(countdown.refresh());
    CHECK(countdown.seconds() == 0);
    test::ManualClock clock;
    AttemptThrottle throttle(clock);
    for (int i = 0; i <= AttemptThrottle::FreeFailures; ++i)
        throttle.recordFailure();
    QSignalSpy changes(&countdown, &AttemptCountdown::changed);
    countdown.setThrottle(&throttle);
    CHECK(countdown.seconds() == 5);
    CHECK(changes.size() == 1);
}
