#pragma once

#include "vault/TagStore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// Tags to offer while a person types one (autocomplete): those starting with what is typed,
// most used first, without the ones already chosen.
class TagSuggestionsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(QString prefix READ prefix WRITE setPrefix NOTIFY prefixChanged)
    Q_PROPERTY(QStringList exclude READ exclude WRITE setExclude NOTIFY excludeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        UsesRole, // how many reflections carry it
    };
    Q_ENUM(Role)

    explicit TagSuggestionsModel(QObject* parent = nullptr);

    // The open vault's tags (null when locked); nothing is read until refresh() or a prefix.
    void setStore(const TagStore* store);
    void setLimit(int rows) { m_limit = rows; }

    QString prefix() const { return m_prefix; }
    void setPrefix(const QString& prefix);
    QStringList exclude() const { return m_exclude; }
    void setExclude(const QStringList& tags);
    int count() const { return rowCount(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE QString nameAt(int row) const;

public slots:
    // Reads the suggestions again (after tags changed).
    void refresh();

signals:
    void prefixChanged();
    void excludeChanged();
    void countChanged();

private:
    const TagStore* m_store = nullptr;
    QString m_prefix;
    QStringList m_exclude;
    QVector<TagUse> m_rows;
    int m_limit = 8;
};

} // namespace debrief
