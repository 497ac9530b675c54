// libFuzzer target for the unlock throttle's state file (SECURITY.md RE-4): attempts.json sits
// next to the vault, so a vault folder copied from elsewhere or a damaged disk hands any bytes
// to AttemptThrottle::restore. Nothing may crash or overflow (UBSan watches); the wait is never
// negative nor longer than the longest delay, even after one more failure; the state writes back
// as JSON that restores to the same count.

#include "core/AttemptThrottle.h"

#include <cstddef>
#include <cstdint>

using namespace debrief;

namespace {

// A fixed "now", so a run does not depend on the day it runs.
class FixedClock final : public Clock
{
public:
    QDateTime nowUtc() const override
    {
        return QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    }
    QTimeZone timeZone() const override { return QTimeZone::utc(); }
};

bool waitInRange(const AttemptThrottle& throttle)
{
    const qint64 wait = throttle.waitMs();
    return wait >= 0 && wait <= AttemptThrottle::MaxDelayMs;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const FixedClock clock;
    AttemptThrottle throttle(clock);
    throttle.restore(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (throttle.failures() < 0 || !waitInRange(throttle))
        __builtin_trap();
    AttemptThrottle again(clock);
    again.restore(throttle.toJson());
    if (again.failures() != throttle.failures())
        __builtin_trap();
    throttle.recordFailure();
    if (throttle.failures() <= 0 || !waitInRange(throttle))
        __builtin_trap();
    return 0;
}
