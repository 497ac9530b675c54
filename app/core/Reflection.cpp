#include "core/Reflection.h"

#include <QStringView>

namespace debrief {

LocalMoment LocalMoment::fromDateTime(const QDateTime& when)
{
    LocalMoment m;
    m.utc = when.toUTC();
    QTimeZone zone = when.timeZone();
    if (when.timeSpec() == Qt::LocalTime)
        zone = QTimeZone::systemTimeZone();
    m.timeZoneId = zone.isValid() ? zone.id() : QByteArrayLiteral("UTC");
    return m;
}

QDateTime LocalMoment::local() const
{
    const QTimeZone zone(timeZoneId);
    return zone.isValid() ? utc.toTimeZone(zone) : utc;
}

QString firstLineOf(const QString& text, int maxChars)
{
    const auto lines = QStringView(text).split(u'\n');
    for (const auto& line : lines) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.size() <= maxChars)
            return trimmed.toString();
        QStringView kept = trimmed.left(maxChars - 1);
        if (!kept.isEmpty() && kept.back().isHighSurrogate())
            kept.chop(1); // never cut a character in two
        return kept.toString() + QChar(0x2026);
    }
    return {};
}

} // namespace debrief
