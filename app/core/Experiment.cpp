#include "core/Experiment.h"

#include <QCoreApplication>

namespace debrief {

std::optional<ExperimentDecision> experimentDecisionFromStorage(qint64 value)
{
    if (value < qint64(ExperimentDecision::None) || value > qint64(ExperimentDecision::Drop))
        return std::nullopt;
    return ExperimentDecision(value);
}

QString experimentDecisionKey(ExperimentDecision decision)
{
    switch (decision) {
    case ExperimentDecision::None:
        return {};
    case ExperimentDecision::Keep:
        return QStringLiteral("keep");
    case ExperimentDecision::Adjust:
        return QStringLiteral("adjust");
    case ExperimentDecision::Drop:
        return QStringLiteral("drop");
    }
    return {};
}

QString experimentDecisionLabel(ExperimentDecision decision)
{
    switch (decision) {
    case ExperimentDecision::None:
        return {};
    case ExperimentDecision::Keep:
        return QCoreApplication::translate("Experiment", "Keep");
    case ExperimentDecision::Adjust:
        return QCoreApplication::translate("Experiment", "Adjust");
    case ExperimentDecision::Drop:
        return QCoreApplication::translate("Experiment", "Drop");
    }
    return {};
}

} // namespace debrief
