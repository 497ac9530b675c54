#pragma once

#include <QString>
#include <array>
#include <optional>

namespace debrief {

// Edmondson's three kinds of failure (Right Kind of Wrong, 2023). Stored numbers: never
// renumber.
enum class FailureType
{
    Unknown = 0,     // not placed yet
    Basic = 1,       // a preventable failure in known territory
    Complex = 2,     // many factors meeting in familiar but changing settings
    Intelligent = 3, // an undesired result of a thoughtful step into new territory
};

// Edmondson's spectrum of reasons for failure, from blameworthy to praiseworthy ("Strategies
// for Learning from Failure", HBR 2011). Each point belongs to one FailureType, so placing a
// reflection on the spectrum sets its type. Stored numbers: never renumber.
enum class SpectrumPoint
{
    None = 0,
    Deviance = 1,
    Inattention = 2,
    LackOfAbility = 3,
    ProcessInadequacy = 4,
    TaskChallenge = 5,
    ProcessComplexity = 6,
    Uncertainty = 7,
    HypothesisTesting = 8,
    ExploratoryTesting = 9,
};

// The nine points in the spectrum's order (blameworthy first).
inline constexpr std::array<SpectrumPoint, 9> SpectrumPoints = {
    SpectrumPoint::Deviance,          SpectrumPoint::Inattention,
    SpectrumPoint::LackOfAbility,     SpectrumPoint::ProcessInadequacy,
    SpectrumPoint::TaskChallenge,     SpectrumPoint::ProcessComplexity,
    SpectrumPoint::Uncertainty,       SpectrumPoint::HypothesisTesting,
    SpectrumPoint::ExploratoryTesting};

// Deviance..process inadequacy are basic, task challenge..uncertainty complex, hypothesis and
// exploratory testing intelligent; None is Unknown.
FailureType failureTypeOf(SpectrumPoint point);

std::optional<FailureType> failureTypeFromStorage(qint64 value);
std::optional<SpectrumPoint> spectrumPointFromStorage(qint64 value);

// Stable, untranslated keys ("basic", "process_complexity", …) for QML and exports.
QString failureTypeKey(FailureType type);
QString spectrumPointKey(SpectrumPoint point);

// What a person reads (translated): a name and a one-line explanation.
QString failureTypeLabel(FailureType type);
QString failureTypeDescription(FailureType type);
QString spectrumPointLabel(SpectrumPoint point);
QString spectrumPointDescription(SpectrumPoint point);

} // namespace debrief
