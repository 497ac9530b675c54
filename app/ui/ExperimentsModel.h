#pragma once

#include "vault/LoopStore.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QVector>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace debrief {

// The open experiments across entries for the Experiments page: by check date, the overdue
// ones first (flagged), those without a date last; each links back to its reflection.
class ExperimentsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role
    {
        ExperimentIdRole = Qt::UserRole + 1,
        ReflectionIdRole,
        HypothesisRole,
        ActionRole,
        SignalRole,
        CheckDateRole,      // 'YYYY-MM-DD', "" when not set
        CheckDateLabelRole, // in the person's locale
        DaysLeftRole,       // days until the check date (negative: overdue); null without a date
        OverdueRole,
        DueTodayRole,
        EntryFirstLineRole,
        EntryStageRole,
    };
    Q_ENUM(Role)

    using Clock = std::function<QDateTime()>;
    explicit ExperimentsModel(QObject* parent = nullptr);

    void setStore(LoopStore* store);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setLimit(int rows) { m_limit = rows; }

    int count() const { return rowCount(); }
    int overdueCount() const;
    QString errorMessage() const { return m_errorMessage; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE int rowOf(qint64 experimentId) const;

public slots:
    // Reads the list again (after experiments or entries changed, or a new day began).
    void refresh();

signals:
    void countChanged();
    void errorMessageChanged();

private:
    void setError(const QString& message);
    QDate today() const { return m_clock().date(); }
    LoopStore* m_store = nullptr;
    Clock m_clock;
    QVector<ExperimentListing> m_rows;
    QString m_errorMessage;
    int m_limit = 500;
};

} // namespace debrief
