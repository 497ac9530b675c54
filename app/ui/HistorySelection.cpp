#include "HistorySelection.h"

#include "HistoryModel.h"

#include <QVariantList>
#include <algorithm>

namespace debrief {

HistorySelection::HistorySelection(const HistoryModel& history, QObject* parent)
    : QObject(parent)
    , m_history(history)
{
}

void HistorySelection::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    touch();
}

void HistorySelection::toggle(qint64 id)
{
    if (id <= 0)
        return;
    if (!m_ids.removeOne(id))
        m_ids.append(id);
    m_anchor = id;
    touch();
}

void HistorySelection::extendTo(qint64 id)
{
    if (id <= 0)
        return;
    const int from = m_anchor > 0 ? m_history.rowOf(m_anchor) : -1;
    const int to = m_history.rowOf(id);
    if (from < 0 || to < 0) {
        if (!m_ids.contains(id))
            m_ids.append(id);
        m_anchor = id;
        touch();
        return;
    }
    const int step = from <= to ? 1 : -1;
    for (int row = from;; row += step) {
        const qint64 rowId = m_history.idAt(row);
        if (rowId > 0 && !m_ids.contains(rowId))
            m_ids.append(rowId);
        if (row == to)
            break;
    }
    touch();
}

void HistorySelection::clear()
{
    if (m_ids.isEmpty() && !m_active)
        return;
    m_ids.clear();
    m_anchor = 0;
    m_active = false;
    touch();
}

QVariantList HistorySelection::idList() const
{
    QVariantList list;
    list.reserve(m_ids.size());
    for (qint64 id : m_ids)
        list.append(id);
    return list;
}

void HistorySelection::onRemoved(qint64 id)
{
    if (m_anchor == id)
        m_anchor = 0;
    if (m_ids.removeOne(id))
        touch();
}

void HistorySelection::touch()
{
    ++m_revision;
    emit changed();
}

} // namespace debrief
