#include "core/LoopRecord.h"

namespace debrief {

std::optional<TransitionKind> transitionKindFromStorage(qint64 value)
{
    if (value < qint64(TransitionKind::Advance) || value > qint64(TransitionKind::Reopen))
        return std::nullopt;
    return TransitionKind(value);
}

} // namespace debrief
