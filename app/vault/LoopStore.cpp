#include "vault/LoopStore.h"

#include "core/Clock.h"
#include "core/Recording.h"
#include "vault/Database.h"
#include "vault/FtsQuery.h"
#include "vault/LoopRows.h"
#include "vault/ReflectionStore.h"
#include "vault/SearchIndex.h"
#include "vault/Statement.h"
#include "vault/Transaction.h"

#include <sqlite3.h>

namespace debrief {

namespace {

using namespace looprows;

constexpr qint64 ClosedStage = qint64(Stage::Closed);

VaultError notFoundOr(const Statement& q)
{
    return q.error() ? q.error() : VaultError(VaultError::Kind::NotFound);
}

// The reflection a loop row belongs to (table is one of ours, never user input).
std::optional<ReflectionId> ownerOf(Database& db, const char* sql, qint64 rowId, VaultError* error)
{
    Statement q(db, sql);
    q.bind(1, rowId);
    if (q.next())
        return q.int64(0);
    *error = notFoundOr(q);
    return std::nullopt;
}

VaultError requireReflection(Database& db, ReflectionId id)
{
    Statement q(db, "SELECT 1 FROM reflections WHERE id = ?1;");
    q.bind(1, id);
    return q.next() ? VaultError() : notFoundOr(q);
}

// Runs change in one transaction with the owning reflection's index entry taken out and put
// back around it.
template <typename Change>
VaultError changeOwnedRow(Database& db, const char* ownerSql, qint64 rowId, Change change)
{
    return inTransaction(db, [&]() -> VaultError {
        VaultError e;
        const auto owner = ownerOf(db, ownerSql, rowId, &e);
        if (!owner)
            return e;
        return SearchIndex(db).around(*owner, change);
    });
}

constexpr char LessonOwner[] = "SELECT reflection_id FROM lessons WHERE id = ?1;";
constexpr char ChangeOwner[] = "SELECT reflection_id FROM possible_changes WHERE id = ?1;";
constexpr char ExperimentOwner[] = "SELECT reflection_id FROM experiments WHERE id = ?1;";

} // namespace

LoopStore::LoopStore(Database& db)
    : m_db(db)
{
    static const SystemClock system;
    m_clock = &system;
}

std::optional<LoopRecord> LoopStore::load(ReflectionId id, VaultError* error) const
{
    LoopRecord r;
    r.reflectionId = id;
    {
        // A bare voice note counts as a capture: its main recording (prompt_id '').
        Statement q(m_db, "SELECT stage, failure_type, spectrum_point, text <> '' OR EXISTS ("
                          "SELECT 1 FROM recordings rec WHERE rec.reflection_id = r.id AND "
                          "rec.prompt_id = '') FROM reflections r WHERE id = ?1;");
        q.bind(1, id);
        if (!q.next()) {
            *error = notFoundOr(q);
            return std::nullopt;
        }
        r.stage = stageFromStorage(q.int64(0)).value_or(Stage::Detect);
        r.failureType = failureTypeFromStorage(q.int64(1)).value_or(FailureType::Unknown);
        r.spectrumPoint = spectrumPointFromStorage(q.int64(2)).value_or(SpectrumPoint::None);
        r.hasCapture = q.int64(3) != 0;
    }
    {
        Statement q(m_db, "SELECT prompt_id, field, text, value, prompt_version, updated_utc, "
                          "updated_tz FROM stage_answers WHERE reflection_id = ?1;");
        q.bind(1, id);
        while (q.next())
            r.answers.set(q.text(0), q.text(1),
                          {q.text(2), int(q.int64(3)), int(q.int64(4)), momentFrom(q, 5, 6)});
        if ((*error = q.error()))
            return std::nullopt;
    }
    {
        // Spoken answers: recordings for a prompt, finished (or recovered after a crash).
        Statement q(m_db, "SELECT prompt_id, duration_ms FROM recordings WHERE reflection_id = ?1 "
                          "AND prompt_id <> '' AND state <> ?2;");
        q.bind(1, id).bind(2, qint64(RecordingState::Recording));
        while (q.next())
            r.spokenAnswers.insert(q.text(0), q.int64(1));
        if ((*error = q.error()))
            return std::nullopt;
    }
    {
        Statement q(m_db,
                    "SELECT " LOOPROWS_LESSON_COLUMNS " FROM lessons l WHERE l.reflection_id = ?1 "
                    "ORDER BY l.id;");
        q.bind(1, id);
        while (q.next())
            r.lessons.append(lessonFrom(q));
        if ((*error = q.error()))
            return std::nullopt;
    }
    {
        Statement q(m_db, "SELECT id, text, impact, feasibility FROM possible_changes WHERE "
                          "reflection_id = ?1 ORDER BY position, id;");
        q.bind(1, id);
        while (q.next())
            r.changes.append({q.int64(0), id, q.text(1), q.real(2), q.real(3)});
        if ((*error = q.error()))
            return std::nullopt;
    }
    {
        Statement q(m_db, "SELECT " LOOPROWS_EXPERIMENT_COLUMNS " FROM experiments e WHERE "
                          "e.reflection_id = ?1 ORDER BY e.id;");
        q.bind(1, id);
        while (q.next())
            r.experiments.append(experimentFrom(q));
        if ((*error = q.error()))
            return std::nullopt;
    }
    {
        Statement q(m_db, "SELECT id, kind, from_stage, to_stage, reason, at_utc, at_tz FROM "
                          "stage_transitions WHERE reflection_id = ?1 ORDER BY id;");
        q.bind(1, id);
        while (q.next()) {
            StageTransition t;
            t.id = q.int64(0);
            t.kind = transitionKindFromStorage(q.int64(1)).value_or(TransitionKind::Advance);
            t.from = stageFromStorage(q.int64(2)).value_or(Stage::Detect);
            t.to = stageFromStorage(q.int64(3)).value_or(Stage::Detect);
            t.reason = q.text(4);
            t.at = momentFrom(q, 5, 6);
            r.transitions.append(t);
        }
        if ((*error = q.error()))
            return std::nullopt;
    }
    *error = {};
    return r;
}

LoopPolicy::Verdict LoopStore::transition(ReflectionId id, TransitionKind kind,
                                          const QString& reason, const LocalMoment& when,
                                          VaultError* error)
{
    LoopPolicy::Verdict verdict;
    *error = inTransaction(m_db, [&]() -> VaultError {
        VaultError e;
        const auto record = load(id, &e);
        if (!record)
            return e;
        verdict = LoopPolicy::check(*record, kind, reason);
        if (!verdict)
            return {};
        StageTransition t;
        t.kind = kind;
        t.from = record->stage;
        t.to = verdict.to;
        t.reason = LoopPolicy::normalizedReason(reason);
        t.at = when;
        return SearchIndex(m_db).around(id, [&]() -> VaultError {
            Statement q(m_db, "UPDATE reflections SET stage = ?2 WHERE id = ?1;");
            if (VaultError e = q.bind(1, id).bind(2, qint64(verdict.to)).run())
                return e;
            return insertTransition(m_db, id, t);
        });
    });
    if (*error)
        verdict = {false, verdict.to, error->message()};
    return verdict;
}

VaultError LoopStore::setAnswer(ReflectionId id, const QString& promptId, const QString& field,
                                const StageAnswer& answer, const LocalMoment& when)
{
    return setAnswers(id, {{promptId, field, answer}}, when);
}

VaultError LoopStore::setAnswers(ReflectionId id, const QVector<StageAnswers::Entry>& answers,
                                 const LocalMoment& when)
{
    return inTransaction(m_db, [&]() -> VaultError {
        if (VaultError e = requireReflection(m_db, id))
            return e;
        return SearchIndex(m_db).around(id, [&]() -> VaultError {
            for (const StageAnswers::Entry& a : answers) {
                if (VaultError e = writeAnswer(m_db, id, a, when))
                    return e;
            }
            return {};
        });
    });
}

VaultError LoopStore::setSpectrumPoint(ReflectionId id, SpectrumPoint point)
{
    return inTransaction(m_db, [&]() -> VaultError {
        if (VaultError e = requireReflection(m_db, id))
            return e;
        Statement q(m_db,
                    "UPDATE reflections SET spectrum_point = ?2, failure_type = ?3 WHERE id = ?1;");
        return q.bind(1, id).bind(2, qint64(point)).bind(3, qint64(failureTypeOf(point))).run();
    });
}

VaultError LoopStore::setFailureType(ReflectionId id, FailureType type)
{
    return inTransaction(m_db, [&]() -> VaultError {
        if (VaultError e = requireReflection(m_db, id))
            return e;
        VaultError e;
        const auto record = load(id, &e);
        if (!record)
            return e;
        // A point of another type no longer describes the entry.
        const bool keepPoint = failureTypeOf(record->spectrumPoint) == type;
        Statement q(m_db,
                    "UPDATE reflections SET failure_type = ?2, spectrum_point = ?3 WHERE id = ?1;");
        return q.bind(1, id)
            .bind(2, qint64(type))
            .bind(3, qint64(keepPoint ? record->spectrumPoint : SpectrumPoint::None))
            .run();
    });
}

LessonId LoopStore::addLesson(ReflectionId id, Stage stage, const QString& text,
                              const LocalMoment& when, VaultError* error)
{
    LessonId newId = 0;
    *error = inTransaction(m_db, [&]() -> VaultError {
        if (VaultError e = requireReflection(m_db, id))
            return e;
        return SearchIndex(m_db).around(id, [&] {
            return insertLesson(m_db, {0, id, stage, text, when, when}, &newId);
        });
    });
    return *error ? 0 : newId;
}

VaultError LoopStore::updateLesson(LessonId lesson, const QString& text, const LocalMoment& when)
{
    return changeOwnedRow(m_db, LessonOwner, lesson, [&] {
        Statement q(
            m_db, "UPDATE lessons SET text = ?2, updated_utc = ?3, updated_tz = ?4 WHERE id = ?1;");
        q.bind(1, lesson).bind(2, text);
        return bindMoment(q, 3, when).run();
    });
}

VaultError LoopStore::removeLesson(LessonId lesson)
{
    return changeOwnedRow(m_db, LessonOwner, lesson, [&] {
        Statement q(m_db, "DELETE FROM lessons WHERE id = ?1;");
        return q.bind(1, lesson).run();
    });
}

ChangeId LoopStore::addChange(ReflectionId id, const QString& text, double impact,
                              double feasibility, VaultError* error)
{
    ChangeId newId = 0;
    *error = inTransaction(m_db, [&]() -> VaultError {
        if (VaultError e = requireReflection(m_db, id))
            return e;
        Statement last(m_db, "SELECT coalesce(max(position) + 1, 0) FROM possible_changes WHERE "
                             "reflection_id = ?1;");
        last.bind(1, id);
        if (!last.next())
            return notFoundOr(last);
        const int position = int(last.int64(0));
        return SearchIndex(m_db).around(id, [&] {
            return insertChange(m_db, {0, id, text, impact, feasibility}, position, &newId);
        });
    });
    return *error ? 0 : newId;
}

VaultError LoopStore::updateChange(ChangeId change, const QString& text)
{
    return changeOwnedRow(m_db, ChangeOwner, change, [&] {
        Statement q(m_db, "UPDATE possible_changes SET text = ?2 WHERE id = ?1;");
        return q.bind(1, change).bind(2, text).run();
    });
}

VaultError LoopStore::rateChange(ChangeId change, double impact, double feasibility)
{
    // Ratings are not searchable text: no index work.
    return inTransaction(m_db, [&]() -> VaultError {
        VaultError e;
        if (!ownerOf(m_db, ChangeOwner, change, &e))
            return e;
        Statement q(m_db,
                    "UPDATE possible_changes SET impact = ?2, feasibility = ?3 WHERE id = ?1;");
        return q.bind(1, change)
            .bindReal(2, PossibleChange::clampRating(impact))
            .bindReal(3, PossibleChange::clampRating(feasibility))
            .run();
    });
}

VaultError LoopStore::removeChange(ChangeId change)
{
    return changeOwnedRow(m_db, ChangeOwner, change, [&] {
        Statement q(m_db, "DELETE FROM possible_changes WHERE id = ?1;");
        return q.bind(1, change).run();
    });
}

VaultError LoopStore::moveChange(ChangeId change, int position)
{
    // The order is not part of the index (the view lists changes by id): no index work.
    return inTransaction(m_db, [&]() -> VaultError {
        VaultError e;
        const auto owner = ownerOf(m_db, ChangeOwner, change, &e);
        if (!owner)
            return e;
        QVector<ChangeId> order;
        {
            Statement q(m_db, "SELECT id FROM possible_changes WHERE reflection_id = ?1 AND "
                              "id <> ?2 ORDER BY position, id;");
            q.bind(1, *owner).bind(2, change);
            while (q.next())
                order.append(q.int64(0));
            if (q.error())
                return q.error();
        }
        order.insert(std::clamp(position, 0, int(order.size())), change);
        Statement q(m_db, "UPDATE possible_changes SET position = ?2 WHERE id = ?1;");
        for (int i = 0; i < order.size(); ++i) {
            q.reset();
            if (VaultError e = q.bind(1, order.at(i)).bind(2, qint64(i)).run())
                return e;
        }
        return {};
    });
}

ExperimentId LoopStore::addExperiment(ReflectionId id, ChangeId change, const LocalMoment& when,
                                      VaultError* error)
{
    ExperimentId newId = 0;
    *error = inTransaction(m_db, [&]() -> VaultError {
        if (VaultError e = requireReflection(m_db, id))
            return e;
        Experiment x;
        x.reflectionId = id;
        x.changeId = change;
        x.created = when;
        return SearchIndex(m_db).around(id, [&] { return insertExperiment(m_db, x, &newId); });
    });
    return *error ? 0 : newId;
}

VaultError LoopStore::updateExperimentPlan(ExperimentId experiment, ChangeId change,
                                           const QString& hypothesis, const QString& action,
                                           const QDate& checkDate, const QString& signal)
{
    return changeOwnedRow(m_db, ExperimentOwner, experiment, [&] {
        Statement q(m_db, "UPDATE experiments SET change_id = ?2, hypothesis = ?3, action = ?4, "
                          "check_date = ?5, signal = ?6, updated_utc = ?7 WHERE id = ?1;");
        q.bind(1, experiment);
        bindOptionalId(q, 2, change).bind(3, hypothesis).bind(4, action);
        return bindDate(q, 5, checkDate)
            .bind(6, signal)
            .bind(7, m_clock->nowUtc().toMSecsSinceEpoch())
            .run();
    });
}

VaultError LoopStore::setExperimentResult(ExperimentId experiment, const QString& result)
{
    return changeOwnedRow(m_db, ExperimentOwner, experiment, [&] {
        Statement q(m_db, "UPDATE experiments SET result = ?2, updated_utc = ?3 WHERE id = ?1;");
        return q.bind(1, experiment)
            .bind(2, result)
            .bind(3, m_clock->nowUtc().toMSecsSinceEpoch())
            .run();
    });
}

VaultError LoopStore::decideExperiment(ExperimentId experiment, ExperimentDecision decision,
                                       const LocalMoment& when)
{
    return inTransaction(m_db, [&]() -> VaultError {
        VaultError e;
        if (!ownerOf(m_db, ExperimentOwner, experiment, &e))
            return e;
        if (decision == ExperimentDecision::None) {
            Statement q(m_db, "UPDATE experiments SET decision = 0, status = ?2, "
                              "checked_utc = NULL, checked_tz = NULL, updated_utc = ?3 "
                              "WHERE id = ?1;");
            return q.bind(1, experiment)
                .bind(2, qint64(ExperimentStatus::Open))
                .bind(3, when.utc.toMSecsSinceEpoch())
                .run();
        }
        Statement q(m_db, "UPDATE experiments SET decision = ?2, status = ?3, checked_utc = ?4, "
                          "checked_tz = ?5, updated_utc = ?4 WHERE id = ?1;");
        q.bind(1, experiment).bind(2, qint64(decision)).bind(3, qint64(ExperimentStatus::Checked));
        return bindMoment(q, 4, when).run();
    });
}

VaultError LoopStore::removeExperiment(ExperimentId experiment)
{
    return changeOwnedRow(m_db, ExperimentOwner, experiment, [&] {
        Statement q(m_db, "DELETE FROM experiments WHERE id = ?1;");
        return q.bind(1, experiment).run();
    });
}

QVector<LessonListing> LoopStore::lessons(const QString& query, int limit, VaultError* error) const
{
    QVector<LessonListing> out;
    *error = {};
    if (!query.trimmed().isEmpty()) {
        const QString match = ftsQueryFor(query);
        if (match.isEmpty())
            return out; // nothing searchable in it (only punctuation)
        return searchLessons(match, limit, error);
    }
    Statement q(m_db, "SELECT " LOOPROWS_LESSON_COLUMNS ", substr(r.text, 1, 400) FROM lessons l "
                      "JOIN reflections r ON r.id = l.reflection_id "
                      "ORDER BY l.created_utc DESC, l.id DESC LIMIT ?1;");
    q.bind(1, qint64(limit));
    while (q.next())
        out.append({lessonFrom(q), firstLineOf(q.text(8)), {}});
    *error = q.error();
    return out;
}

QVector<LessonListing> LoopStore::searchLessons(const QString& match, int limit,
                                                VaultError* error) const
{
    QVector<LessonListing> out;
    Statement q(m_db, "SELECT " LOOPROWS_LESSON_COLUMNS ", substr(r.text, 1, 400), "
                      "snippet(lessons_fts, 0, ?2, ?3, '…', 16) FROM lessons_fts "
                      "JOIN lessons l ON l.id = lessons_fts.rowid "
                      "JOIN reflections r ON r.id = l.reflection_id "
                      "WHERE lessons_fts MATCH ?1 ORDER BY rank LIMIT ?4;");
    q.bind(1, match)
        .bind(2, QString(ReflectionStore::MatchStart))
        .bind(3, QString(ReflectionStore::MatchEnd))
        .bind(4, qint64(limit));
    while (q.next())
        out.append({lessonFrom(q), firstLineOf(q.text(8)), q.text(9)});
    *error = q.error();
    return out;
}

QVector<ExperimentListing> LoopStore::openExperiments(int limit, VaultError* error) const
{
    QVector<ExperimentListing> out;
    Statement q(m_db, "SELECT " LOOPROWS_EXPERIMENT_COLUMNS ", substr(r.text, 1, 400), r.stage "
                      "FROM experiments e JOIN reflections r ON r.id = e.reflection_id "
                      "WHERE e.status = ?1 AND r.stage <> ?2 AND "
                      "(trim(e.hypothesis) <> '' OR trim(e.action) <> '') "
                      "ORDER BY e.check_date IS NULL, e.check_date, e.id LIMIT ?3;");
    q.bind(1, qint64(ExperimentStatus::Open)).bind(2, ClosedStage).bind(3, qint64(limit));
    while (q.next())
        out.append({experimentFrom(q), firstLineOf(q.text(14)),
                    stageFromStorage(q.int64(15)).value_or(Stage::Detect)});
    *error = q.error();
    return out;
}

VaultError LoopStore::restore(const LoopRecord& r)
{
    const ReflectionId id = r.reflectionId;
    return inTransaction(m_db, [&]() -> VaultError {
        if (VaultError e = requireReflection(m_db, id))
            return e;
        return SearchIndex(m_db).around(id, [&]() -> VaultError {
            for (const char* sql : {"DELETE FROM stage_answers WHERE reflection_id = ?1;",
                                    "DELETE FROM lessons WHERE reflection_id = ?1;",
                                    "DELETE FROM experiments WHERE reflection_id = ?1;",
                                    "DELETE FROM possible_changes WHERE reflection_id = ?1;",
                                    "DELETE FROM stage_transitions WHERE reflection_id = ?1;"}) {
                Statement q(m_db, sql);
                if (VaultError e = q.bind(1, id).run())
                    return e;
            }
            Statement q(m_db, "UPDATE reflections SET stage = ?2, failure_type = ?3, "
                              "spectrum_point = ?4 WHERE id = ?1;");
            q.bind(1, id)
                .bind(2, qint64(r.stage))
                .bind(3, qint64(r.failureType))
                .bind(4, qint64(r.spectrumPoint));
            if (VaultError e = q.run())
                return e;
            for (const StageAnswers::Entry& a : r.answers.entries()) {
                if (VaultError e = writeAnswer(m_db, id, a, a.answer.updated))
                    return e;
            }
            qint64 ignored = 0;
            for (const Lesson& l : r.lessons) {
                if (VaultError e = insertLesson(m_db, l, &ignored))
                    return e;
            }
            for (int i = 0; i < r.changes.size(); ++i) {
                if (VaultError e = insertChange(m_db, r.changes.at(i), i, &ignored))
                    return e;
            }
            for (const Experiment& x : r.experiments) {
                if (VaultError e = insertExperiment(m_db, x, &ignored))
                    return e;
            }
            for (const StageTransition& t : r.transitions) {
                if (VaultError e = insertTransition(m_db, id, t))
                    return e;
            }
            return {};
        });
    });
}

} // namespace debrief
