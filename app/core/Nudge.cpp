#include "core/Nudge.h"

namespace debrief {

std::optional<NudgeKind> nudgeKindFromStorage(qint64 value)
{
    if (value < qint64(NudgeKind::Analyse) || value > qint64(NudgeKind::Waiting))
        return std::nullopt;
    return NudgeKind(value);
}

std::optional<ParsedNudgeKey> parseNudgeKey(const QString& key)
{
    const QStringList parts = key.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    bool ok = false;
    const std::optional<NudgeKind> kind = nudgeKindFromStorage(parts[0].toLongLong(&ok));
    if (!ok || !kind)
        return std::nullopt;
    parts[2].toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    ParsedNudgeKey parsed;
    parsed.kind = *kind;
    for (QStringView id : QStringView(parts[1]).split(QLatin1Char(','))) {
        const ReflectionId value = id.toLongLong(&ok);
        if (!ok || value <= 0 || (!parsed.entries.isEmpty() && value <= parsed.entries.last()))
            return std::nullopt; // ids are positive and strictly ascending
        parsed.entries.append(value);
    }
    const bool single = *kind != NudgeKind::WeeklyReview && *kind != NudgeKind::Waiting;
    if (single && parsed.entries.size() != 1)
        return std::nullopt;
    return parsed;
}

} // namespace debrief
