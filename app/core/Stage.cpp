#include "core/Stage.h"

#include <QCoreApplication>

namespace debrief {

std::optional<Stage> stageFromStorage(qint64 value)
{
    if (value < qint64(Stage::Detect) || value > qint64(Stage::Closed))
        return std::nullopt;
    return Stage(value);
}

QString stageKey(Stage stage)
{
    switch (stage) {
    case Stage::Detect:
        return QStringLiteral("detect");
    case Stage::Analyse:
        return QStringLiteral("analyse");
    case Stage::Apply:
        return QStringLiteral("apply");
    case Stage::Continue:
        return QStringLiteral("continue");
    case Stage::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<Stage> stageFromKey(QStringView key)
{
    for (Stage s : {Stage::Detect, Stage::Analyse, Stage::Apply, Stage::Continue, Stage::Closed}) {
        if (key == stageKey(s))
            return s;
    }
    return std::nullopt;
}

QString stageLabel(Stage stage)
{
    switch (stage) {
    case Stage::Detect:
        return QCoreApplication::translate("Stage", "Detect");
    case Stage::Analyse:
        return QCoreApplication::translate("Stage", "Analyse");
    case Stage::Apply:
        return QCoreApplication::translate("Stage", "Apply");
    case Stage::Continue:
        return QCoreApplication::translate("Stage", "Continue");
    case Stage::Closed:
        return QCoreApplication::translate("Stage", "Closed");
    }
    return {};
}

int stageStep(Stage stage)
{
    return stage == Stage::Closed ? 0 : int(stage);
}

std::optional<Stage> stageAfter(Stage stage)
{
    if (stage == Stage::Closed)
        return std::nullopt;
    return Stage(int(stage) + 1);
}

std::optional<Stage> stageBefore(Stage stage)
{
    if (stage == Stage::Detect || stage == Stage::Closed)
        return std::nullopt;
    return Stage(int(stage) - 1);
}

} // namespace debrief
