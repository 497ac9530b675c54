#include "core/FailureType.h"

#include <QCoreApplication>

namespace debrief {

namespace {

struct PointText
{
    SpectrumPoint point;
    const char* key;
    const char* label;
    const char* description;
};

// The wording follows Edmondson's HBR 2011 table, shortened and made personal.
constexpr PointText PointTexts[] = {
    {SpectrumPoint::Deviance, "deviance", QT_TRANSLATE_NOOP("Spectrum", "Deviance"),
     QT_TRANSLATE_NOOP("Spectrum", "I chose to skip a known rule or practice.")},
    {SpectrumPoint::Inattention, "inattention", QT_TRANSLATE_NOOP("Spectrum", "Inattention"),
     QT_TRANSLATE_NOOP("Spectrum", "I drifted from what I know how to do.")},
    {SpectrumPoint::LackOfAbility, "lack_of_ability",
     QT_TRANSLATE_NOOP("Spectrum", "Lack of ability"),
     QT_TRANSLATE_NOOP("Spectrum", "I did not yet have the skills, conditions or training.")},
    {SpectrumPoint::ProcessInadequacy, "process_inadequacy",
     QT_TRANSLATE_NOOP("Spectrum", "Process inadequacy"),
     QT_TRANSLATE_NOOP("Spectrum", "I followed a process that was faulty or incomplete.")},
    {SpectrumPoint::TaskChallenge, "task_challenge",
     QT_TRANSLATE_NOOP("Spectrum", "Task challenge"),
     QT_TRANSLATE_NOOP("Spectrum", "The task was too hard to get right every time.")},
    {SpectrumPoint::ProcessComplexity, "process_complexity",
     QT_TRANSLATE_NOOP("Spectrum", "Process complexity"),
     QT_TRANSLATE_NOOP("Spectrum", "Many parts met in a new way and broke down.")},
    {SpectrumPoint::Uncertainty, "uncertainty", QT_TRANSLATE_NOOP("Spectrum", "Uncertainty"),
     QT_TRANSLATE_NOOP("Spectrum",
                       "Nobody could know what would happen; a reasonable step went wrong.")},
    {SpectrumPoint::HypothesisTesting, "hypothesis_testing",
     QT_TRANSLATE_NOOP("Spectrum", "Hypothesis testing"),
     QT_TRANSLATE_NOOP("Spectrum", "I tested an idea that might work, and it did not.")},
    {SpectrumPoint::ExploratoryTesting, "exploratory_testing",
     QT_TRANSLATE_NOOP("Spectrum", "Exploratory testing"),
     QT_TRANSLATE_NOOP("Spectrum", "I explored new territory to learn, and got an undesired "
                                   "result.")},
};

const PointText* textOf(SpectrumPoint point)
{
    for (const PointText& t : PointTexts) {
        if (t.point == point)
            return &t;
    }
    return nullptr;
}

} // namespace

FailureType failureTypeOf(SpectrumPoint point)
{
    switch (point) {
    case SpectrumPoint::None:
        return FailureType::Unknown;
    case SpectrumPoint::Deviance:
    case SpectrumPoint::Inattention:
    case SpectrumPoint::LackOfAbility:
    case SpectrumPoint::ProcessInadequacy:
        return FailureType::Basic;
    case SpectrumPoint::TaskChallenge:
    case SpectrumPoint::ProcessComplexity:
    case SpectrumPoint::Uncertainty:
        return FailureType::Complex;
    case SpectrumPoint::HypothesisTesting:
    case SpectrumPoint::ExploratoryTesting:
        return FailureType::Intelligent;
    }
    return FailureType::Unknown;
}

std::optional<FailureType> failureTypeFromStorage(qint64 value)
{
    if (value < qint64(FailureType::Unknown) || value > qint64(FailureType::Intelligent))
        return std::nullopt;
    return FailureType(value);
}

std::optional<SpectrumPoint> spectrumPointFromStorage(qint64 value)
{
    if (value < qint64(SpectrumPoint::None) || value > qint64(SpectrumPoint::ExploratoryTesting))
        return std::nullopt;
    return SpectrumPoint(value);
}

QString failureTypeKey(FailureType type)
{
    switch (type) {
    case FailureType::Unknown:
        return QStringLiteral("unknown");
    case FailureType::Basic:
        return QStringLiteral("basic");
    case FailureType::Complex:
        return QStringLiteral("complex");
    case FailureType::Intelligent:
        return QStringLiteral("intelligent");
    }
    return {};
}

QString spectrumPointKey(SpectrumPoint point)
{
    const PointText* t = textOf(point);
    return t ? QString::fromLatin1(t->key) : QStringLiteral("none");
}

QString failureTypeLabel(FailureType type)
{
    switch (type) {
    case FailureType::Unknown:
        return QCoreApplication::translate("FailureType", "Not placed yet");
    case FailureType::Basic:
        return QCoreApplication::translate("FailureType", "Basic failure");
    case FailureType::Complex:
        return QCoreApplication::translate("FailureType", "Complex failure");
    case FailureType::Intelligent:
        return QCoreApplication::translate("FailureType", "Intelligent failure");
    }
    return {};
}

QString failureTypeDescription(FailureType type)
{
    switch (type) {
    case FailureType::Unknown:
        return {};
    case FailureType::Basic:
        return QCoreApplication::translate(
            "FailureType", "Preventable, in known territory: a checklist or habit can stop it.");
    case FailureType::Complex:
        return QCoreApplication::translate(
            "FailureType",
            "Several factors met in a familiar but changing setting: watch for early signals.");
    case FailureType::Intelligent:
        return QCoreApplication::translate(
            "FailureType", "A thoughtful, small step into new territory: worth the lesson.");
    }
    return {};
}

QString spectrumPointLabel(SpectrumPoint point)
{
    const PointText* t = textOf(point);
    return t ? QCoreApplication::translate("Spectrum", t->label) : QString();
}

QString spectrumPointDescription(SpectrumPoint point)
{
    const PointText* t = textOf(point);
    return t ? QCoreApplication::translate("Spectrum", t->description) : QString();
}

} // namespace debrief
