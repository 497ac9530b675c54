#include "HistoryModel.h"

#include "vault/ReflectionStore.h"

namespace debrief {

namespace {
bool newerThan(const ReflectionSummary& a, const ReflectionSummary& b)
{
    return a.created.utc != b.created.utc ? a.created.utc > b.created.utc : a.id > b.id;
}
} // namespace

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void HistoryModel::setStore(ReflectionStore* store)
{
    beginResetModel();
    m_store = store;
    m_rows.clear();
    m_exhausted = (store == nullptr);
    endResetModel();
    emit countChanged();
    if (store)
        fetchMore({});
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReflectionSummary& row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case FirstLineRole:
    case Qt::DisplayRole:
        return row.firstLine;
    case CreatedRole:
        return row.created.local();
    case VoiceDurationRole:
        return row.voiceDurationMs;
    case VoiceRecoveredRole:
        return row.voiceRecovered;
    case StageRole:
        return int(row.stage);
    case StageLabelRole:
        return stageLabel(row.stage);
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    return {{IdRole, "reflectionId"},
            {FirstLineRole, "firstLine"},
            {CreatedRole, "created"},
            {VoiceDurationRole, "voiceDurationMs"},
            {VoiceRecoveredRole, "voiceRecovered"},
            {StageRole, "stage"},
            {StageLabelRole, "stageLabel"}};
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted || !m_store)
        return;
    std::optional<HistoryCursor> after;
    if (!m_rows.isEmpty())
        after = ReflectionStore::cursorAfter(m_rows.constLast());
    VaultError error;
    const auto page = m_store->page(after, m_pageSize, &error);
    setError(error.message());
    if (error)
        return;
    m_exhausted = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    emit countChanged();
}

int HistoryModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<ReflectionSummary> HistoryModel::summaryOf(ReflectionId id)
{
    if (!m_store)
        return std::nullopt;
    VaultError error;
    return m_store->summary(id, &error);
}

void HistoryModel::onAdded(qint64 id)
{
    const auto summary = summaryOf(id);
    if (!summary || rowOf(id) >= 0)
        return;
    int row = 0;
    while (row < m_rows.size() && newerThan(m_rows.at(row), *summary))
        ++row;
    if (row == m_rows.size() && !m_exhausted)
        return; // belongs to a page not loaded yet; fetchMore will bring it
    beginInsertRows({}, row, row);
    m_rows.insert(row, *summary);
    endInsertRows();
    emit countChanged();
}

void HistoryModel::onChanged(qint64 id)
{
    const int row = rowOf(id);
    const auto summary = summaryOf(id);
    if (row < 0 || !summary)
        return;
    m_rows[row] = *summary;
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
}

void HistoryModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit countChanged();
}

void HistoryModel::setError(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace debrief
