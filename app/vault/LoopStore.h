#pragma once

#include "core/LoopPolicy.h"
#include "core/LoopRecord.h"
#include "vault/VaultError.h"

#include <QVector>
#include <optional>

namespace debrief {

class Clock;
class Database;

// A lesson as the Lessons page lists it: with the first line of its reflection and, when
// searching, a snippet with the matching words marked (ReflectionStore::MatchStart/End).
struct LessonListing
{
    Lesson lesson;
    QString entryFirstLine;
    QString snippet; // empty when not searching
};

// An open experiment as the Experiments page lists it.
struct ExperimentListing
{
    Experiment experiment;
    QString entryFirstLine;
    Stage entryStage = Stage::Detect;
};

// The loop of each reflection in the vault: stage, failure type, answers, lessons, possible
// changes, experiments and stage history. Stage changes go through LoopPolicy (refused here
// whatever it refuses); every write keeps the full-text index in step, in one transaction.
class LoopStore
{
public:
    explicit LoopStore(Database& db);
    // Where the time of writes that are not given one comes from (an experiment's plan and
    // result: its updated time, which nudges compare with "Not now"); the system clock unless
    // set. The clock must outlive the store.
    void setClock(const Clock& clock) { m_clock = &clock; }

    // The whole loop of one reflection, with its spoken answers (AudioStore records them);
    // NotFound when the reflection does not exist.
    std::optional<LoopRecord> load(ReflectionId id, VaultError* error) const;

    // Moves the reflection as LoopPolicy allows. Refused: the verdict says why and nothing is
    // written. A skip or early close stores its (trimmed) reason in the history.
    LoopPolicy::Verdict transition(ReflectionId id, TransitionKind kind, const QString& reason,
                                   const LocalMoment& when, VaultError* error);

    // Answers (an empty answer removes the stored one). setAnswers writes many in one go.
    VaultError setAnswer(ReflectionId id, const QString& promptId, const QString& field,
                         const StageAnswer& answer, const LocalMoment& when);
    VaultError setAnswers(ReflectionId id, const QVector<StageAnswers::Entry>& answers,
                          const LocalMoment& when);

    // Placing on Edmondson's spectrum sets the failure type with it; setting a failure type
    // directly keeps the point only when it belongs to that type.
    VaultError setSpectrumPoint(ReflectionId id, SpectrumPoint point);
    VaultError setFailureType(ReflectionId id, FailureType type);

    LessonId addLesson(ReflectionId id, Stage stage, const QString& text, const LocalMoment& when,
                       VaultError* error);
    VaultError updateLesson(LessonId lesson, const QString& text, const LocalMoment& when);
    VaultError removeLesson(LessonId lesson);

    // Ratings are clamped to 0..1. New changes go last.
    ChangeId addChange(ReflectionId id, const QString& text, double impact, double feasibility,
                       VaultError* error);
    VaultError updateChange(ChangeId change, const QString& text);
    VaultError rateChange(ChangeId change, double impact, double feasibility);
    VaultError removeChange(ChangeId change); // an experiment testing it keeps its texts
    // Moves a change to position (0-based, clamped) among its reflection's changes.
    VaultError moveChange(ChangeId change, int position);

    // A new open experiment, testing change (0: none).
    ExperimentId addExperiment(ReflectionId id, ChangeId change, const LocalMoment& when,
                               VaultError* error);
    VaultError updateExperimentPlan(ExperimentId experiment, ChangeId change,
                                    const QString& hypothesis, const QString& action,
                                    const QDate& checkDate, const QString& signal);
    VaultError setExperimentResult(ExperimentId experiment, const QString& result);
    // Keep/adjust/drop checks the experiment; None opens it again.
    VaultError decideExperiment(ExperimentId experiment, ExperimentDecision decision,
                                const LocalMoment& when);
    VaultError removeExperiment(ExperimentId experiment);

    // Every lesson, newest first; with a query, the lessons whose own words match (words as
    // prefixes, accents ignored, like ReflectionStore::search), best first.
    QVector<LessonListing> lessons(const QString& query, int limit, VaultError* error) const;
    // Open, planned experiments of reflections still in the loop, by check date (the earliest,
    // so the overdue, first; those without a date last).
    QVector<ExperimentListing> openExperiments(int limit, VaultError* error) const;

    // Puts a reflection's loop back as it was (after ReflectionStore::restore, for undo):
    // every row with its id.
    VaultError restore(const LoopRecord& record);

private:
    QVector<LessonListing> searchLessons(const QString& match, int limit, VaultError* error) const;
    Database& m_db;
    const Clock* m_clock = nullptr;
};

} // namespace debrief
