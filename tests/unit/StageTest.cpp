// Stage and failure type: stored numbers never change, keys, order, Edmondson's spectrum
// mapped onto basic / complex / intelligent.

#include "core/Stage.h"
#include "TestStrings.h"
#include "core/FailureType.h"

#include <QSet>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;

TEST_CASE("Stages keep their stored numbers and keys", "[core][stage]")
{
    CHECK(int(Stage::Detect) == 1);
    CHECK(int(Stage::Analyse) == 2);
    CHECK(int(Stage::Apply) == 3);
    CHECK(int(Stage::Continue) == 4);
    CHECK(int(Stage::Closed) == 5);
    for (qint64 v = 1; v <= 5; ++v) {
        const auto s = stageFromStorage(v);
        REQUIRE(s);
        CHECK(qint64(*s) == v);
        CHECK(stageFromKey(stageKey(*s)) == s);
        CHECK_FALSE(stageLabel(*s).isEmpty());
    }
    CHECK_FALSE(stageFromStorage(0));
    CHECK_FALSE(stageFromStorage(6));
    CHECK_FALSE(stageFromKey(u"later"));
    CHECK(stageAfter(Stage::Continue) == Stage::Closed);
    CHECK_FALSE(stageAfter(Stage::Closed));
    CHECK_FALSE(stageBefore(Stage::Detect));
    CHECK(stageBefore(Stage::Apply) == Stage::Analyse);
    CHECK(stageStep(Stage::Detect) == 1);
    CHECK(stageStep(Stage::Continue) == 4);
    CHECK(stageStep(Stage::Closed) == 0);
}

TEST_CASE("Edmondson's spectrum sets the failure type", "[core][stage]")
{
    using P = SpectrumPoint;
    using T = FailureType;
    CHECK(failureTypeOf(P::None) == T::Unknown);
    for (P p : {P::Deviance, P::Inattention, P::LackOfAbility, P::ProcessInadequacy})
        CHECK(failureTypeOf(p) == T::Basic);
    for (P p : {P::TaskChallenge, P::ProcessComplexity, P::Uncertainty})
        CHECK(failureTypeOf(p) == T::Complex);
    for (P p : {P::HypothesisTesting, P::ExploratoryTesting})
        CHECK(failureTypeOf(p) == T::Intelligent);

    // The order runs from blameworthy to praiseworthy, and types never go back.
    QSet<QString> keys;
    int lastType = 0;
    for (std::size_t i = 0; i < SpectrumPoints.size(); ++i) {
        const P p = SpectrumPoints[i];
        CHECK(int(p) == int(i) + 1);
        CHECK(int(failureTypeOf(p)) >= lastType);
        lastType = int(failureTypeOf(p));
        CHECK(spectrumPointFromStorage(qint64(p)) == p);
        keys.insert(spectrumPointKey(p));
        CHECK_FALSE(spectrumPointLabel(p).isEmpty());
        CHECK_FALSE(spectrumPointDescription(p).isEmpty());
    }
    CHECK(keys.size() == 9);
    CHECK_FALSE(spectrumPointFromStorage(10));
    CHECK(failureTypeFromStorage(3) == T::Intelligent);
    CHECK_FALSE(failureTypeFromStorage(4));
    CHECK(failureTypeKey(T::Complex) == QStringLiteral("complex"));
    CHECK_FALSE(failureTypeDescription(T::Intelligent).isEmpty());
}
