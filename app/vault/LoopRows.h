#pragma once

#include "core/Experiment.h"
#include "core/Lesson.h"
#include "core/LocalTime.h"
#include "core/LoopRecord.h"
#include "core/PossibleChange.h"
#include "core/StageAnswers.h"
#include "vault/VaultError.h"

namespace debrief {

class Database;
class Statement;

// Reading and writing one row of the loop's tables (answers, lessons, changes, experiments,
// transitions), shared by LoopStore's reads, its changes and its restore.
namespace looprows {

// The columns lessonFrom() and experimentFrom() read, in their order (tables aliased l and e).
#define LOOPROWS_LESSON_COLUMNS                                                                    \
    "l.id, l.reflection_id, l.stage, l.text, l.created_utc, l.created_tz, l.updated_utc, "         \
    "l.updated_tz"
#define LOOPROWS_EXPERIMENT_COLUMNS                                                                \
    "e.id, e.reflection_id, e.change_id, e.hypothesis, e.action, e.check_date, e.signal, "         \
    "e.result, e.decision, e.status, e.created_utc, e.created_tz, e.checked_utc, e.checked_tz"

LocalMoment momentFrom(const Statement& q, int utcColumn, int tzColumn);
Statement& bindMoment(Statement& q, int utcIndex, const LocalMoment& when);
// id 0 or less: NULL, so SQLite picks the id.
Statement& bindOptionalId(Statement& q, int index, qint64 id);
Statement& bindDate(Statement& q, int index, const QDate& date);

Lesson lessonFrom(const Statement& q);
Experiment experimentFrom(const Statement& q);

// An empty answer deletes the row.
VaultError writeAnswer(Database& db, ReflectionId id, const StageAnswers::Entry& a,
                       const LocalMoment& when);
VaultError insertLesson(Database& db, const Lesson& l, LessonId* newId);
VaultError insertChange(Database& db, const PossibleChange& c, int position, ChangeId* newId);
VaultError insertExperiment(Database& db, const Experiment& x, ExperimentId* newId);
VaultError insertTransition(Database& db, ReflectionId id, const StageTransition& t);

} // namespace looprows
} // namespace debrief
