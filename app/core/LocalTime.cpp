#include "core/LocalTime.h"

#include "core/ZoneOffsets.h"

namespace debrief {

QDateTime resolveLocalTime(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    if (!date.isValid() || !time.isValid())
        return {};
    // Offsets asked of the zone at candidate instants; QDateTime's own gap handling is not used
    // (it has changed between Qt versions).
    auto offsetAt = [&zone](qint64 utcMs) {
        return zone.isValid() ? zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))
                              : 0;
    };
    const qint64 localMs = localDayOfDate(date) * MsPerDay + time.msecsSinceStartOfDay();
    return QDateTime::fromMSecsSinceEpoch(resolveWallTime(localMs, offsetAt), Qt::UTC);
}

} // namespace debrief
