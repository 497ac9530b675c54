#include "HistoryModel.h"

#include "LoopText.h"
#include "SnippetMarkup.h"

#include <QLocale>
#include <QSet>
#include <algorithm>
#include <optional>

namespace debrief {

namespace {

// Whether a view must be told a row changed.
bool sameRow(const HistoryRow& a, const HistoryRow& b)
{
    return a.summary.id == b.summary.id && a.summary.firstLine == b.summary.firstLine &&
           a.summary.created == b.summary.created &&
           a.summary.voiceDurationMs == b.summary.voiceDurationMs &&
           a.summary.voiceRecovered == b.summary.voiceRecovered &&
           a.summary.stage == b.summary.stage && a.failureType == b.failureType &&
           a.tags == b.tags && a.example == b.example && a.snippet == b.snippet;
}

} // namespace

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractListModel(parent)
{
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(120);
    connect(&m_searchTimer, &QTimer::timeout, this, &HistoryModel::searchNow);
    // Period summaries are read once the rows are on screen (and once for a burst of changes);
    // asked for sooner, they are read then.
    m_periodsTimer.setSingleShot(true);
    m_periodsTimer.setInterval(0);
    connect(&m_periodsTimer, &QTimer::timeout, this, &HistoryModel::publishPeriods);
}

void HistoryModel::setQuery(const HistoryQuery* query)
{
    m_query = query;
    reload();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRow& row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.summary.id;
    case FirstLineRole:
    case Qt::DisplayRole:
        return row.summary.firstLine;
    case CreatedRole:
        return row.summary.created.local();
    case VoiceDurationRole:
        return row.summary.voiceDurationMs;
    case VoiceRecoveredRole:
        return row.summary.voiceRecovered;
    case StageRole:
        return int(row.summary.stage);
    case StageLabelRole:
        return stageLabel(row.summary.stage);
    case SnippetRole:
        return row.snippet;
    case SnippetMarkupRole:
        return snippetMarkup(row.snippet);
    case TagsRole:
        return row.tags;
    case FailureTypeRole:
        return int(row.failureType);
    case FailureTypeLabelRole:
        return row.failureType == FailureType::Unknown ? QString()
                                                       : failureTypeLabel(row.failureType);
    case ExampleRole:
        return row.example;
    case SectionKeyRole:
        return grouped() ? sectionKeyOf(row) : QString();
    case PeriodSummaryRole:
        return grouped() ? periodSummary(sectionKeyOf(row)) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    return {{IdRole, "reflectionId"},
            {FirstLineRole, "firstLine"},
            {CreatedRole, "created"},
            {VoiceDurationRole, "voiceDurationMs"},
            {VoiceRecoveredRole, "voiceRecovered"},
            {StageRole, "stage"},
            {StageLabelRole, "stageLabel"},
            {SnippetRole, "snippet"},
            {SnippetMarkupRole, "snippetMarkup"},
            {TagsRole, "tags"},
            {FailureTypeRole, "failureType"},
            {FailureTypeLabelRole, "failureTypeLabel"},
            {ExampleRole, "example"},
            {SectionKeyRole, "sectionKey"},
            {PeriodSummaryRole, "periodSummary"}};
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted || !m_query)
        return;
    VaultError error;
    auto page = m_query->page(m_filter, zone(), int(m_rows.size()), m_pageSize, &error);
    if (setError(error)) {
        m_exhausted = true; // no retry loop from the view; the next change reads again
        return;
    }
    m_exhausted = page.size() < m_pageSize;
    // A row already shown (the list moved under the offset) is not shown twice.
    QSet<ReflectionId> loaded;
    for (const HistoryRow& row : std::as_const(m_rows))
        loaded.insert(row.summary.id);
    page.erase(std::remove_if(page.begin(), page.end(),
                              [&](const HistoryRow& r) { return loaded.contains(r.summary.id); }),
               page.end());
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    emit countChanged();
}

void HistoryModel::reload()
{
    readFirstPage(true);
}

void HistoryModel::readFirstPage(bool vaultChanged)
{
    QVector<HistoryRow> rows;
    VaultError error;
    if (m_query)
        rows = m_query->page(m_filter, zone(), 0, m_pageSize, &error);
    setError(error);
    replaceRows(rows);
    m_exhausted = !m_query || error || rows.size() < m_pageSize;
    readCount(vaultChanged);
    invalidatePeriods();
}

void HistoryModel::replaceRows(const QVector<HistoryRow>& rows)
{
    // Removed and inserted rather than reset: Qt 6.4's ListView warns on a reset while it is
    // still creating a row beyond the screen ("DelegateModel::cancel: index out range").
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = rows;
        endInsertRows();
    }
    emit rowsReplaced();
}

void HistoryModel::filterEdited()
{
    emit filterChanged();
    readFirstPage(false);
}

void HistoryModel::readCount(bool vaultChanged)
{
    qint64 total = 0;
    VaultError error;
    if (m_query)
        total = m_query->count(m_filter, zone(), &error);
    // Whether the vault is empty changes only with reflections, not with the filter.
    std::optional<qint64> all;
    if (!error && m_filter.isEmpty())
        all = total;
    else if (!error && vaultChanged && m_query)
        all = m_query->count({}, zone(), &error);
    setError(error);
    m_total = total;
    if (all)
        m_vaultEmpty = *all == 0;
    else if (!m_query)
        m_vaultEmpty = true;
    emit countChanged();
}

void HistoryModel::invalidatePeriods()
{
    m_periodsStale = true;
    m_periodsTimer.start();
}

void HistoryModel::ensurePeriods() const
{
    if (!m_periodsStale)
        return;
    m_periodsStale = false;
    m_periods.clear();
    m_periodsError = {};
    if (!m_query || !grouped())
        return;
    const auto periods = m_query->periods(m_filter, TimelineGrouping(m_grouping), zone(),
                                          QLocale().firstDayOfWeek(), &m_periodsError);
    for (const HistoryPeriod& period : periods)
        m_periods.insert(period.start, period);
}

void HistoryModel::publishPeriods()
{
    ensurePeriods();
    if (m_periodsError)
        setError(m_periodsError);
    ++m_periodsRevision;
    emit periodsChanged();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {PeriodSummaryRole});
}

void HistoryModel::refreshWindow(ReflectionId changed)
{
    if (!m_query)
        return;
    const int loaded = int(m_rows.size());
    // One row more than shown: the changed one may have come into the window.
    const int limit = loaded + 1;
    VaultError error;
    QVector<HistoryRow> fresh = m_query->page(m_filter, zone(), 0, limit, &error);
    if (setError(error))
        return;
    bool cameIn = false;
    if (rowOf(changed) < 0) {
        for (const HistoryRow& row : std::as_const(fresh))
            cameIn = cameIn || row.summary.id == changed;
    }
    // The window keeps its size, plus the row that came into it; rows past it wait for
    // fetchMore.
    const int keep = std::min(int(fresh.size()), loaded + (cameIn ? 1 : 0));
    // All rows were shown before (and at most one came): all are shown now.
    m_exhausted = fresh.size() <= keep && (fresh.size() < limit || m_exhausted);
    fresh.resize(keep);

    // Rows gone from the window first, then each row into its place.
    QSet<ReflectionId> wanted;
    for (const HistoryRow& row : std::as_const(fresh))
        wanted.insert(row.summary.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(m_rows.at(i).summary.id))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    for (int i = 0; i < fresh.size(); ++i) {
        const HistoryRow& target = fresh.at(i);
        if (i < m_rows.size() && m_rows.at(i).summary.id == target.summary.id) {
            if (!sameRow(m_rows.at(i), target)) {
                m_rows[i] = target;
                emit dataChanged(index(i), index(i));
            }
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < m_rows.size(); ++j) {
            if (m_rows.at(j).summary.id == target.summary.id) {
                from = j;
                break;
            }
        }
        if (from < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, target);
            endInsertRows();
            continue;
        }
        beginMoveRows({}, from, from, {}, i);
        m_rows.move(from, i);
        endMoveRows();
        if (!sameRow(m_rows.at(i), target)) {
            m_rows[i] = target;
            emit dataChanged(index(i), index(i));
        }
    }
    readCount(true);
    invalidatePeriods();
}

int HistoryModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).summary.id == id)
            return i;
    }
    return -1;
}

qint64 HistoryModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary.id : 0;
}

QVector<ReflectionId> HistoryModel::ids() const
{
    QVector<ReflectionId> out;
    out.reserve(m_rows.size());
    for (const HistoryRow& row : m_rows)
        out.append(row.summary.id);
    return out;
}

void HistoryModel::onAdded(qint64 id)
{
    refreshWindow(id);
}

void HistoryModel::onChanged(qint64 id)
{
    refreshWindow(id);
}

void HistoryModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    readCount(true);
    invalidatePeriods();
}

// Timeline.

QTimeZone HistoryModel::zone() const
{
    return m_clock ? m_clock->timeZone() : QTimeZone::systemTimeZone();
}

QDate HistoryModel::periodStart(const QDate& day) const
{
    if (m_grouping == ByMonth)
        return QDate(day.year(), day.month(), 1);
    const int first = int(QLocale().firstDayOfWeek());
    return day.addDays(-((day.dayOfWeek() - first + 7) % 7));
}

QString HistoryModel::sectionKeyOf(const HistoryRow& row) const
{
    return looptext::isoDate(periodStart(row.summary.created.utc.toTimeZone(zone()).date()));
}

QString HistoryModel::periodLabel(const QDate& start) const
{
    if (m_grouping == ByMonth)
        return QLocale().toString(start, tr("MMMM yyyy", "history timeline: a month"));
    return tr("Week of %1", "history timeline: %1 the week's first day")
        .arg(QLocale().toString(start,
                                tr("MMMM d, yyyy", "history timeline: the first day of a week")));
}

QString HistoryModel::periodTitle(const QString& sectionKey) const
{
    const QDate start = looptext::parseIsoDate(sectionKey);
    return start.isValid() ? periodLabel(start) : QString();
}

QString HistoryModel::periodCounts(const QString& sectionKey) const
{
    ensurePeriods();
    const auto it = m_periods.constFind(looptext::parseIsoDate(sectionKey));
    if (it == m_periods.constEnd())
        return {};
    const HistoryPeriod& p = *it;
    QStringList parts{tr("%n reflections", "", p.reflections)};
    if (p.voice > 0)
        parts.append(
            tr("%n with voice", "timeline summary: reflections with a voice note", p.voice));
    if (p.experiments > 0)
        parts.append(tr("%n experiments", "", p.experiments));
    if (p.closed > 0)
        parts.append(tr("%n closed", "timeline summary: reflections closed", p.closed));
    return parts.join(QStringLiteral(" \u00B7 "));
}

QString HistoryModel::periodSummary(const QString& sectionKey) const
{
    QStringList parts{periodTitle(sectionKey), periodCounts(sectionKey)};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" \u00B7 "));
}

bool HistoryModel::setError(const VaultError& error)
{
    const QString message = error.message();
    if (m_errorMessage != message) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
    return bool(error);
}

} // namespace debrief
