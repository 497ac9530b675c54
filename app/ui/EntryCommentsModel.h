#pragma once

#include "vault/EntryCommentStore.h"

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// The comments coaches sent back on the reflection the entry page shows, oldest first,
// read-only.
class EntryCommentsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role
    {
        CoachNameRole = Qt::UserRole + 1,
        TextRole,
        WrittenRole,
    };
    Q_ENUM(Role)

    explicit EntryCommentsModel(QObject* parent = nullptr);

    // The open vault's UI-thread connection (null: none).
    void setDatabase(Database* db);

    int count() const { return rowCount(); }
    QString errorMessage() const { return m_errorMessage; }

    // Shows this reflection's comments (0: none).
    Q_INVOKABLE void load(qint64 reflectionId);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    // Comments came in: read the shown reflection's again.
    void reload() { load(m_reflectionId); }

signals:
    void countChanged();
    void errorMessageChanged();

private:
    void setError(const QString& message);

    Database* m_db = nullptr;
    qint64 m_reflectionId = 0;
    QVector<EntryComment> m_rows;
    QString m_errorMessage;
};

} // namespace debrief
