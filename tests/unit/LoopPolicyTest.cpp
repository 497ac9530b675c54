// LoopPolicy, the one place that says how an entry moves through the loop: when each stage is
// done, every transition from every stage (allowed ones go where they should, refused ones say
// why), the next step the entry page offers and the stage indicator.

#include "core/LoopPolicy.h"
#include "TestStrings.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace debrief;

namespace Catch {
template <> struct StringMaker<Stage>
{
    static std::string convert(Stage s) { return stageKey(s).toStdString(); }
};
} // namespace Catch

namespace {

using K = TransitionKind;

StageAnswer text(const char* t)
{
    return {QString::fromUtf8(t), 0, 1, {}};
}

Experiment experiment(const char* hypothesis,
                      ExperimentDecision decision = ExperimentDecision::None)
{
    Experiment e;
    e.id = 1;
    e.hypothesis = QString::fromUtf8(hypothesis);
    e.decision = decision;
    e.status =
        decision == ExperimentDecision::None ? ExperimentStatus::Open : ExperimentStatus::Checked;
    return e;
}

Lesson lesson(Stage stage, const char* t)
{
    Lesson l;
    l.stage = stage;
    l.text = QString::fromUtf8(t);
    return l;
}

// An entry at a stage, with that stage done or not (and every earlier stage done).
LoopRecord at(Stage stage, bool done)
{
    LoopRecord r;
    r.stage = stage;
    r.hasCapture = stage != Stage::Detect || done;
    if (int(stage) > int(Stage::Analyse) || (stage == Stage::Analyse && done))
        r.answers.set(QStringLiteral("analyse.why_difference"), {}, text("Late data."));
    if (int(stage) > int(Stage::Apply) || (stage == Stage::Apply && done))
        r.lessons.append(lesson(Stage::Apply, "Ask early."));
    if (stage == Stage::Continue && done)
        r.answers.set(QStringLiteral("continue.next_risk"), {}, text("Pitch again."));
    return r;
}

const QString ShortReason = QStringLiteral("Not needed here");

} // namespace

TEST_CASE("When each stage counts as done", "[core][loop]")
{
    LoopRecord r;
    CHECK_FALSE(LoopPolicy::isStageDone(r, Stage::Detect));
    r.hasCapture = true; // a bare voice note or one line of text
    CHECK(LoopPolicy::isStageDone(r, Stage::Detect));
    r.hasCapture = false;
    r.answers.set(QStringLiteral("detect.facts"), {}, text("It rained."));
    CHECK(LoopPolicy::isStageDone(r, Stage::Detect));

    // Analyse: one answer of Analyse (not of another stage), a spectrum point or a type.
    CHECK_FALSE(LoopPolicy::isStageDone(r, Stage::Analyse));
    r.answers.set(QStringLiteral("analyse.five_whys"), {}, text("   "));
    CHECK_FALSE(LoopPolicy::isStageDone(r, Stage::Analyse)); // blank is no answer
    r.answers.set(QStringLiteral("analyse.scr"), QStringLiteral("situation"), text("Q3 review"));
    CHECK(LoopPolicy::isStageDone(r, Stage::Analyse));
    LoopRecord placed;
    placed.spectrumPoint = SpectrumPoint::Uncertainty;
    CHECK(LoopPolicy::isStageDone(placed, Stage::Analyse));
    LoopRecord typed;
    typed.failureType = FailureType::Basic;
    CHECK(LoopPolicy::isStageDone(typed, Stage::Analyse));

    // Apply: a lesson or a planned experiment; answers alone are not enough.
    LoopRecord apply;
    apply.answers.set(QStringLiteral("apply.learned"), {}, text("Lots."));
    CHECK_FALSE(LoopPolicy::isStageDone(apply, Stage::Apply));
    apply.experiments.append(experiment("  ")); // a blank placeholder
    CHECK_FALSE(LoopPolicy::isStageDone(apply, Stage::Apply));
    apply.experiments.last().action = QStringLiteral("Call them");
    CHECK(LoopPolicy::isStageDone(apply, Stage::Apply));
    LoopRecord withLesson;
    withLesson.lessons.append(lesson(Stage::Apply, "When unsure, ask."));
    CHECK(LoopPolicy::isStageDone(withLesson, Stage::Apply));
    CHECK_FALSE(LoopPolicy::isStageDone(withLesson, Stage::Continue)); // Apply's lesson only

    // Continue: every planned experiment decided, and something taken forward.
    LoopRecord cont;
    CHECK_FALSE(LoopPolicy::isStageDone(cont, Stage::Continue));
    cont.experiments.append(experiment("Shorter deck works"));
    cont.answers.set(QStringLiteral("continue.next_risk"), {}, text("Ask for the budget."));
    CHECK_FALSE(LoopPolicy::isStageDone(cont, Stage::Continue)); // still open
    cont.experiments.last().decision = ExperimentDecision::Adjust;
    cont.experiments.last().status = ExperimentStatus::Checked;
    CHECK(LoopPolicy::isStageDone(cont, Stage::Continue));
    LoopRecord decidedOnly;
    decidedOnly.experiments.append(experiment("x", ExperimentDecision::Drop));
    CHECK(LoopPolicy::isStageDone(decidedOnly, Stage::Continue));
    LoopRecord keptLesson;
    keptLesson.lessons.append(lesson(Stage::Continue, "Share it with Sam."));
    CHECK(LoopPolicy::isStageDone(keptLesson, Stage::Continue));
    keptLesson.experiments.append(experiment("")); // a blank one does not block
    CHECK(LoopPolicy::isStageDone(keptLesson, Stage::Continue));
}

TEST_CASE("A spoken answer answers its prompt like a typed one", "[core][loop]")
{
    // Analyse done with nothing typed: only a voice answer to one of its questions.
    LoopRecord r = at(Stage::Analyse, false);
    CHECK_FALSE(LoopPolicy::isStageDone(r, Stage::Analyse));
    CHECK_FALSE(LoopPolicy::nextStep(r).transition.has_value());
    CHECK_FALSE(LoopPolicy::check(r, K::Advance).allowed);
    r.spokenAnswers.insert(QStringLiteral("analyse.why_difference"), 4200);
    CHECK(r.answeredIn(Stage::Analyse));
    CHECK(LoopPolicy::isStageDone(r, Stage::Analyse));
    CHECK(LoopPolicy::nextStep(r).transition == K::Advance);
    CHECK(LoopPolicy::nextStep(r).target == Stage::Apply);
    CHECK(LoopPolicy::check(r, K::Advance).to == Stage::Apply);

    // It counts for its own stage only.
    CHECK_FALSE(r.answeredIn(Stage::Continue));
    LoopRecord other = at(Stage::Analyse, false);
    other.spokenAnswers.insert(QStringLiteral("continue.next_risk"), 3000);
    CHECK_FALSE(LoopPolicy::isStageDone(other, Stage::Analyse));

    // Detect by voice alone (no text, no note): done; Continue by a spoken next risk, once no
    // planned experiment is open.
    LoopRecord detect;
    CHECK_FALSE(LoopPolicy::isStageDone(detect, Stage::Detect));
    detect.spokenAnswers.insert(QStringLiteral("detect.facts"), 900);
    CHECK(LoopPolicy::isStageDone(detect, Stage::Detect));
    LoopRecord cont = at(Stage::Continue, false);
    cont.spokenAnswers.insert(QStringLiteral("continue.next_risk"), 5000);
    CHECK(LoopPolicy::isStageDone(cont, Stage::Continue));
    cont.experiments.append(experiment("Shorter deck works"));
    CHECK_FALSE(LoopPolicy::isStageDone(cont, Stage::Continue)); // still to decide

    // The four steps follow a spoken answer too: Analyse passed with one is done, not skipped.
    LoopRecord later = at(Stage::Apply, false);
    later.answers = {};
    CHECK(LoopPolicy::steps(later).at(1) == LoopPolicy::StepState::Skipped);
    later.spokenAnswers.insert(QStringLiteral("analyse.five_whys"), 2500);
    CHECK(LoopPolicy::steps(later).at(1) == LoopPolicy::StepState::Done);
}

TEST_CASE("Every transition from every stage", "[core][loop]")
{
    struct Row
    {
        Stage from;
        bool done;
        K kind;
        const char* reason;
        bool allowed;
        Stage to;
    };
    const QString tooLong(LoopPolicy::MaxReasonLength + 1, QLatin1Char('x'));
    // clang-format off
    const Row table[] = {
        // Advance: on when the stage is done.
        {Stage::Detect,   true,  K::Advance, "", true,  Stage::Analyse},
        {Stage::Detect,   false, K::Advance, "", false, Stage::Detect},
        {Stage::Analyse,  true,  K::Advance, "", true,  Stage::Apply},
        {Stage::Analyse,  false, K::Advance, "", false, Stage::Analyse},
        {Stage::Apply,    true,  K::Advance, "", true,  Stage::Continue},
        {Stage::Apply,    false, K::Advance, "", false, Stage::Apply},
        {Stage::Continue, true,  K::Advance, "", true,  Stage::Closed},
        {Stage::Continue, false, K::Advance, "", false, Stage::Continue},
        {Stage::Closed,   true,  K::Advance, "", false, Stage::Closed},
        // Skip: on without finishing, only with a reason.
        {Stage::Detect,   false, K::Skip, "Said it all", true,  Stage::Analyse},
        {Stage::Analyse,  false, K::Skip, "Obvious",     true,  Stage::Apply},
        {Stage::Apply,    false, K::Skip, "Nothing new", true,  Stage::Continue},
        {Stage::Continue, false, K::Skip, "No time",     true,  Stage::Closed},
        {Stage::Apply,    true,  K::Skip, "Done anyway", true,  Stage::Continue},
        {Stage::Detect,   false, K::Skip, "",            false, Stage::Detect},
        {Stage::Analyse,  false, K::Skip, "  \n\t ",     false, Stage::Analyse},
        {Stage::Continue, false, K::Skip, "",            false, Stage::Continue},
        {Stage::Closed,   true,  K::Skip, "Why not",     false, Stage::Closed},
        // Back: one stage back, not before Detect, not from Closed.
        {Stage::Detect,   true,  K::Back, "", false, Stage::Detect},
        {Stage::Analyse,  false, K::Back, "", true,  Stage::Detect},
        {Stage::Apply,    true,  K::Back, "", true,  Stage::Analyse},
        {Stage::Continue, false, K::Back, "", true,  Stage::Apply},
        {Stage::Closed,   true,  K::Back, "", false, Stage::Closed},
        // Close: freely from a done Continue, otherwise with a reason.
        {Stage::Continue, true,  K::Close, "",              true,  Stage::Closed},
        {Stage::Continue, true,  K::Close, "All good",      true,  Stage::Closed},
        {Stage::Continue, false, K::Close, "",              false, Stage::Continue},
        {Stage::Continue, false, K::Close, "Moved on",      true,  Stage::Closed},
        {Stage::Detect,   true,  K::Close, "",              false, Stage::Detect},
        {Stage::Detect,   true,  K::Close, "Just venting",  true,  Stage::Closed},
        {Stage::Analyse,  false, K::Close, "   ",           false, Stage::Analyse},
        {Stage::Apply,    true,  K::Close, "Not worth it",  true,  Stage::Closed},
        {Stage::Closed,   true,  K::Close, "Again",         false, Stage::Closed},
        // Reopen: only a closed entry (where to, below).
        {Stage::Closed,   true,  K::Reopen, "", true,  Stage::Continue},
        {Stage::Detect,   true,  K::Reopen, "", false, Stage::Detect},
        {Stage::Analyse,  true,  K::Reopen, "", false, Stage::Analyse},
        {Stage::Apply,    true,  K::Reopen, "", false, Stage::Apply},
        {Stage::Continue, true,  K::Reopen, "", false, Stage::Continue},
    };
    // clang-format on
    for (const Row& row : table) {
        CAPTURE(stageKey(row.from).toStdString(), int(row.kind), row.done, row.reason);
        const LoopRecord r = at(row.from, row.done);
        const auto verdict = LoopPolicy::check(r, row.kind, QString::fromUtf8(row.reason));
        CHECK(verdict.allowed == row.allowed);
        CHECK(bool(verdict) == row.allowed);
        if (row.allowed) {
            CHECK(verdict.to == row.to);
            CHECK(verdict.reason.isEmpty());
        } else {
            CHECK(verdict.to == row.from);     // a refusal stays put...
            CHECK(verdict.reason.size() > 10); // ...and says why, in words
        }
    }

    SECTION("a reason must be short")
    {
        const LoopRecord r = at(Stage::Analyse, false);
        CHECK_FALSE(LoopPolicy::check(r, K::Skip, tooLong).allowed);
        CHECK(LoopPolicy::check(r, K::Skip, tooLong.left(LoopPolicy::MaxReasonLength)).allowed);
        CHECK(LoopPolicy::check(r, K::Skip, QStringLiteral("  ") + ShortReason).allowed);
        CHECK_FALSE(LoopPolicy::check(r, K::Close, tooLong).allowed);
        CHECK(LoopPolicy::normalizedReason(QStringLiteral("  why \n")) == QStringLiteral("why"));
    }
    SECTION("a refused Advance says what would finish the stage")
    {
        const auto verdict = LoopPolicy::check(at(Stage::Apply, false), K::Advance);
        CHECK(verdict.reason.contains(LoopPolicy::whatCompletes(Stage::Apply)));
    }
}

TEST_CASE("Reopen returns to the stage the entry was closed from", "[core][loop]")
{
    LoopRecord r = at(Stage::Closed, true);
    CHECK(LoopPolicy::check(r, K::Reopen).to == Stage::Continue); // no history: Continue
    CHECK(r.closedFrom() == Stage::Continue);
    r.transitions.append({1, K::Skip, Stage::Detect, Stage::Analyse, QStringLiteral("x"), {}});
    r.transitions.append({2, K::Close, Stage::Analyse, Stage::Closed, QStringLiteral("y"), {}});
    CHECK(LoopPolicy::check(r, K::Reopen).to == Stage::Analyse);
    r.transitions.append({3, K::Reopen, Stage::Closed, Stage::Analyse, {}, {}});
    r.transitions.append({4, K::Skip, Stage::Continue, Stage::Closed, QStringLiteral("z"), {}});
    CHECK(LoopPolicy::check(r, K::Reopen).to == Stage::Continue);
    CHECK_FALSE(at(Stage::Apply, true).closedFrom().has_value());
}

TEST_CASE("The next step: one action, or what to do first", "[core][loop]")
{
    auto next = [](const LoopRecord& r) {
        return LoopPolicy::nextStep(r);
    };
    CHECK(next(at(Stage::Detect, true)).transition == K::Advance);
    CHECK(next(at(Stage::Detect, true)).target == Stage::Analyse);
    CHECK(next(at(Stage::Analyse, true)).target == Stage::Apply);
    CHECK(next(at(Stage::Apply, true)).target == Stage::Continue);
    CHECK(next(at(Stage::Continue, true)).transition == K::Close);
    CHECK(next(at(Stage::Continue, true)).target == Stage::Closed);
    CHECK(next(at(Stage::Closed, true)).transition == K::Reopen);
    for (Stage s : LoopStages) {
        CAPTURE(stageKey(s).toStdString());
        const auto undone = next(at(s, false));
        CHECK_FALSE(undone.transition.has_value());
        CHECK(undone.target == s);
        CHECK_FALSE(undone.label.isEmpty());
        // What the button says and what it would do agree with check().
        const auto done = next(at(s, true));
        CHECK(LoopPolicy::check(at(s, true), *done.transition).to == done.target);
        CHECK(done.label != undone.label);
    }
    // In Continue with an experiment waiting, the step is to check it.
    LoopRecord waiting = at(Stage::Continue, false);
    waiting.experiments.append(experiment("Ten slides"));
    LoopRecord nothing = at(Stage::Continue, false);
    CHECK(next(waiting).label != next(nothing).label);
}

TEST_CASE("The four-step indicator", "[core][loop]")
{
    using S = LoopPolicy::StepState;
    LoopRecord r = at(Stage::Apply, false);
    r.answers = {}; // Analyse was skipped
    CHECK(LoopPolicy::steps(r) == QVector<S>{S::Done, S::Skipped, S::Current, S::Upcoming});
    CHECK(LoopPolicy::steps(at(Stage::Detect, false)) ==
          QVector<S>{S::Current, S::Upcoming, S::Upcoming, S::Upcoming});
    CHECK(LoopPolicy::steps(at(Stage::Continue, true)) ==
          QVector<S>{S::Done, S::Done, S::Done, S::Current});
    LoopRecord closed = at(Stage::Continue, true);
    closed.stage = Stage::Closed;
    CHECK(LoopPolicy::steps(closed) == QVector<S>{S::Done, S::Done, S::Done, S::Done});
    closed.lessons.clear();
    closed.answers = {};
    CHECK(LoopPolicy::steps(closed) == QVector<S>{S::Done, S::Skipped, S::Skipped, S::Skipped});
}
