#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace debrief {

// A local wall-clock time to the instant it names, decided the same way in every zone: a time
// that does not exist (spring-forward gap) moves forward by the gap; a time that happens twice
// (fall-back overlap) is its first occurrence. Returns UTC.
QDateTime resolveLocalTime(const QDate& date, const QTime& time, const QTimeZone& zone);

} // namespace debrief
