#include "vault/LoopRows.h"

#include "vault/Database.h"
#include "vault/Statement.h"

#include <sqlite3.h>

namespace debrief::looprows {

LocalMoment momentFrom(const Statement& q, int utcColumn, int tzColumn)
{
    if (q.isNull(utcColumn))
        return {};
    return {QDateTime::fromMSecsSinceEpoch(q.int64(utcColumn), Qt::UTC), q.bytes(tzColumn)};
}

Statement& bindMoment(Statement& q, int utcIndex, const LocalMoment& when)
{
    return q.bind(utcIndex, when.utc.toMSecsSinceEpoch()).bind(utcIndex + 1, when.timeZoneId);
}

Statement& bindOptionalId(Statement& q, int index, qint64 id)
{
    return id > 0 ? q.bind(index, id) : q.bindNull(index);
}

Lesson lessonFrom(const Statement& q)
{
    Lesson l;
    l.id = q.int64(0);
    l.reflectionId = q.int64(1);
    l.stage = stageFromStorage(q.int64(2)).value_or(Stage::Apply);
    l.text = q.text(3);
    l.created = momentFrom(q, 4, 5);
    l.updated = momentFrom(q, 6, 7);
    return l;
}

Experiment experimentFrom(const Statement& q)
{
    Experiment e;
    e.id = q.int64(0);
    e.reflectionId = q.int64(1);
    e.changeId = q.isNull(2) ? 0 : q.int64(2);
    e.hypothesis = q.text(3);
    e.action = q.text(4);
    e.checkDate = q.isNull(5) ? QDate() : QDate::fromString(q.text(5), Qt::ISODate);
    e.signal = q.text(6);
    e.result = q.text(7);
    e.decision = experimentDecisionFromStorage(q.int64(8)).value_or(ExperimentDecision::None);
    e.status = q.int64(9) == qint64(ExperimentStatus::Checked) ? ExperimentStatus::Checked
                                                               : ExperimentStatus::Open;
    e.created = momentFrom(q, 10, 11);
    e.checked = momentFrom(q, 12, 13);
    return e;
}

Statement& bindDate(Statement& q, int index, const QDate& date)
{
    return date.isValid() ? q.bind(index, date.toString(Qt::ISODate)) : q.bindNull(index);
}

VaultError writeAnswer(Database& db, ReflectionId id, const StageAnswers::Entry& a,
                       const LocalMoment& when)
{
    if (a.answer.isEmpty()) {
        Statement q(db, "DELETE FROM stage_answers WHERE reflection_id = ?1 AND prompt_id = ?2 "
                        "AND field = ?3;");
        return q.bind(1, id).bind(2, a.promptId).bind(3, a.field).run();
    }
    Statement q(db, "INSERT INTO stage_answers (reflection_id, prompt_id, field, prompt_version, "
                    "text, value, updated_utc, updated_tz) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                    "ON CONFLICT (reflection_id, prompt_id, field) DO UPDATE SET "
                    "prompt_version = excluded.prompt_version, text = excluded.text, "
                    "value = excluded.value, updated_utc = excluded.updated_utc, "
                    "updated_tz = excluded.updated_tz;");
    q.bind(1, id)
        .bind(2, a.promptId)
        .bind(3, a.field)
        .bind(4, qint64(a.answer.promptVersion))
        .bind(5, a.answer.text)
        .bind(6, qint64(a.answer.value));
    return bindMoment(q, 7, when).run();
}

VaultError insertLesson(Database& db, const Lesson& l, LessonId* newId)
{
    Statement q(db, "INSERT INTO lessons (id, reflection_id, stage, text, created_utc, created_tz, "
                    "updated_utc, updated_tz) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);");
    bindOptionalId(q, 1, l.id).bind(2, l.reflectionId).bind(3, qint64(l.stage)).bind(4, l.text);
    bindMoment(q, 5, l.created);
    if (VaultError e = bindMoment(q, 7, l.updated).run())
        return e;
    *newId = sqlite3_last_insert_rowid(db.handle());
    return {};
}

VaultError insertChange(Database& db, const PossibleChange& c, int position, ChangeId* newId)
{
    Statement q(db, "INSERT INTO possible_changes (id, reflection_id, position, text, impact, "
                    "feasibility) VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
    bindOptionalId(q, 1, c.id).bind(2, c.reflectionId).bind(3, qint64(position)).bind(4, c.text);
    if (VaultError e = q.bindReal(5, PossibleChange::clampRating(c.impact))
                           .bindReal(6, PossibleChange::clampRating(c.feasibility))
                           .run())
        return e;
    *newId = sqlite3_last_insert_rowid(db.handle());
    return {};
}

VaultError insertExperiment(Database& db, const Experiment& x, ExperimentId* newId)
{
    Statement q(db, "INSERT INTO experiments (id, reflection_id, change_id, hypothesis, action, "
                    "check_date, signal, result, decision, status, created_utc, created_tz, "
                    "checked_utc, checked_tz, updated_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                    "?8, ?9, ?10, ?11, ?12, ?13, ?14, max(?11, coalesce(?13, 0)));");
    bindOptionalId(q, 1, x.id).bind(2, x.reflectionId);
    bindOptionalId(q, 3, x.changeId).bind(4, x.hypothesis).bind(5, x.action);
    bindDate(q, 6, x.checkDate)
        .bind(7, x.signal)
        .bind(8, x.result)
        .bind(9, qint64(x.decision))
        .bind(10, qint64(x.status));
    bindMoment(q, 11, x.created);
    if (x.checked.utc.isValid())
        bindMoment(q, 13, x.checked);
    else
        q.bindNull(13).bindNull(14);
    if (VaultError e = q.run())
        return e;
    *newId = sqlite3_last_insert_rowid(db.handle());
    return {};
}

VaultError insertTransition(Database& db, ReflectionId id, const StageTransition& t)
{
    Statement q(db, "INSERT INTO stage_transitions (id, reflection_id, kind, from_stage, to_stage, "
                    "reason, at_utc, at_tz) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);");
    bindOptionalId(q, 1, t.id)
        .bind(2, id)
        .bind(3, qint64(t.kind))
        .bind(4, qint64(t.from))
        .bind(5, qint64(t.to))
        .bind(6, t.reason);
    return bindMoment(q, 7, t.at).run();
}

} // namespace debrief::looprows
