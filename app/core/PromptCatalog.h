#pragma once

#include "core/Stage.h"

#include <QString>
#include <optional>
#include <vector>

namespace debrief {

// How a prompt is answered, so one stage page can draw any prompt.
enum class PromptKind
{
    FreeText,   // a text answer (facts, expectations, five whys…)
    Feeling,    // one word (text) and how strongly, 1..5 (value); kept apart from the facts
    Choice,     // one of the prompt's options (value)
    Checklist,  // any of the prompt's options (value: the options' bits)
    Spectrum,   // Edmondson's spectrum: sets the reflection's spectrum point and failure type
    Scr,        // three sentences: the prompt's fields situation, complication, resolution
    Lesson,     // the reflection's lessons written at this stage
    Changes,    // the possible changes on the impact x feasibility grid
    Experiment, // hypothesis, action, check date and signal of the current experiment
    Result,     // the current experiment's result, against its hypothesis
    Decision,   // keep, adjust or drop the tested change
    NextRisk,   // a text answer that can become a new reflection or experiment
};

// Stable keys for QML: "freeText", "feeling", "choice", "checklist", "spectrum", "scr",
// "lesson", "changes", "experiment", "result", "decision", "nextRisk".
QString promptKindKey(PromptKind kind);

// One wording of a prompt. Rewording a question adds a version; answers keep the one they
// answered. Strings are QT_TRANSLATE_NOOP("PromptCatalog", …) and translated when read.
struct PromptWording
{
    int version = 1;
    const char* question = nullptr;
    const char* hint = nullptr; // may be null
};

struct PromptField
{
    const char* key;   // stable: stored with the answer
    const char* label; // translatable
};

struct PromptOption
{
    int value; // stored; for a Checklist a distinct bit
    const char* label;
};

// One question of the loop: a stable id ("analyse.why_difference", the stage first), its kind,
// its wordings (oldest first, the last is current) and where it comes from.
struct Prompt
{
    const char* id;
    PromptKind kind;
    const char* source; // the citation, translatable
    std::vector<PromptWording> wordings;
    std::vector<PromptField> fields;   // Scr
    std::vector<PromptOption> options; // Choice, Checklist

    QString idString() const { return QString::fromLatin1(id); }
    Stage stage() const;
    int version() const { return wordings.back().version; }
    QString question() const; // current wording, translated
    QString hint() const;     // current hint, translated; may be empty
    QString sourceText() const;
    // The question as that version asked it (translated), or nullopt for a version never shipped.
    std::optional<QString> questionOf(int version) const;
};

// The questions of each stage, from ../shared/LOOP.md (AAR, NWCG, Gibbs, Kolb, Sitkin,
// Edmondson, Minto, McGrath): the wording is ours, the intent and the sources are theirs.
class PromptCatalog
{
public:
    explicit PromptCatalog(std::vector<Prompt> prompts);
    // The catalog Debrief ships.
    static PromptCatalog standard();

    const std::vector<Prompt>& all() const { return m_prompts; }
    // The prompts of one stage, in the order they are asked.
    std::vector<const Prompt*> prompts(Stage stage) const;
    const Prompt* find(QStringView id) const;
    // The text of the question a stored answer answered: that version's wording, or, for a
    // prompt or version this catalog does not know, an empty string.
    QString questionText(QStringView id, int version) const;

    // Shown at the top of a stage page (translated). Analyse's hint is "what, not who".
    static QString stageIntro(Stage stage);
    static QString stageHint(Stage stage);
    // A field's or option's label, translated.
    static QString label(const char* text);

private:
    std::vector<Prompt> m_prompts;
};

} // namespace debrief
