#pragma once

#include <chrono>
#include <cstdio>

// Both first-frame children report their phases the same way, header-only so the bare child
// links nothing beyond Qt Quick (a library would weigh on the baseline's start-up).
namespace debrief::bench {

// "T <phase> <steady_clock ns>": the parent's steady_clock is the same CLOCK_MONOTONIC, so it
// can place each phase on its own timeline (spawn = 0).
inline void mark(const char* phase)
{
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                        std::chrono::steady_clock::now().time_since_epoch())
                        .count();
    std::printf("T %s %lld\n", phase, static_cast<long long>(ns));
    std::fflush(stdout);
}

} // namespace debrief::bench
