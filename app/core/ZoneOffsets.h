#pragma once

#include <QDate>
#include <QTime>
#include <QTimeZone>
#include <QVector>
#include <algorithm>
#include <limits>

namespace debrief {

// Milliseconds in a day, and the arithmetic of "local milliseconds": a wall-clock time counted
// like UTC milliseconds since the epoch (day 0 is 1970-01-01), so dates and times of day are
// plain integer division.
inline constexpr qint64 MsPerDay = 86400000;

inline qint64 localDayOf(qint64 localMs)
{
    return localMs >= 0 ? localMs / MsPerDay : -((-localMs + MsPerDay - 1) / MsPerDay);
}
inline int msOfDay(qint64 localMs)
{
    return int(localMs - localDayOf(localMs) * MsPerDay);
}
inline QDate dateOfLocalDay(qint64 day)
{
    return QDate::fromJulianDay(day + 2440588);
}
inline qint64 localDayOfDate(const QDate& date)
{
    return date.toJulianDay() - 2440588;
}

// The rule of resolveLocalTime on a wall time in local milliseconds, for any offset function
// (seconds east of UTC at an instant given in UTC milliseconds): a wall time that happens once is
// that instant; twice (fall-back overlap): the first; never (spring-forward gap): the wall time
// read with the offset before the gap, i.e. moved forward by the gap.
template <typename OffsetAt> qint64 resolveWallTime(qint64 localMs, OffsetAt&& offsetAt)
{
    // A zone's offset is less than a day, so the instant lies within a day either side, and the
    // offsets in force there are the only candidates (transitions are far more than a day apart).
    const int offsets[3] = {offsetAt(localMs - MsPerDay), offsetAt(localMs),
                            offsetAt(localMs + MsPerDay)};
    qint64 valid = std::numeric_limits<qint64>::max();
    qint64 forward = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 3; ++i) {
        if ((i >= 1 && offsets[i] == offsets[0]) || (i == 2 && offsets[2] == offsets[1]))
            continue; // each distinct offset once
        const qint64 utc = localMs - qint64(offsets[i]) * 1000;
        const qint64 wall = utc + qint64(offsetAt(utc)) * 1000;
        if (wall == localMs)
            valid = std::min(valid, utc);
        else if (wall > localMs)
            forward = std::min(forward, utc);
    }
    if (valid != std::numeric_limits<qint64>::max())
        return valid;
    if (forward != std::numeric_limits<qint64>::max())
        return forward;
    return localMs - qint64(offsets[0]) * 1000;
}

// A time zone's UTC offsets, asked of QTimeZone once per stretch between two transitions and then
// found by a binary search, so planning thousands of local times stays cheap.
class ZoneOffsets
{
public:
    explicit ZoneOffsets(const QTimeZone& zone);

    // Seconds east of UTC at an instant (UTC milliseconds since the epoch). 0 for an invalid zone.
    int offsetAt(qint64 utcMs);
    // The wall-clock time of an instant, in local milliseconds.
    qint64 toLocal(qint64 utcMs) { return utcMs + qint64(offsetAt(utcMs)) * 1000; }
    // A wall-clock time to its instant, as resolveLocalTime decides it.
    qint64 toUtc(qint64 localMs)
    {
        return resolveWallTime(localMs, [this](qint64 ms) { return offsetAt(ms); });
    }
    qint64 toUtc(qint64 localDay, const QTime& time)
    {
        return toUtc(localDay * MsPerDay + time.msecsSinceStartOfDay());
    }

private:
    struct Span // [fromMs, toMs): one offset
    {
        qint64 fromMs;
        qint64 toMs;
        int offset;
    };
    const Span& lookUp(qint64 utcMs);

    QTimeZone m_zone;
    bool m_fixed = false; // no transitions: one offset for all time
    int m_fixedOffset = 0;
    QVector<Span> m_spans; // by fromMs, disjoint
    int m_last = -1;       // the span found last (most look-ups are near each other)
};

} // namespace debrief
