#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace debrief {

// Where "now" and "here" come from. Planning code takes them as arguments; services that need
// them at run time hold a Clock, so tests can move time and travel between zones.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    virtual QTimeZone timeZone() const = 0;
};

// The machine's clock and time zone.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    QTimeZone timeZone() const override { return QTimeZone::systemTimeZone(); }
};

} // namespace debrief
