#pragma once

#include "core/Clock.h"
#include "core/Nudge.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace debrief {

class ReflectionStore;

// The Due list: every entry waiting for its next step, in the order its nudges come (overdue
// first), with what it needs next and when. First lines are read lazily from the vault.
class DueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int waitingNow READ waitingNow NOTIFY countChanged)

public:
    enum Role
    {
        ReflectionIdRole = Qt::UserRole + 1,
        FirstLineRole,
        StageLabelRole,
        NextStepRole, // what it needs next, as a short sentence
        PageRole,     // the stage page Open shows
        DueTextRole,  // "Now", "Today 14:00", "Tue 09:00", a date
        OverdueRole,  // due now or earlier
        MutedRole,
        DismissedRole,
    };
    Q_ENUM(Role)

    // clock must outlive this model.
    explicit DueModel(const Clock& clock, QObject* parent = nullptr);

    void setStore(ReflectionStore* store);
    void setItems(const QVector<DueItem>& items);
    // The item for an entry, when it is waiting.
    std::optional<DueItem> item(ReflectionId id) const;
    // Waiting now, reminders on for it.
    int waitingNow() const;
    // The language changed: stages, next steps and times are read again.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The text of NextStepRole for a kind (translated).
    static QString nextStepText(NudgeKind kind);

signals:
    void countChanged();

private:
    struct Line
    {
        QString firstLine;
        Stage stage = Stage::Detect;
    };
    const Line& lineFor(ReflectionId id) const;
    QString dueText(const QDateTime& dueAt) const;

    const Clock& m_clock;
    ReflectionStore* m_store = nullptr;
    QVector<DueItem> m_items;
    mutable QHash<ReflectionId, Line> m_lines;
};

} // namespace debrief
