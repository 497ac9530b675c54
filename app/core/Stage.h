#pragma once

#include <QString>
#include <array>
#include <optional>

namespace debrief {

// Where a reflection is in the intelligent-failure loop (Fail Forward): Detect -> Analyse ->
// Apply -> Continue, then Closed. The numbers are stored in the vault: never renumber.
enum class Stage
{
    Detect = 1,
    Analyse = 2,
    Apply = 3,
    Continue = 4,
    Closed = 5,
};

// The four stages a person works through, in order (Closed is not one of them).
inline constexpr std::array<Stage, 4> LoopStages = {Stage::Detect, Stage::Analyse, Stage::Apply,
                                                    Stage::Continue};

// The stored number back to a stage; nullopt for a number no Debrief ever wrote.
std::optional<Stage> stageFromStorage(qint64 value);
// A stable, untranslated key ("detect", "analyse", "apply", "continue", "closed"): prompt ids
// start with it.
QString stageKey(Stage stage);
std::optional<Stage> stageFromKey(QStringView key);
// The stage's name as a person reads it (translated).
QString stageLabel(Stage stage);
// 1..4 for the loop stages, 0 for Closed: the position in the four-step indicator.
int stageStep(Stage stage);
// The stage after (Continue -> Closed) and before (Detect has none) in the loop.
std::optional<Stage> stageAfter(Stage stage);
std::optional<Stage> stageBefore(Stage stage);

} // namespace debrief
