// AttemptThrottle: wrong secrets earn growing delays after a few free tries, capped; a right one
// resets; the state survives a restart through its JSON and a clock set back cannot lock a
// person out for longer than the delay.

#include "core/AttemptThrottle.h"
#include "ManualClock.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;

TEST_CASE("The first wrong attempts are free, then each delay doubles up to the cap")
{
    test::ManualClock clock;
    AttemptThrottle throttle(clock);
    for (int i = 0; i < AttemptThrottle::FreeFailures; ++i) {
        throttle.recordFailure();
        CHECK(throttle.waitMs() == 0);
    }
    throttle.recordFailure();
    CHECK(throttle.waitMs() == 5'000);
    clock.advanceSecs(5);
    CHECK(throttle.waitMs() == 0);
    throttle.recordFailure();
    CHECK(throttle.waitMs() == 10'000);
    clock.advanceSecs(3);
    CHECK(throttle.waitMs() == 7'000);
    CHECK(throttle.waitSeconds() == 7);
    clock.setNow(clock.nowUtc().addMSecs(500));
    CHECK(throttle.waitSeconds() == 7); // 6.5 s left still shows as 7
    throttle.recordFailure();
    CHECK(throttle.waitMs() == 20'000);
    CHECK(AttemptThrottle::delayAfter(40) == AttemptThrottle::MaxDelayMs);
    CHECK(AttemptThrottle::delayAfter(1000) == AttemptThrottle::MaxDelayMs);
}

TEST_CASE("A right secret resets the count")
{
    test::ManualClock clock;
    AttemptThrottle throttle(clock);
    for (int i = 0; i < 6; ++i)
        throttle.recordFailure();
    REQUIRE(throttle.waitMs() > 0);
    throttle.recordSuccess();
    CHECK(throttle.failures() == 0);
    CHECK(throttle.waitMs() == 0);
    throttle.recordFailure();
    CHECK(throttle.waitMs() == 0);
}

TEST_CASE("The delay survives a restart through the persisted state")
{
    test::ManualClock clock;
    QByteArray stored;
    {
        AttemptThrottle throttle(clock);
        throttle.setPersist([&stored](const QByteArray& json) { stored = json; });
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure();
    }
    REQUIRE_FALSE(stored.isEmpty());
    clock.advanceSecs(4);
    AttemptThrottle restarted(clock);
    restarted.restore(stored);
    CHECK(restarted.failures() == 5);
    CHECK(restarted.waitMs() == 6'000);
}

TEST_CASE("A clock set back or a damaged state does not lock anyone out for longer")
{
    test::ManualClock clock;
    AttemptThrottle throttle(clock);
    for (int i = 0; i < 4; ++i)
        throttle.recordFailure();
    clock.advanceSecs(-86'400);
    CHECK(throttle.waitMs() == 5'000);

    AttemptThrottle damaged(clock);
    damaged.restore(QByteArrayLiteral("{\"failures\":4,\"lastFailureUtc\":\"not a time\"}"));
    CHECK(damaged.waitMs() == 5'000);
    AttemptThrottle garbage(clock);
    garbage.restore(QByteArrayLiteral("\x01\x02 not json"));
    CHECK(garbage.failures() == 0);
    CHECK(garbage.waitMs() == 0);
}

TEST_CASE("A state file with the largest count still earns the longest delay, never an overflow")
{
    // Found by fuzz/attempt_state_fuzz: one more failure after this state overflowed the int.
    test::ManualClock clock;
    AttemptThrottle throttle(clock);
    throttle.restore(QByteArrayLiteral("{\"failures\":2147483647}"));
    CHECK(throttle.failures() == 2147483647);
    throttle.recordFailure();
    CHECK(throttle.failures() == 2147483647);
    CHECK(throttle.waitMs() == AttemptThrottle::MaxDelayMs);
}
