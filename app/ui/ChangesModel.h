#pragma once

#include "core/PossibleChange.h"

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// An entry's possible changes on the impact x feasibility grid, in the person's order, for
// Apply's grid or sliders. Edits go through LoopController.
class ChangesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by LoopController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        ChangeIdRole = Qt::UserRole + 1,
        TextRole,
        ImpactRole,      // 0..1
        FeasibilityRole, // 0..1
        PriorityRole,    // impact x feasibility
        QuadrantRole,    // "quickWin", "bigBet", "easyExtra", "notNow" (halves at 0.5)
        QuadrantLabelRole,
        TestedRole, // the current experiment tests this change
    };
    Q_ENUM(Role)

    explicit ChangesModel(QObject* parent = nullptr);

    // Shows these changes; testedChange is the current experiment's change (0: none). Rows
    // whose data did not change are left alone.
    void show(const QVector<PossibleChange>& changes, ChangeId testedChange);
    // The language changed: the quadrants' names are read again.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return rowCount(); }
    Q_INVOKABLE int rowOf(qint64 changeId) const;
    // The change's text, or "" when it is not in the list.
    QString textOf(ChangeId change) const;

signals:
    void countChanged();

private:
    QVector<PossibleChange> m_changes;
    ChangeId m_tested = 0;
};

} // namespace debrief
