#include "EntryCommentsModel.h"

namespace debrief {

EntryCommentsModel::EntryCommentsModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void EntryCommentsModel::setDatabase(Database* db)
{
    m_db = db;
    load(0);
}

void EntryCommentsModel::load(qint64 reflectionId)
{
    m_reflectionId = reflectionId;
    QVector<EntryComment> rows;
    VaultError error;
    if (m_db && reflectionId > 0)
        rows = EntryCommentStore(*m_db).commentsOn(reflectionId, &error);
    setError(error ? error.message() : QString());
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count())
        emit countChanged();
}

int EntryCommentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EntryCommentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntryComment& c = m_rows.at(index.row());
    switch (role) {
    case CoachNameRole:
        return c.coachName;
    case TextRole:
        return c.text;
    case WrittenRole:
        return c.written.local();
    default:
        return {};
    }
}

QHash<int, QByteArray> EntryCommentsModel::roleNames() const
{
    return {{CoachNameRole, "coachName"}, {TextRole, "text"}, {WrittenRole, "written"}};
}

void EntryCommentsModel::setError(const QString& message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace debrief
