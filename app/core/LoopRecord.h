#pragma once

#include "core/Experiment.h"
#include "core/FailureType.h"
#include "core/Lesson.h"
#include "core/PossibleChange.h"
#include "core/StageAnswers.h"

#include <QMap>
#include <QVector>

namespace debrief {

// The ways an entry moves between stages. Stored numbers: never renumber.
enum class TransitionKind
{
    Advance = 1, // on to the next stage, the current one being done
    Back = 2,    // to the stage before
    Skip = 3,    // on to the next stage without finishing this one, with a short reason
    Close = 4,   // out of the loop (before Continue is done only with a reason)
    Reopen = 5,  // a closed entry back into the loop
};

std::optional<TransitionKind> transitionKindFromStorage(qint64 value);

// One move between stages, kept as the entry's history.
struct StageTransition
{
    qint64 id = 0;
    TransitionKind kind = TransitionKind::Advance;
    Stage from = Stage::Detect;
    Stage to = Stage::Analyse;
    QString reason; // why a stage was skipped or the entry closed early; empty otherwise
    LocalMoment at;
};

// Everything the loop holds about one reflection: its stage, failure type, answers, lessons,
// possible changes, experiments and stage history. LoopPolicy reads it; LoopStore keeps it.
struct LoopRecord
{
    ReflectionId reflectionId = 0;
    Stage stage = Stage::Detect;
    SpectrumPoint spectrumPoint = SpectrumPoint::None;
    FailureType failureType = FailureType::Unknown;
    // The reflection has text or a main voice note: enough for Detect (filled in on load).
    bool hasCapture = false;
    StageAnswers answers;
    // Answers dictated as short voice notes: prompt id -> length in ms (one per prompt). A
    // spoken answer answers its prompt just as a typed one does.
    QMap<QString, qint64> spokenAnswers;
    QVector<Lesson> lessons;              // oldest first
    QVector<PossibleChange> changes;      // in the person's order
    QVector<Experiment> experiments;      // oldest first; the last one is the current one
    QVector<StageTransition> transitions; // oldest first

    // Some prompt of this stage has an answer, typed or spoken.
    bool answeredIn(Stage stage) const;
    const Experiment* currentExperiment() const
    {
        return experiments.isEmpty() ? nullptr : &experiments.constLast();
    }
    // The stage a closed entry was closed from (where Reopen returns), else nullopt.
    std::optional<Stage> closedFrom() const
    {
        if (stage != Stage::Closed)
            return std::nullopt;
        for (auto it = transitions.crbegin(); it != transitions.crend(); ++it) {
            if (it->to == Stage::Closed)
                return it->from;
        }
        return Stage::Continue;
    }
};

} // namespace debrief
