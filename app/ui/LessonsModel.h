#pragma once

#include "vault/LoopStore.h"

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// Every lesson across entries for the Lessons page, newest first, or those matching query
// (by their own words, best first, with the matches marked in snippet); each links back to its
// reflection.
class LessonsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role
    {
        LessonIdRole = Qt::UserRole + 1,
        ReflectionIdRole,
        TextRole,
        SnippetRole, // text with matches wrapped in U+E000 … U+E001; "" when not searching
        StageRole,   // where it was written (LoopController.Apply or .Continue)
        StageLabelRole,
        CreatedRole,
        EntryFirstLineRole, // the first line of its reflection ("" for a voice-only one)
    };
    Q_ENUM(Role)

    explicit LessonsModel(QObject* parent = nullptr);

    void setStore(LoopStore* store);
    void setLimit(int rows) { m_limit = rows; }

    QString query() const { return m_query; }
    void setQuery(const QString& query);
    int count() const { return rowCount(); }
    QString errorMessage() const { return m_errorMessage; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE int rowOf(qint64 lessonId) const;

public slots:
    // Reads the list again (after lessons or entries changed).
    void refresh();

signals:
    void queryChanged();
    void countChanged();
    void errorMessageChanged();

private:
    void setError(const QString& message);
    LoopStore* m_store = nullptr;
    QVector<LessonListing> m_rows;
    QString m_query;
    QString m_errorMessage;
    int m_limit = 1000;
};

} // namespace debrief
