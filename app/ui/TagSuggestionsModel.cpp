#include "TagSuggestionsModel.h"

namespace debrief {

TagSuggestionsModel::TagSuggestionsModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void TagSuggestionsModel::setStore(const TagStore* store)
{
    m_store = store;
    // Read when a tag field asks (refresh, prefix), not while the vault opens.
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
}

void TagSuggestionsModel::setPrefix(const QString& prefix)
{
    if (m_prefix == prefix)
        return;
    m_prefix = prefix;
    emit prefixChanged();
    refresh();
}

void TagSuggestionsModel::setExclude(const QStringList& tags)
{
    if (m_exclude == tags)
        return;
    m_exclude = tags;
    emit excludeChanged();
    refresh();
}

void TagSuggestionsModel::refresh()
{
    QVector<TagUse> rows;
    if (m_store) {
        VaultError error;
        // A few more than shown, as the chosen ones are left out.
        const auto found =
            m_store->suggestions(m_prefix.trimmed(), m_limit + int(m_exclude.size()), &error);
        for (const TagUse& use : found) {
            if (!m_exclude.contains(use.name, Qt::CaseInsensitive) && rows.size() < m_limit)
                rows.append(use);
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int TagSuggestionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TagSuggestionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagUse& row = m_rows.at(index.row());
    switch (role) {
    case NameRole:
    case Qt::DisplayRole:
        return row.name;
    case UsesRole:
        return row.count;
    default:
        return {};
    }
}

QHash<int, QByteArray> TagSuggestionsModel::roleNames() const
{
    return {{NameRole, "name"}, {UsesRole, "uses"}};
}

QString TagSuggestionsModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

} // namespace debrief
