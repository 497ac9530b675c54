#include "LessonsModel.h"

namespace debrief {

LessonsModel::LessonsModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void LessonsModel::setStore(LoopStore* store)
{
    m_store = store;
    refresh();
}

void LessonsModel::setQuery(const QString& query)
{
    if (m_query == query)
        return;
    m_query = query;
    emit queryChanged();
    refresh();
}

void LessonsModel::refresh()
{
    QVector<LessonListing> rows;
    VaultError error;
    if (m_store)
        rows = m_store->lessons(m_query, m_limit, &error);
    setError(error.message());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int LessonsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LessonsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LessonListing& row = m_rows.at(index.row());
    switch (role) {
    case LessonIdRole:
        return row.lesson.id;
    case ReflectionIdRole:
        return row.lesson.reflectionId;
    case TextRole:
    case Qt::DisplayRole:
        return row.lesson.text;
    case SnippetRole:
        return row.snippet;
    case StageRole:
        return int(row.lesson.stage);
    case StageLabelRole:
        return stageLabel(row.lesson.stage);
    case CreatedRole:
        return row.lesson.created.local();
    case EntryFirstLineRole:
        return row.entryFirstLine;
    default:
        return {};
    }
}

QHash<int, QByteArray> LessonsModel::roleNames() const
{
    return {{LessonIdRole, "lessonId"}, {ReflectionIdRole, "reflectionId"},
            {TextRole, "text"},         {SnippetRole, "snippet"},
            {StageRole, "stage"},       {StageLabelRole, "stageLabel"},
            {CreatedRole, "created"},   {EntryFirstLineRole, "entryFirstLine"}};
}

int LessonsModel::rowOf(qint64 lessonId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).lesson.id == lessonId)
            return i;
    }
    return -1;
}

void LessonsModel::setError(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace debrief
