#include "ExperimentsModel.h"

#include "LoopText.h"

namespace debrief {

ExperimentsModel::ExperimentsModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
}

void ExperimentsModel::setStore(LoopStore* store)
{
    m_store = store;
    refresh();
}

void ExperimentsModel::refresh()
{
    QVector<ExperimentListing> rows;
    VaultError error;
    if (m_store)
        rows = m_store->openExperiments(m_limit, &error);
    setError(error.message());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int ExperimentsModel::overdueCount() const
{
    const QDate day = today();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const ExperimentListing& r) {
        return r.experiment.isOverdue(day);
    }));
}

int ExperimentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ExperimentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExperimentListing& row = m_rows.at(index.row());
    const Experiment& e = row.experiment;
    switch (role) {
    case ExperimentIdRole:
        return e.id;
    case ReflectionIdRole:
        return e.reflectionId;
    case HypothesisRole:
    case Qt::DisplayRole:
        return e.hypothesis;
    case ActionRole:
        return e.action;
    case SignalRole:
        return e.signal;
    case CheckDateRole:
        return looptext::isoDate(e.checkDate);
    case CheckDateLabelRole:
        return looptext::dateLabel(e.checkDate);
    case DaysLeftRole:
        return e.checkDate.isValid() ? QVariant(today().daysTo(e.checkDate)) : QVariant();
    case OverdueRole:
        return e.isOverdue(today());
    case DueTodayRole:
        return e.checkDate.isValid() && e.checkDate == today();
    case EntryFirstLineRole:
        return row.entryFirstLine;
    case EntryStageRole:
        return int(row.entryStage);
    default:
        return {};
    }
}

QHash<int, QByteArray> ExperimentsModel::roleNames() const
{
    return {{ExperimentIdRole, "experimentId"},
            {ReflectionIdRole, "reflectionId"},
            {HypothesisRole, "hypothesis"},
            {ActionRole, "action"},
            {SignalRole, "signalText"},
            {CheckDateRole, "checkDate"},
            {CheckDateLabelRole, "checkDateLabel"},
            {DaysLeftRole, "daysLeft"},
            {OverdueRole, "overdue"},
            {DueTodayRole, "dueToday"},
            {EntryFirstLineRole, "entryFirstLine"},
            {EntryStageRole, "entryStage"}};
}

int ExperimentsModel::rowOf(qint64 experimentId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).experiment.id == experimentId)
            return i;
    }
    return -1;
}

void ExperimentsModel::setError(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace debrief
