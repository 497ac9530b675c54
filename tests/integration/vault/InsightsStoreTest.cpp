// InsightsStore on a small hand-made vault whose figures are worked out by hand: the funnel,
// the medians between stages (first arrivals, a move back included), experiments and
// decisions, the failure-type mix, lessons, and reflections per local day for the heat map.

#include "HistoryFixture.h"

#include "vault/InsightsStore.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

constexpr qint64 Hour = 3600 * 1000;
const QByteArray Berlin = "Europe/Berlin";

qint64 berlinMs(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), QTimeZone(Berlin))
        .toMSecsSinceEpoch();
}

struct InsightsFixture : HistoryFixture
{
    InsightsFixture()
        : HistoryFixture("insights")
    {
    }

    void move(ReflectionId id, TransitionKind kind, qint64 at, const QString& reason = {})
    {
        VaultError error;
        const auto verdict = loops.transition(id, kind, reason, momentAt(at, Berlin), &error);
        requireOk(error);
        INFO(verdict.reason.toStdString());
        REQUIRE(verdict.allowed);
    }

    ExperimentId experiment(ReflectionId id, qint64 at, bool planned)
    {
        VaultError error;
        const ExperimentId x = loops.addExperiment(id, 0, momentAt(at, Berlin), &error);
        requireOk(error);
        if (planned)
            requireOk(loops.updateExperimentPlan(x, 0, QStringLiteral("it helps"),
                                                 QStringLiteral("try it"), QDate(2024, 6, 1),
                                                 QStringLiteral("we see")));
        return x;
    }

    void lesson(ReflectionId id, Stage stage, qint64 at)
    {
        VaultError error;
        loops.addLesson(id, stage, QStringLiteral("a rule"), momentAt(at, Berlin), &error);
        requireOk(error);
    }

    Insights compute(const QDate& today, int days)
    {
        VaultError error;
        const Insights in = InsightsStore(*db).compute(QTimeZone(Berlin), today, days, &error);
        requireOk(error);
        return in;
    }
};

} // namespace

TEST_CASE("Insights of an empty vault are zeros, with no medians", "[insights]")
{
    InsightsFixture f;
    const Insights in = f.compute(QDate(2024, 5, 7), 3);
    CHECK(in.reflections == 0);
    CHECK(in.reachedStage == std::array<int, 4>{0, 0, 0, 0});
    CHECK_FALSE(in.medianDetectToAnalyseHours);
    CHECK_FALSE(in.medianAnalyseToApplyHours);
    CHECK(in.experiments == 0);
    CHECK(in.lessons == 0);
    CHECK(in.heatStart == QDate(2024, 5, 5));
    CHECK(in.perDay == QVector<int>{0, 0, 0});
}

TEST_CASE("Insights of a hand-made vault: funnel, medians, experiments, mix, lessons, heat map",
          "[insights]")
{
    InsightsFixture f;
    // r1: Detect only.
    f.add(QStringLiteral("r1"), berlinMs(5, 1, 10), Berlin);
    // r2: Analyse after 6 h (basic); an experiment without a plan does not count.
    const qint64 c2 = berlinMs(5, 2, 10);
    const ReflectionId r2 = f.add(QStringLiteral("r2"), c2, Berlin);
    requireOk(f.loops.setFailureType(r2, FailureType::Basic));
    f.move(r2, TransitionKind::Advance, c2 + 6 * Hour);
    f.experiment(r2, c2 + 7 * Hour, false);
    // r3: Analyse after 10 h, Apply 30 h later (complex), an open experiment, a lesson.
    const qint64 c3 = berlinMs(5, 3, 9);
    const ReflectionId r3 = f.add(QStringLiteral("r3"), c3, Berlin);
    requireOk(f.loops.setFailureType(r3, FailureType::Complex));
    f.move(r3, TransitionKind::Advance, c3 + 10 * Hour);
    f.lesson(r3, Stage::Apply, c3 + 11 * Hour);
    f.move(r3, TransitionKind::Advance, c3 + 40 * Hour);
    f.experiment(r3, c3 + 41 * Hour, true);
    // r4: Analyse after 2 h, Apply 4 h later (intelligent), Continue, kept, two lessons.
    const qint64 c4 = berlinMs(5, 4, 8);
    const ReflectionId r4 = f.add(QStringLiteral("r4"), c4, Berlin);
    requireOk(f.loops.setFailureType(r4, FailureType::Intelligent));
    f.move(r4, TransitionKind::Advance, c4 + 2 * Hour);
    f.lesson(r4, Stage::Apply, c4 + 5 * Hour);
    f.move(r4, TransitionKind::Advance, c4 + 6 * Hour);
    const ExperimentId kept = f.experiment(r4, c4 + 7 * Hour, true);
    f.move(r4, TransitionKind::Advance, c4 + 8 * Hour);
    requireOk(f.loops.decideExperiment(kept, ExperimentDecision::Keep, momentAt(c4 + 9 * Hour)));
    f.lesson(r4, Stage::Continue, c4 + 9 * Hour);
    // r5: closed early from Detect.
    const qint64 c5 = berlinMs(5, 5, 12);
    const ReflectionId r5 = f.add(QStringLiteral("r5"), c5, Berlin);
    f.move(r5, TransitionKind::Close, c5 + Hour, QStringLiteral("not worth it"));
    // r6: Analyse after 20 h, Apply 10 h later, back to Analyse and on again (the first arrivals
    // count), Continue, one experiment dropped and one adjusted, closed (complex).
    const qint64 c6 = berlinMs(5, 6, 7);
    const ReflectionId r6 = f.add(QStringLiteral("r6"), c6, Berlin);
    requireOk(f.loops.setFailureType(r6, FailureType::Complex));
    f.move(r6, TransitionKind::Advance, c6 + 20 * Hour);
    f.lesson(r6, Stage::Apply, c6 + 21 * Hour);
    f.move(r6, TransitionKind::Advance, c6 + 30 * Hour);
    f.move(r6, TransitionKind::Back, c6 + 31 * Hour);
    f.move(r6, TransitionKind::Advance, c6 + 40 * Hour);
    f.move(r6, TransitionKind::Advance, c6 + 41 * Hour);
    const ExperimentId dropped = f.experiment(r6, c6 + 42 * Hour, true);
    const ExperimentId adjusted = f.experiment(r6, c6 + 43 * Hour, true);
    requireOk(
        f.loops.decideExperiment(dropped, ExperimentDecision::Drop, momentAt(c6 + 44 * Hour)));
    requireOk(
        f.loops.decideExperiment(adjusted, ExperimentDecision::Adjust, momentAt(c6 + 45 * Hour)));
    f.move(r6, TransitionKind::Advance, c6 + 46 * Hour);
    // r7: half past midnight in Berlin on 7 May (still 6 May in UTC).
    f.add(QStringLiteral("r7"), berlinMs(5, 7, 0, 30), Berlin);
    // r8: a voice note still being recorded is not counted.
    f.addVoice({}, berlinMs(5, 7, 9), false);

    const Insights in = f.compute(QDate(2024, 5, 8), 8);
    CHECK(in.reflections == 7);
    CHECK(in.reachedStage == std::array<int, 4>{7, 4, 3, 2});
    CHECK(in.closed == 2);
    REQUIRE(in.medianDetectToAnalyseHours);
    CHECK(*in.medianDetectToAnalyseHours == 8.0); // 2, 6, 10, 20
    REQUIRE(in.medianAnalyseToApplyHours);
    CHECK(*in.medianAnalyseToApplyHours == 10.0); // 4, 10, 30
    CHECK(in.experiments == 4);
    CHECK(in.experimentsOpen == 1);
    CHECK(in.kept == 1);
    CHECK(in.adjusted == 1);
    CHECK(in.dropped == 1);
    CHECK(in.failureTypes == std::array<int, 4>{3, 1, 2, 1});
    CHECK(in.lessons == 4);
    CHECK(in.heatStart == QDate(2024, 5, 1));
    CHECK(in.perDay == QVector<int>{1, 1, 1, 1, 1, 1, 1, 0});

    // A deleted reflection leaves the figures with everything it had.
    requireOk(f.store.remove(r6));
    const Insights after = f.compute(QDate(2024, 5, 8), 8);
    CHECK(after.reflections == 6);
    CHECK(after.reachedStage == std::array<int, 4>{6, 3, 2, 1});
    CHECK(after.closed == 1);
    CHECK(*after.medianDetectToAnalyseHours == 6.0); // 2, 6, 10
    CHECK(*after.medianAnalyseToApplyHours == 17.0); // 4, 30
    CHECK(after.experiments == 2);
    CHECK(after.dropped == 0);
    CHECK(after.failureTypes == std::array<int, 4>{3, 1, 1, 1});
    CHECK(after.lessons == 3);
    CHECK(after.perDay == QVector<int>{1, 1, 1, 1, 1, 0, 1, 0});
}
