#pragma once

#include "core/Experiment.h"
#include "core/LoopPolicy.h"

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace debrief {

// How the loop's values reach QML, shared by the loop controller and the lists: dates as
// 'YYYY-MM-DD' strings (no time-zone shifts through JavaScript Date) with a readable label,
// step states and decisions as stable keys.
namespace looptext {

QString isoDate(const QDate& date);            // "" when invalid
QDate parseIsoDate(const QString& text);       // invalid unless exactly YYYY-MM-DD
QString dateLabel(const QDate& date);          // in the person's locale; "" when invalid
QString stepStateKey(LoopPolicy::StepState s); // "done", "skipped", "current", "upcoming"
// An experiment as a map for QML (see notes/loop-api.md): ids, texts, checkDate (ISO),
// checkDateLabel, daysLeft (null without a date), overdue, signalText, decision, decisionKey,
// decisionLabel, checked, planned.
QVariantMap experimentMap(const Experiment& experiment, const QDate& today);

} // namespace looptext
} // namespace debrief
