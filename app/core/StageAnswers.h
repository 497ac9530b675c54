#pragma once

#include "core/Reflection.h"
#include "core/Stage.h"

#include <QMap>
#include <QPair>
#include <QString>
#include <QVector>

namespace debrief {

// One answer to a loop prompt, or to one field of it (an SCR has three). It remembers the
// version of the question it answered, so a later rewording never changes what was asked.
struct StageAnswer
{
    QString text;
    int value = 0;         // a feeling's strength 1..5, a choice, checklist bits; 0 = none
    int promptVersion = 0; // PromptCatalog version of the question answered
    LocalMoment updated;   // when it was last written (kept by the store)

    bool isEmpty() const { return text.trimmed().isEmpty() && value == 0; }
    // The same answer to the same question (when it was written aside).
    bool operator==(const StageAnswer& o) const
    {
        return text == o.text && value == o.value && promptVersion == o.promptVersion;
    }
};

// The stage a prompt id belongs to: its prefix ("analyse.why_difference" -> Analyse).
std::optional<Stage> stageOfPrompt(QStringView promptId);

// A reflection's answers to the loop prompts: prompt id (and field, "" for single-field
// prompts) -> answer. Empty answers are not kept.
class StageAnswers
{
public:
    struct Entry
    {
        QString promptId;
        QString field;
        StageAnswer answer;
    };

    // Sets (or, for an empty answer, removes) one answer.
    void set(const QString& promptId, const QString& field, const StageAnswer& answer);
    void remove(const QString& promptId, const QString& field = {});
    // The answer, or an empty one (promptVersion 0) when there is none.
    StageAnswer get(const QString& promptId, const QString& field = {}) const;
    bool has(const QString& promptId, const QString& field = {}) const;

    // Every answer, ordered by prompt id then field.
    QVector<Entry> entries() const;
    int size() const { return int(m_answers.size()); }
    bool isEmpty() const { return m_answers.isEmpty(); }
    // True when some prompt of this stage has a non-empty answer.
    bool hasAnswerIn(Stage stage) const;

    bool operator==(const StageAnswers& o) const { return m_answers == o.m_answers; }

private:
    QMap<QPair<QString, QString>, StageAnswer> m_answers;
};

} // namespace debrief
