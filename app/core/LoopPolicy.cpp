#include "core/LoopPolicy.h"

#include <QCoreApplication>
#include <algorithm>

namespace debrief {

namespace {

LoopPolicy::Verdict allow(Stage to)
{
    return {true, to, {}};
}

LoopPolicy::Verdict refuse(Stage stay, const QString& reason)
{
    return {false, stay, reason};
}

bool hasOpenPlannedExperiment(const LoopRecord& r)
{
    return std::any_of(r.experiments.cbegin(), r.experiments.cend(),
                       [](const Experiment& e) { return e.isOpen() && e.isPlanned(); });
}

bool tookSomethingForward(const LoopRecord& r)
{
    const bool decided =
        std::any_of(r.experiments.cbegin(), r.experiments.cend(),
                    [](const Experiment& e) { return e.decision != ExperimentDecision::None; });
    const bool keptLesson = std::any_of(r.lessons.cbegin(), r.lessons.cend(), [](const Lesson& l) {
        return l.stage == Stage::Continue && !l.text.trimmed().isEmpty();
    });
    return decided || keptLesson || r.answeredIn(Stage::Continue);
}

// Non-empty after trimming and short: a skip or early close must say why, briefly.
std::optional<QString> reasonProblem(const QString& reason)
{
    const QString trimmed = LoopPolicy::normalizedReason(reason);
    if (trimmed.isEmpty())
        return QCoreApplication::translate("LoopPolicy",
                                           "Say in a few words why, so you remember later.");
    if (trimmed.size() > LoopPolicy::MaxReasonLength)
        return QCoreApplication::translate("LoopPolicy",
                                           "Keep the reason short: %n characters at most.", nullptr,
                                           LoopPolicy::MaxReasonLength);
    return std::nullopt;
}

QString goOnLabel(Stage to)
{
    switch (to) {
    case Stage::Analyse:
        return QCoreApplication::translate("LoopPolicy", "Go on to Analyse");
    case Stage::Apply:
        return QCoreApplication::translate("LoopPolicy", "Go on to Apply");
    case Stage::Continue:
        return QCoreApplication::translate("LoopPolicy", "Go on to Continue");
    case Stage::Closed:
        return QCoreApplication::translate("LoopPolicy", "Close the loop");
    case Stage::Detect:
        break;
    }
    return {};
}

} // namespace

bool LoopPolicy::isStageDone(const LoopRecord& r, Stage stage)
{
    switch (stage) {
    case Stage::Detect:
        return r.hasCapture || r.answeredIn(Stage::Detect);
    case Stage::Analyse:
        return r.answeredIn(Stage::Analyse) || r.spectrumPoint != SpectrumPoint::None ||
               r.failureType != FailureType::Unknown;
    case Stage::Apply:
        return std::any_of(r.lessons.cbegin(), r.lessons.cend(),
                           [](const Lesson& l) { return !l.text.trimmed().isEmpty(); }) ||
               std::any_of(r.experiments.cbegin(), r.experiments.cend(),
                           [](const Experiment& e) { return e.isPlanned(); });
    case Stage::Continue:
        return !hasOpenPlannedExperiment(r) && tookSomethingForward(r);
    case Stage::Closed:
        return true;
    }
    return false;
}

QString LoopPolicy::whatCompletes(Stage stage)
{
    switch (stage) {
    case Stage::Detect:
        return QCoreApplication::translate(
            "LoopPolicy", "Write a line or record a voice note about what happened.");
    case Stage::Analyse:
        return QCoreApplication::translate("LoopPolicy",
                                           "Answer one question, or place it on the spectrum.");
    case Stage::Apply:
        return QCoreApplication::translate("LoopPolicy", "Write a lesson, or plan an experiment.");
    case Stage::Continue:
        return QCoreApplication::translate(
            "LoopPolicy", "Decide on your experiment, or name your next smart risk.");
    case Stage::Closed:
        break;
    }
    return {};
}

LoopPolicy::Verdict LoopPolicy::check(const LoopRecord& r, TransitionKind kind,
                                      const QString& reason)
{
    const Stage at = r.stage;
    const bool closed = at == Stage::Closed;
    switch (kind) {
    case TransitionKind::Advance:
        if (closed)
            return refuse(
                at, QCoreApplication::translate(
                        "LoopPolicy", "This reflection is closed. Reopen it to work on it again."));
        if (!isStageDone(r, at))
            return refuse(
                at, QCoreApplication::translate(
                        "LoopPolicy", "%1 is not done yet. %2 Or skip it with a short reason.")
                        .arg(stageLabel(at), whatCompletes(at)));
        return allow(*stageAfter(at));
    case TransitionKind::Skip:
        if (closed)
            return refuse(
                at, QCoreApplication::translate(
                        "LoopPolicy", "This reflection is closed. Reopen it to work on it again."));
        if (const auto problem = reasonProblem(reason))
            return refuse(at, *problem);
        return allow(*stageAfter(at));
    case TransitionKind::Back:
        if (closed)
            return refuse(
                at, QCoreApplication::translate(
                        "LoopPolicy", "This reflection is closed. Reopen it to go back a stage."));
        if (at == Stage::Detect)
            return refuse(at,
                          QCoreApplication::translate(
                              "LoopPolicy", "Detect is the first stage; there is none before it."));
        return allow(*stageBefore(at));
    case TransitionKind::Close:
        if (closed)
            return refuse(at, QCoreApplication::translate("LoopPolicy",
                                                          "This reflection is already closed."));
        if (at == Stage::Continue && isStageDone(r, at))
            return allow(Stage::Closed);
        if (const auto problem = reasonProblem(reason))
            return refuse(at, QCoreApplication::translate(
                                  "LoopPolicy", "The loop is not finished yet. To close it now: %1")
                                  .arg(*problem));
        return allow(Stage::Closed);
    case TransitionKind::Reopen:
        if (!closed)
            return refuse(at, QCoreApplication::translate(
                                  "LoopPolicy", "Only a closed reflection can be reopened."));
        return allow(r.closedFrom().value_or(Stage::Continue));
    }
    return refuse(at, QCoreApplication::translate("LoopPolicy", "That step is not possible."));
}

LoopPolicy::NextStep LoopPolicy::nextStep(const LoopRecord& r)
{
    const Stage at = r.stage;
    if (at == Stage::Closed)
        return {TransitionKind::Reopen, r.closedFrom().value_or(Stage::Continue),
                QCoreApplication::translate("LoopPolicy", "Reopen")};
    if (isStageDone(r, at)) {
        const Stage to = *stageAfter(at);
        return {to == Stage::Closed ? TransitionKind::Close : TransitionKind::Advance, to,
                goOnLabel(to)};
    }
    switch (at) {
    case Stage::Detect:
        return {std::nullopt, at, QCoreApplication::translate("LoopPolicy", "Add a first note")};
    case Stage::Analyse:
        return {std::nullopt, at,
                QCoreApplication::translate("LoopPolicy", "Look closer: answer one question")};
    case Stage::Apply:
        return {std::nullopt, at,
                QCoreApplication::translate("LoopPolicy", "Write a lesson or plan an experiment")};
    case Stage::Continue:
        return {std::nullopt, at,
                hasOpenPlannedExperiment(r)
                    ? QCoreApplication::translate("LoopPolicy", "Check how your experiment went")
                    : QCoreApplication::translate("LoopPolicy", "Name your next smart risk")};
    case Stage::Closed:
        break;
    }
    return {std::nullopt, at, {}};
}

QVector<LoopPolicy::StepState> LoopPolicy::steps(const LoopRecord& r)
{
    QVector<StepState> out;
    for (Stage s : LoopStages) {
        if (r.stage != Stage::Closed && s == r.stage)
            out.append(StepState::Current);
        else if (r.stage != Stage::Closed && int(s) > int(r.stage))
            out.append(StepState::Upcoming);
        else
            out.append(isStageDone(r, s) ? StepState::Done : StepState::Skipped);
    }
    return out;
}

} // namespace debrief
