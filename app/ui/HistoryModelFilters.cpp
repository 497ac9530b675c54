// HistoryModel's filter properties: words, stages, failure types, dates, voice, tags, order and
// grouping; each change reads the first page again (paging and the timeline are in
// HistoryModel.cpp).

#include "HistoryModel.h"

#include "LoopText.h"

namespace debrief {

void HistoryModel::setSearchText(const QString& text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    emit filterChanged();
    if (m_searchTimer.interval() <= 0)
        searchNow();
    else
        m_searchTimer.start();
}

void HistoryModel::searchNow()
{
    m_searchTimer.stop();
    if (m_filter.words == m_searchText)
        return;
    const bool wasSearching = m_filter.searching();
    m_filter.words = m_searchText;
    // A search ranks its results, unless the person chose an order; clearing it goes back.
    if (!wasSearching && m_filter.searching() && m_filter.sort == HistorySort::Newest) {
        m_filter.sort = HistorySort::Relevance;
        m_autoRelevance = true;
    } else if (wasSearching && !m_filter.searching() && m_autoRelevance) {
        m_filter.sort = HistorySort::Newest;
        m_autoRelevance = false;
    }
    filterEdited();
}

QVariantList HistoryModel::stages() const
{
    QVariantList out;
    for (Stage stage : m_filter.stages)
        out.append(int(stage));
    return out;
}

void HistoryModel::setStages(const QVariantList& stages)
{
    QVector<Stage> parsed;
    for (const QVariant& value : stages) {
        if (const auto stage = stageFromStorage(value.toLongLong());
            stage && !parsed.contains(*stage))
            parsed.append(*stage);
    }
    std::sort(parsed.begin(), parsed.end());
    if (parsed == m_filter.stages)
        return;
    m_filter.stages = parsed;
    filterEdited();
}

void HistoryModel::toggleStage(int stage)
{
    QVariantList list = stages();
    if (list.contains(stage))
        list.removeAll(stage);
    else
        list.append(stage);
    setStages(list);
}

QVariantList HistoryModel::failureTypes() const
{
    QVariantList out;
    for (FailureType type : m_filter.failureTypes)
        out.append(int(type));
    return out;
}

void HistoryModel::setFailureTypes(const QVariantList& types)
{
    QVector<FailureType> parsed;
    for (const QVariant& value : types) {
        if (const auto type = failureTypeFromStorage(value.toLongLong());
            type && !parsed.contains(*type))
            parsed.append(*type);
    }
    std::sort(parsed.begin(), parsed.end());
    if (parsed == m_filter.failureTypes)
        return;
    m_filter.failureTypes = parsed;
    filterEdited();
}

void HistoryModel::toggleFailureType(int type)
{
    QVariantList list = failureTypes();
    if (list.contains(type))
        list.removeAll(type);
    else
        list.append(type);
    setFailureTypes(list);
}

QString HistoryModel::fromDate() const
{
    return looptext::isoDate(m_filter.from);
}

void HistoryModel::setFromDate(const QString& isoDate)
{
    const QDate date = looptext::parseIsoDate(isoDate);
    if (date == m_filter.from)
        return;
    m_filter.from = date;
    filterEdited();
}

QString HistoryModel::toDate() const
{
    return looptext::isoDate(m_filter.to);
}

void HistoryModel::setToDate(const QString& isoDate)
{
    const QDate date = looptext::parseIsoDate(isoDate);
    if (date == m_filter.to)
        return;
    m_filter.to = date;
    filterEdited();
}

void HistoryModel::setLastDays(int days)
{
    const QDate today =
        (m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc()).toTimeZone(zone()).date();
    const QDate from = days > 0 ? today.addDays(1 - days) : QDate();
    const QDate to = days > 0 ? today : QDate();
    if (from == m_filter.from && to == m_filter.to)
        return;
    m_filter.from = from;
    m_filter.to = to;
    filterEdited();
}

int HistoryModel::voice() const
{
    if (!m_filter.hasVoice)
        return AnyVoice;
    return *m_filter.hasVoice ? WithVoice : WithoutVoice;
}

void HistoryModel::setVoice(int voice)
{
    std::optional<bool> hasVoice;
    if (voice == WithVoice)
        hasVoice = true;
    else if (voice == WithoutVoice)
        hasVoice = false;
    if (hasVoice == m_filter.hasVoice)
        return;
    m_filter.hasVoice = hasVoice;
    filterEdited();
}

void HistoryModel::setTags(const QStringList& tags)
{
    QStringList cleaned;
    for (const QString& tag : tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !cleaned.contains(t, Qt::CaseInsensitive))
            cleaned.append(t);
    }
    if (cleaned == m_filter.tags)
        return;
    m_filter.tags = cleaned;
    filterEdited();
}

void HistoryModel::addTag(const QString& tag)
{
    setTags(m_filter.tags + QStringList{tag});
}

void HistoryModel::removeTag(const QString& tag)
{
    QStringList tags = m_filter.tags;
    tags.removeIf([&](const QString& t) { return t.compare(tag, Qt::CaseInsensitive) == 0; });
    setTags(tags);
}

void HistoryModel::setSort(int sort)
{
    if (sort < Newest || sort > Relevance)
        return;
    m_autoRelevance = false;
    if (HistorySort(sort) == m_filter.sort)
        return;
    m_filter.sort = HistorySort(sort);
    filterEdited();
}

void HistoryModel::setGrouping(int grouping)
{
    if (grouping != NoGrouping && grouping != ByWeek && grouping != ByMonth)
        return;
    if (grouping == m_grouping)
        return;
    // The same rows in other sections: views lay them out afresh (a ListView does not move
    // its section labels on dataChanged).
    m_grouping = grouping;
    const QVector<HistoryRow> rows = m_rows;
    replaceRows(rows);
    emit filterChanged();
    invalidatePeriods();
}

void HistoryModel::clearFilters()
{
    HistoryFilter cleared;
    cleared.words = m_filter.words;
    cleared.sort = m_filter.sort;
    if (cleared.stages == m_filter.stages && cleared.failureTypes == m_filter.failureTypes &&
        cleared.from == m_filter.from && cleared.to == m_filter.to &&
        cleared.hasVoice == m_filter.hasVoice && cleared.tags == m_filter.tags)
        return;
    m_filter = cleared;
    filterEdited();
}

bool HistoryModel::grouped() const
{
    if (m_grouping == NoGrouping)
        return false;
    switch (m_filter.sort) {
    case HistorySort::Newest:
    case HistorySort::Oldest:
        return true;
    case HistorySort::Relevance:
        return !m_filter.searching(); // without words it is newest first
    case HistorySort::NeedsAttention:
        return false;
    }
    return false;
}

int HistoryModel::activeFilterCount() const
{
    return int(m_filter.stages.size()) + int(m_filter.failureTypes.size()) +
           (m_filter.from.isValid() || m_filter.to.isValid() ? 1 : 0) +
           (m_filter.hasVoice ? 1 : 0) + int(m_filter.tags.size());
}

} // namespace debrief
