#include "core/LoopRecord.h"

namespace debrief {

std::optional<TransitionKind> transitionKindFromStorage(qint64 value)
{
    if (value < qint64(TransitionKind::Advance) || value > qint64(TransitionKind::Reopen))
        return std::nullopt;
    return TransitionKind(value);
}

bool LoopRecord::answeredIn(Stage stage) const
{
    if (answers.hasAnswerIn(stage))
        return true;
    for (auto it = spokenAnswers.cbegin(); it != spokenAnswers.cend(); ++it) {
        if (stageOfPrompt(it.key()) == stage)
            return true;
    }
    return false;
}

} // namespace debrief
