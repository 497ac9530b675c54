#pragma once

#include "core/LoopRecord.h"

#include <QString>
#include <QVector>
#include <optional>

namespace debrief {

// The one place that says how an entry moves through the loop. Pure: it reads a LoopRecord and
// never changes it; LoopStore refuses whatever this refuses.
//
// When a stage counts as done (everything else is optional; an answer is typed or spoken):
//   Detect   - the reflection has text or a voice note, or a Detect question is answered. A
//              bare voice note or one line of text is a complete Detect: capture never waits
//              for the questions.
//   Analyse  - one Analyse question is answered, or the entry is placed on the spectrum (or
//              given a failure type).
//   Apply    - a lesson is written, or an experiment is planned (a hypothesis or an action).
//   Continue - no planned experiment is still open (each has its decision: keep, adjust or
//              drop), and something was taken forward: a decision, a Continue answer (the
//              next smart risk, its check, plan B) or a lesson to keep.
//
// Transitions:
//   Advance  - Detect/Analyse/Apply -> the next stage, and Continue -> Closed, once the current
//              stage is done.
//   Skip     - any open stage -> the next one (Continue -> Closed) without finishing it, with
//              a short reason (1..MaxReasonLength characters after trimming).
//   Back     - Analyse/Apply/Continue -> the stage before. Not from Detect, not from Closed.
//   Close    - any open stage -> Closed: freely from a done Continue, otherwise with a short
//              reason (closing early).
//   Reopen   - Closed -> the stage it was closed from.
// Refusals carry a translated reason a person can act on.
class LoopPolicy
{
public:
    static constexpr int MaxReasonLength = 280;

    struct Verdict
    {
        bool allowed = false;
        Stage to = Stage::Detect; // where the entry goes when allowed
        QString reason;           // why not, translated; empty when allowed
        explicit operator bool() const { return allowed; }
    };

    // How each of the four steps looks in the stage indicator.
    enum class StepState
    {
        Done,     // passed, and its condition is met
        Skipped,  // passed without its condition being met (skipped, or emptied later)
        Current,  // the entry is here
        Upcoming, // not reached yet
    };

    // The one next step the entry page offers.
    struct NextStep
    {
        std::optional<TransitionKind> transition; // Advance, Close or Reopen; none: work first
        Stage target = Stage::Detect; // the stage the transition leads to, or the current one
        QString label;                // e.g. "Go on to Apply", "Write a lesson or plan a test"
    };

    static bool isStageDone(const LoopRecord& record, Stage stage);
    // What a person can do to finish a stage (translated), e.g. for a refused Advance.
    static QString whatCompletes(Stage stage);

    static Verdict check(const LoopRecord& record, TransitionKind kind, const QString& reason = {});
    static NextStep nextStep(const LoopRecord& record);
    // The state of Detect, Analyse, Apply and Continue, in that order.
    static QVector<StepState> steps(const LoopRecord& record);
    // A skip or early-close reason as it is stored: trimmed.
    static QString normalizedReason(const QString& reason) { return reason.trimmed(); }
};

} // namespace debrief
