#pragma once

#include "core/Clock.h"

namespace debrief::test {

// A clock the test moves by hand: starts at the real now (so times the stores write with the
// real clock line up), in the zone given.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QTimeZone zone = QTimeZone("Europe/London"))
        : m_now(QDateTime::currentDateTimeUtc())
        , m_zone(std::move(zone))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    QTimeZone timeZone() const override { return m_zone; }
    void setNow(const QDateTime& utc) { m_now = utc.toUTC(); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};

} // namespace debrief::test
