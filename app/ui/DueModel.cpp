#include "DueModel.h"

#include "vault/ReflectionStore.h"

#include <QLocale>

namespace debrief {

DueModel::DueModel(const Clock& clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
{
}

void DueModel::setStore(ReflectionStore* store)
{
    beginResetModel();
    m_store = store;
    m_items.clear();
    m_lines.clear();
    endResetModel();
    emit countChanged();
}

void DueModel::setItems(const QVector<DueItem>& items)
{
    beginResetModel();
    m_items = items;
    // First lines and stages may have changed with the plan: read again when shown.
    m_lines.clear();
    endResetModel();
    emit countChanged();
}

std::optional<DueItem> DueModel::item(ReflectionId id) const
{
    for (const DueItem& item : m_items) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

int DueModel::waitingNow() const
{
    const QDateTime now = m_clock.nowUtc();
    int count = 0;
    for (const DueItem& item : m_items) {
        if (!item.muted && !item.dismissed && item.dueAt <= now)
            ++count;
    }
    return count;
}

int DueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant DueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DueItem& item = m_items.at(index.row());
    switch (role) {
    case ReflectionIdRole:
        return item.id;
    case FirstLineRole:
        return lineFor(item.id).firstLine;
    case StageLabelRole:
        return stageLabel(lineFor(item.id).stage);
    case NextStepRole:
        return nextStepText(item.kind);
    case PageRole:
        return int(item.page);
    case DueTextRole:
        return dueText(item.dueAt);
    case OverdueRole:
        return item.dueAt <= m_clock.nowUtc();
    case MutedRole:
        return item.muted;
    case DismissedRole:
        return item.dismissed;
    default:
        return {};
    }
}

QHash<int, QByteArray> DueModel::roleNames() const
{
    return {{ReflectionIdRole, "reflectionId"},
            {FirstLineRole, "firstLine"},
            {StageLabelRole, "stageLabel"},
            {NextStepRole, "nextStep"},
            {PageRole, "stage"},
            {DueTextRole, "dueText"},
            {OverdueRole, "overdue"},
            {MutedRole, "muted"},
            {DismissedRole, "dismissed"}};
}

QString DueModel::nextStepText(NudgeKind kind)
{
    switch (kind) {
    case NudgeKind::Analyse:
        return tr("Ready for a closer look");
    case NudgeKind::Experiment:
        return tr("Turn the lesson into one small experiment");
    case NudgeKind::CheckIn:
        return tr("Check how the experiment went");
    case NudgeKind::NextRisk:
        return tr("Choose your next smart risk");
    case NudgeKind::WeeklyReview:
    case NudgeKind::Waiting:
        break;
    }
    return tr("Waiting for its next step");
}

const DueModel::Line& DueModel::lineFor(ReflectionId id) const
{
    auto it = m_lines.find(id);
    if (it != m_lines.end())
        return *it;
    Line line;
    if (m_store) {
        VaultError error;
        if (const auto summary = m_store->summary(id, &error)) {
            line.firstLine = summary->firstLine;
            line.stage = summary->stage;
        }
    }
    if (line.firstLine.isEmpty())
        line.firstLine = tr("(voice note)");
    return *m_lines.insert(id, line);
}

QString DueModel::dueText(const QDateTime& dueAt) const
{
    const QDateTime now = m_clock.nowUtc();
    const QTimeZone zone = m_clock.timeZone();
    const QDateTime local = dueAt.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (dueAt <= now) {
        if (local.date() == today)
            //: A reminder already due: since a time today, e.g. "Due since 14:00".
            return tr("Due since %1").arg(time);
        if (local.date() == today.addDays(-1))
            return tr("Due since yesterday");
        //: A reminder already due: since a day, e.g. "Due since 11/2/26".
        return tr("Due since %1").arg(locale.toString(local.date(), QLocale::ShortFormat));
    }
    if (local.date() == today)
        //: When a reminder comes: today at a time, e.g. "Today 14:00".
        return tr("Today %1").arg(time);
    if (local.date() == today.addDays(1))
        //: When a reminder comes: tomorrow at a time, e.g. "Tomorrow 09:00".
        return tr("Tomorrow %1").arg(time);
    if (local.date() < today.addDays(7))
        //: When a reminder comes: a weekday and a time, e.g. "Tue 09:00".
        return tr("%1 %2").arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
                               time);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

void DueModel::retranslate()
{
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1),
                         {StageLabelRole, NextStepRole, DueTextRole});
}

} // namespace debrief
