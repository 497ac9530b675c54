#include "ChangesModel.h"

#include <QCoreApplication>

namespace debrief {

namespace {

QString quadrantOf(const PossibleChange& c)
{
    const bool high = c.impact >= 0.5;
    const bool easy = c.feasibility >= 0.5;
    if (high)
        return easy ? QStringLiteral("quickWin") : QStringLiteral("bigBet");
    return easy ? QStringLiteral("easyExtra") : QStringLiteral("notNow");
}

QString quadrantLabel(const QString& key)
{
    if (key == QLatin1String("quickWin"))
        return QCoreApplication::translate("ChangesModel", "Quick win");
    if (key == QLatin1String("bigBet"))
        return QCoreApplication::translate("ChangesModel", "Big bet");
    if (key == QLatin1String("easyExtra"))
        return QCoreApplication::translate("ChangesModel", "Easy extra");
    return QCoreApplication::translate("ChangesModel", "Not now");
}

bool sameRow(const PossibleChange& a, const PossibleChange& b)
{
    return a.id == b.id && a.text == b.text && a.impact == b.impact &&
           a.feasibility == b.feasibility;
}

} // namespace

ChangesModel::ChangesModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ChangesModel::show(const QVector<PossibleChange>& changes, ChangeId testedChange)
{
    bool sameIds = changes.size() == m_changes.size();
    for (int i = 0; sameIds && i < changes.size(); ++i)
        sameIds = changes.at(i).id == m_changes.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_changes = changes;
        m_tested = testedChange;
        endResetModel();
        emit countChanged();
        return;
    }
    const ChangeId wasTested = m_tested;
    const QVector<PossibleChange> before = m_changes;
    m_changes = changes;
    m_tested = testedChange;
    for (int i = 0; i < changes.size(); ++i) {
        const ChangeId id = changes.at(i).id;
        const bool testChanged = (id == wasTested) != (id == testedChange);
        if (!sameRow(before.at(i), changes.at(i)) || testChanged)
            emit dataChanged(index(i), index(i));
    }
}

int ChangesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

QVariant ChangesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PossibleChange& c = m_changes.at(index.row());
    switch (role) {
    case ChangeIdRole:
        return c.id;
    case TextRole:
    case Qt::DisplayRole:
        return c.text;
    case ImpactRole:
        return c.impact;
    case FeasibilityRole:
        return c.feasibility;
    case PriorityRole:
        return c.impact * c.feasibility;
    case QuadrantRole:
        return quadrantOf(c);
    case QuadrantLabelRole:
        return quadrantLabel(quadrantOf(c));
    case TestedRole:
        return m_tested != 0 && c.id == m_tested;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChangesModel::roleNames() const
{
    return {{ChangeIdRole, "changeId"},
            {TextRole, "text"},
            {ImpactRole, "impact"},
            {FeasibilityRole, "feasibility"},
            {PriorityRole, "priority"},
            {QuadrantRole, "quadrant"},
            {QuadrantLabelRole, "quadrantLabel"},
            {TestedRole, "tested"}};
}

int ChangesModel::rowOf(qint64 changeId) const
{
    for (int i = 0; i < m_changes.size(); ++i) {
        if (m_changes.at(i).id == changeId)
            return i;
    }
    return -1;
}

QString ChangesModel::textOf(ChangeId change) const
{
    const int row = rowOf(change);
    return row < 0 ? QString() : m_changes.at(row).text;
}

void ChangesModel::retranslate()
{
    if (!m_changes.isEmpty())
        emit dataChanged(index(0), index(int(m_changes.size()) - 1), {QuadrantLabelRole});
}

} // namespace debrief
