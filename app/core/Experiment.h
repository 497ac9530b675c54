#pragma once

#include "core/PossibleChange.h"
#include "core/Reflection.h"

#include <QDate>
#include <optional>

namespace debrief {

using ExperimentId = qint64;

// What a person decides after checking an experiment. Stored numbers: never renumber.
enum class ExperimentDecision
{
    None = 0,
    Keep = 1,   // it worked: keep the change
    Adjust = 2, // partly: change it and try again
    Drop = 3,   // it did not: let it go
};

enum class ExperimentStatus
{
    Open = 0,    // planned, waiting for its check date
    Checked = 1, // result and decision recorded
};

std::optional<ExperimentDecision> experimentDecisionFromStorage(qint64 value);
QString experimentDecisionKey(ExperimentDecision decision);   // "keep", "adjust", "drop", ""
QString experimentDecisionLabel(ExperimentDecision decision); // translated

// The smallest test of a change (Kolb: active experimentation; Sitkin: small losses): a
// hypothesis, one action, the local date to check it and the signal that shows whether it
// worked; later the result and a decision.
struct Experiment
{
    ExperimentId id = 0;
    ReflectionId reflectionId = 0;
    ChangeId changeId = 0; // the possible change it tests; 0 when none (or it was removed)
    QString hypothesis;
    QString action;
    QDate checkDate; // a calendar day where the person lives; invalid when not set
    QString signal;
    QString result;
    ExperimentDecision decision = ExperimentDecision::None;
    ExperimentStatus status = ExperimentStatus::Open;
    LocalMoment created;
    LocalMoment checked; // when the decision was recorded; utc invalid while open

    // Something to test has been written (an empty experiment is only a placeholder).
    bool isPlanned() const
    {
        return !hypothesis.trimmed().isEmpty() || !action.trimmed().isEmpty();
    }
    bool isOpen() const { return status == ExperimentStatus::Open; }
    bool isOverdue(const QDate& today) const
    {
        return isOpen() && checkDate.isValid() && checkDate < today;
    }
};

} // namespace debrief
