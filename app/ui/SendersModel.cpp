#include "SendersModel.h"

namespace debrief {

SendersModel::SendersModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void SendersModel::setSenders(QVector<ShareSender> senders)
{
    const int before = count();
    beginResetModel();
    m_rows = std::move(senders);
    endResetModel();
    if (before != count())
        emit countChanged();
}

const ShareSender* SendersModel::find(qint64 senderId) const
{
    for (const ShareSender& s : m_rows) {
        if (s.id == senderId)
            return &s;
    }
    return nullptr;
}

int SendersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SendersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShareSender& s = m_rows.at(index.row());
    switch (role) {
    case SenderIdRole:
        return s.id;
    case NameRole:
        return s.name;
    case LastReceivedRole:
        return s.lastReceived.toLocalTime();
    case EntryCountRole:
        return s.entryCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> SendersModel::roleNames() const
{
    return {{SenderIdRole, "senderId"},
            {NameRole, "name"},
            {LastReceivedRole, "lastReceived"},
            {EntryCountRole, "entryCount"}};
}

} // namespace debrief
