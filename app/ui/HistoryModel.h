#pragma once

#include "core/Reflection.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace debrief {

class ReflectionStore;

// History, newest first, loaded a page at a time as the list scrolls (never the whole table).
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        FirstLineRole,
        CreatedRole,
        VoiceDurationRole, // ms; -1 for a text-only reflection
        VoiceRecoveredRole,
        StageRole,     // LoopController.Detect … .Closed
        StageLabelRole // the stage's name, translated
    };
    Q_ENUM(Role)

    explicit HistoryModel(QObject* parent = nullptr);

    void setStore(ReflectionStore* store);
    void setPageSize(int rows) { m_pageSize = rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int count() const { return rowCount(); }
    QString errorMessage() const { return m_errorMessage; }
    Q_INVOKABLE int rowOf(qint64 id) const;

public slots:
    // Keep the loaded rows in step with changes made elsewhere.
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);

signals:
    void countChanged();
    void errorMessageChanged();

private:
    void setError(const QString& message);
    std::optional<ReflectionSummary> summaryOf(ReflectionId id);

    ReflectionStore* m_store = nullptr;
    QVector<ReflectionSummary> m_rows;
    bool m_exhausted = true;
    int m_pageSize = 50;
    QString m_errorMessage;
};

} // namespace debrief
