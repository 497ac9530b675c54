// AutoLockPolicy: the vault locks after the chosen time without input or in the background,
// never during a recording (then right after it), and not at all with automatic locking off.

#include "core/AutoLockPolicy.h"
#include "ManualClock.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;

namespace {
constexpr qint64 FiveMinutesMs = 5 * 60'000;
}

TEST_CASE("Idle for the chosen time locks; input starts the time again", "[autolock]")
{
    test::ManualClock clock;
    AutoLockPolicy policy(clock);
    policy.setTimeoutMs(FiveMinutesMs);
    CHECK_FALSE(policy.shouldLock());
    CHECK(policy.msUntilLock() == FiveMinutesMs);
    clock.advanceSecs(4 * 60);
    CHECK_FALSE(policy.shouldLock());
    CHECK(policy.msUntilLock() == 60'000);
    policy.inputSeen();
    clock.advanceSecs(4 * 60 + 59);
    CHECK_FALSE(policy.shouldLock());
    clock.advanceSecs(1);
    CHECK(policy.shouldLock());
    CHECK(policy.msUntilLock() == 0);
}

TEST_CASE("In the background for the chosen time locks", "[autolock]")
{
    test::ManualClock clock;
    AutoLockPolicy policy(clock);
    policy.setTimeoutMs(FiveMinutesMs);
    clock.advanceSecs(3 * 60); // reading, no input
    policy.setInBackground(true);
    clock.advanceSecs(4 * 60);
    CHECK_FALSE(policy.shouldLock()); // 4 minutes in the background
    clock.advanceSecs(60);
    CHECK(policy.shouldLock());
    // Back in front after the time: still locks (the timer may not have run while suspended).
    policy.setInBackground(false);
    CHECK(policy.shouldLock());
}

TEST_CASE("A recording defers the lock until it ends", "[autolock]")
{
    test::ManualClock clock;
    AutoLockPolicy policy(clock);
    policy.setTimeoutMs(FiveMinutesMs);
    policy.setRecording(true);
    clock.advanceSecs(20 * 60);
    CHECK_FALSE(policy.shouldLock());
    CHECK(policy.msUntilLock() == -1);
    policy.setInBackground(true);
    clock.advanceSecs(10 * 60);
    CHECK_FALSE(policy.shouldLock());
    policy.setRecording(false); // saved
    CHECK(policy.shouldLock());
}

TEST_CASE("Automatic locking off never locks; an unlock starts the time again", "[autolock]")
{
    test::ManualClock clock;
    AutoLockPolicy policy(clock);
    clock.advanceSecs(24 * 3600);
    CHECK_FALSE(policy.shouldLock());
    CHECK(policy.msUntilLock() == -1);
    policy.setTimeoutMs(60'000);
    CHECK(policy.shouldLock());
    policy.restart();
    CHECK_FALSE(policy.shouldLock());
    CHECK(policy.msUntilLock() == 60'000);
}
