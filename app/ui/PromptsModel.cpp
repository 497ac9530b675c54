#include "PromptsModel.h"

#include <QVariantList>

namespace debrief {

PromptsModel::PromptsModel(const PromptCatalog& catalog, QObject* parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
}

void PromptsModel::show(Stage stage, const StageAnswers& answers,
                        const QMap<QString, qint64>& spoken)
{
    beginResetModel();
    m_stage = stage;
    m_answers = answers;
    m_spoken = spoken;
    m_prompts = m_catalog.prompts(stage);
    endResetModel();
    emit countChanged();
}

void PromptsModel::refresh(const StageAnswers& answers, const QMap<QString, qint64>& spoken)
{
    const StageAnswers before = m_answers;
    const QMap<QString, qint64> spokenBefore = m_spoken;
    m_answers = answers;
    m_spoken = spoken;
    for (int row = 0; row < int(m_prompts.size()); ++row) {
        const QString id = m_prompts.at(std::size_t(row))->idString();
        bool differs = false;
        for (const auto& e : before.entries())
            differs =
                differs || (e.promptId == id && !(answers.get(e.promptId, e.field) == e.answer));
        for (const auto& e : answers.entries())
            differs =
                differs || (e.promptId == id && !(before.get(e.promptId, e.field) == e.answer));
        if (differs) {
            emit dataChanged(index(row), index(row));
        } else if (spokenBefore.value(id, -1) != spoken.value(id, -1)) {
            // Only the spoken answer: the typed text is not sent again (no cursor jumps).
            emit dataChanged(index(row), index(row),
                             {HasVoiceRole, VoiceDurationMsRole, AnsweredRole});
        }
    }
}

void PromptsModel::answerEdited(const QString& promptId, const QString& field,
                                const StageAnswer& answer)
{
    const int row = rowOf(promptId);
    const auto derived = [&] {
        const Prompt& p = *m_prompts.at(std::size_t(row));
        return std::make_pair(answeredAny(p), answeredVersion(p));
    };
    const auto before = row >= 0 ? derived() : std::make_pair(false, 0);
    const int valueBefore = m_answers.get(promptId, field).value;
    m_answers.set(promptId, field, answer);
    // The text itself is not sent back (the field shows it already; a round trip would move the
    // cursor), only what the row derives from it and a changed value (a feeling's strength, a
    // choice: the other options must follow).
    if (row < 0)
        return;
    QList<int> roles;
    if (derived() != before)
        roles << AnsweredRole << AnsweredVersionRole << AnsweredQuestionRole;
    if (field.isEmpty() && answer.value != valueBefore)
        roles << ValueRole;
    if (!roles.isEmpty())
        emit dataChanged(index(row), index(row), roles);
}

int PromptsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_prompts.size());
}

bool PromptsModel::answeredAny(const Prompt& prompt) const
{
    if (m_spoken.contains(prompt.idString()))
        return true;
    for (const auto& e : m_answers.entries()) {
        if (e.promptId == prompt.idString() && !e.answer.isEmpty())
            return true;
    }
    return false;
}

int PromptsModel::answeredVersion(const Prompt& prompt) const
{
    int version = 0;
    for (const auto& e : m_answers.entries()) {
        if (e.promptId == prompt.idString())
            version = std::max(version, e.answer.promptVersion);
    }
    return version;
}

QVariant PromptsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Prompt& p = *m_prompts.at(std::size_t(index.row()));
    switch (role) {
    case PromptIdRole:
        return p.idString();
    case KindRole:
        return promptKindKey(p.kind);
    case QuestionRole:
    case Qt::DisplayRole:
        return p.question();
    case HintRole:
        return p.hint();
    case SourceRole:
        return p.sourceText();
    case VersionRole:
        return p.version();
    case AnswerRole:
        return m_answers.get(p.idString()).text;
    case ValueRole:
        return m_answers.get(p.idString()).value;
    case FieldsRole: {
        QVariantList fields;
        for (const PromptField& f : p.fields) {
            const QString key = QString::fromLatin1(f.key);
            fields.append(
                QVariantMap{{QStringLiteral("field"), key},
                            {QStringLiteral("label"), PromptCatalog::label(f.label)},
                            {QStringLiteral("text"), m_answers.get(p.idString(), key).text}});
        }
        return fields;
    }
    case OptionsRole: {
        QVariantList options;
        for (const PromptOption& o : p.options)
            options.append(QVariantMap{{QStringLiteral("value"), o.value},
                                       {QStringLiteral("label"), PromptCatalog::label(o.label)}});
        return options;
    }
    case AnsweredRole:
        return answeredAny(p);
    case AnsweredVersionRole:
        return answeredVersion(p);
    case AnsweredQuestionRole: {
        const int version = answeredVersion(p);
        return version == 0 || version == p.version()
                   ? QString()
                   : m_catalog.questionText(p.idString(), version);
    }
    case HasVoiceRole:
        return m_spoken.contains(p.idString());
    case VoiceDurationMsRole:
        return int(m_spoken.value(p.idString(), 0)); // an int for QML, like the players
    default:
        return {};
    }
}

QHash<int, QByteArray> PromptsModel::roleNames() const
{
    return {{PromptIdRole, "promptId"},
            {KindRole, "kind"},
            {QuestionRole, "question"},
            {HintRole, "hint"},
            {SourceRole, "source"},
            {VersionRole, "version"},
            {AnswerRole, "answer"},
            {ValueRole, "value"},
            {FieldsRole, "fields"},
            {OptionsRole, "options"},
            {AnsweredRole, "answered"},
            {AnsweredVersionRole, "answeredVersion"},
            {AnsweredQuestionRole, "answeredQuestion"},
            {HasVoiceRole, "hasVoice"},
            {VoiceDurationMsRole, "voiceDurationMs"}};
}

int PromptsModel::rowOf(const QString& promptId) const
{
    for (int row = 0; row < int(m_prompts.size()); ++row) {
        if (m_prompts.at(std::size_t(row))->idString() == promptId)
            return row;
    }
    return -1;
}

void PromptsModel::retranslate()
{
    if (!m_prompts.empty())
        emit dataChanged(index(0), index(int(m_prompts.size()) - 1),
                         {QuestionRole, HintRole, FieldsRole, OptionsRole, AnsweredQuestionRole});
}

} // namespace debrief
