#pragma once

#include "core/PromptCatalog.h"
#include "core/StageAnswers.h"

#include <QAbstractListModel>
#include <QMap>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// The questions of one stage with the entry's answers, straight from the PromptCatalog: the
// one stage page draws a delegate per row by its kind, so no stage is a hand-made page.
class PromptsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by LoopController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        PromptIdRole = Qt::UserRole + 1,
        KindRole,             // promptKindKey: "freeText", "feeling", "scr", …
        QuestionRole,         // the current wording, translated
        HintRole,             // may be empty
        SourceRole,           // the citation
        VersionRole,          // the current wording's version
        AnswerRole,           // text of the answer (field "")
        ValueRole,            // value of the answer (feeling 1..5, choice, checklist bits)
        FieldsRole,           // [{field, label, text}] for an SCR
        OptionsRole,          // [{value, label}] for a choice or checklist
        AnsweredRole,         // any non-empty answer (any field), typed or spoken
        AnsweredVersionRole,  // version the stored answer answered; 0 when none
        AnsweredQuestionRole, // that version's wording when it differs from today's, else ""
        HasVoiceRole,         // a spoken answer is recorded for it
        VoiceDurationMsRole,  // its length in milliseconds (0 without one)
    };
    Q_ENUM(Role)

    explicit PromptsModel(const PromptCatalog& catalog, QObject* parent = nullptr);

    // Shows the prompts of stage with these answers, typed and spoken (prompt id -> length in
    // ms); Closed shows none: a new page.
    void show(Stage stage, const StageAnswers& answers, const QMap<QString, qint64>& spoken);
    // The same page with answers written or recorded elsewhere: only rows whose answers differ
    // change.
    void refresh(const StageAnswers& answers, const QMap<QString, qint64>& spoken);
    Stage stage() const { return m_stage; }
    // An answer typed on the page: kept, without re-sending the text to the field being typed in.
    void answerEdited(const QString& promptId, const QString& field, const StageAnswer& answer);
    // The language changed: the questions and their labels are read again (not the answers).
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return rowCount(); }
    Q_INVOKABLE int rowOf(const QString& promptId) const;

signals:
    void countChanged();

private:
    bool answeredAny(const Prompt& prompt) const;
    int answeredVersion(const Prompt& prompt) const;
    const PromptCatalog& m_catalog;
    Stage m_stage = Stage::Closed;
    std::vector<const Prompt*> m_prompts;
    StageAnswers m_answers;
    QMap<QString, qint64> m_spoken;
};

} // namespace debrief
