#include "core/StageAnswers.h"

namespace debrief {

std::optional<Stage> stageOfPrompt(QStringView promptId)
{
    const qsizetype dot = promptId.indexOf(u'.');
    if (dot <= 0)
        return std::nullopt;
    return stageFromKey(promptId.left(dot));
}

void StageAnswers::set(const QString& promptId, const QString& field, const StageAnswer& answer)
{
    if (answer.isEmpty())
        remove(promptId, field);
    else
        m_answers.insert({promptId, field}, answer);
}

void StageAnswers::remove(const QString& promptId, const QString& field)
{
    m_answers.remove({promptId, field});
}

StageAnswer StageAnswers::get(const QString& promptId, const QString& field) const
{
    return m_answers.value({promptId, field});
}

bool StageAnswers::has(const QString& promptId, const QString& field) const
{
    return m_answers.contains({promptId, field});
}

QVector<StageAnswers::Entry> StageAnswers::entries() const
{
    QVector<Entry> out;
    out.reserve(m_answers.size());
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
        out.append({it.key().first, it.key().second, it.value()});
    return out;
}

bool StageAnswers::hasAnswerIn(Stage stage) const
{
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        if (stageOfPrompt(it.key().first) == stage && !it.value().isEmpty())
            return true;
    }
    return false;
}

} // namespace debrief
