#pragma once

#include "vault/ReceivedStore.h"

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// "Shared with me": the people who shared entries with this vault, most recent first.
class SendersModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        SenderIdRole = Qt::UserRole + 1,
        NameRole, // as they signed their last share ("" when they gave none)
        LastReceivedRole,
        EntryCountRole,
    };
    Q_ENUM(Role)

    explicit SendersModel(QObject* parent = nullptr);

    void setSenders(QVector<ShareSender> senders);
    const ShareSender* find(qint64 senderId) const;
    int count() const { return rowCount(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QVector<ShareSender> m_rows;
};

} // namespace debrief
