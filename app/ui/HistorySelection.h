#pragma once

#include <QObject>
#include <QVariantList>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class HistoryModel;

// The entries picked in history to share or export, kept apart from the list's rows (which
// come and go with every search and filter): Ctrl+click toggles one, Shift+click adds the rows
// the list shows between the last one picked and this one, and "Select" mode (the toolbar, or a
// long press on a phone) makes a tap toggle. Deleted entries leave the selection.
class HistorySelection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    // Select mode: a tap on a row toggles it instead of opening it, and rows show a check.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    // Changes with every change: delegates read it in bindings that call contains().
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    // history lends its rows for ranges; it must outlive this object.
    explicit HistorySelection(const HistoryModel& history, QObject* parent = nullptr);

    bool active() const { return m_active || !m_ids.isEmpty(); }
    void setActive(bool active);
    int count() const { return int(m_ids.size()); }
    int revision() const { return m_revision; }
    // The picked entries, in the order they were picked.
    const QVector<qint64>& ids() const { return m_ids; }

    Q_INVOKABLE bool contains(qint64 id) const { return m_ids.contains(id); }
    // Adds or removes one entry; it becomes the start of a Shift range.
    Q_INVOKABLE void toggle(qint64 id);
    // Adds every row from the start of the range (the last toggled) to id, as the list shows
    // them now; without a start, just id.
    Q_INVOKABLE void extendTo(qint64 id);
    // Nothing picked, and select mode ends.
    Q_INVOKABLE void clear();
    // The picked ids for QML (e.g. to start a share).
    Q_INVOKABLE QVariantList idList() const;

public slots:
    // An entry was deleted.
    void onRemoved(qint64 id);

signals:
    void changed();

private:
    void touch();

    const HistoryModel& m_history;
    QVector<qint64> m_ids;
    qint64 m_anchor = 0;
    bool m_active = false;
    int m_revision = 0;
};

} // namespace debrief
