#pragma once

// How Catch2 prints the nudge types, and small builders for the planner's inputs (shared by the
// planner, local time and nudge text tests).

#include "core/LocalTime.h"
#include "core/Nudge.h"

#include <QDateTime>
#include <QTimeZone>
#include <catch2/catch_tostring.hpp>

namespace debrief::test {

inline const char* nudgeKindName(NudgeKind kind)
{
    switch (kind) {
    case NudgeKind::Analyse:
        return "Analyse";
    case NudgeKind::Experiment:
        return "Experiment";
    case NudgeKind::CheckIn:
        return "CheckIn";
    case NudgeKind::NextRisk:
        return "NextRisk";
    case NudgeKind::WeeklyReview:
        return "WeeklyReview";
    case NudgeKind::Waiting:
        return "Waiting";
    }
    return "?";
}

// An instant written as ISO 8601 UTC, e.g. utc("2026-03-02T10:00").
inline QDateTime utc(const char* iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return QDateTime(t.date(), t.time(), Qt::UTC);
}

inline QTimeZone zone(const char* ianaId)
{
    return QTimeZone(QByteArray(ianaId));
}

} // namespace debrief::test

namespace Catch {

template <> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& t)
    {
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs).toStdString() : "(invalid)";
    }
};

template <> struct StringMaker<debrief::NudgeKind>
{
    static std::string convert(debrief::NudgeKind k) { return debrief::test::nudgeKindName(k); }
};

} // namespace Catch
