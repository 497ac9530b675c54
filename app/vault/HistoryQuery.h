#pragma once

#include "core/FailureType.h"
#include "core/HistoryFilter.h"
#include "core/Reflection.h"
#include "vault/VaultError.h"

#include <QTimeZone>
#include <QVector>
#include <optional>

namespace debrief {

class Database;

// One row of the history list: the summary, and when searching, a snippet with the matching
// words marked (ReflectionStore::MatchStart/MatchEnd) from whichever text matched best.
struct HistoryRow
{
    ReflectionSummary summary;
    FailureType failureType = FailureType::Unknown;
    QStringList tags;     // sorted, as written
    bool example = false; // one of the "try it with examples" reflections
    QString snippet;      // empty when not searching
};

// One period of the timeline (a week starting on the locale's first day, or a month) with what
// happened in it, for the one-line summary above its rows.
struct HistoryPeriod
{
    QDate start; // first day of the week or month (local)
    int reflections = 0;
    int voice = 0;
    int closed = 0;
    int experiments = 0; // experiments planned on entries captured in the period
};

enum class TimelineGrouping
{
    Week = 1,
    Month = 2,
};

// The history list as a query: filters and search combined in SQL (every value bound, never
// written into the SQL), ranked or sorted, read a page at a time (never the whole table). Dates
// are local calendar days in the zone given.
//
// What it costs at 100,000 reflections (bench/vault/VaultBench.cpp prints the figures):
// - A page reads index pages (v5's covering indexes) plus its own rows; with words, also their
//   snippets (FTS5 reads each row's text and loop: the larger part of a search page's time).
//   Asked for the rows right after the last page and nothing written since, it goes on from the
//   last row (keyset), so scrolling costs the same at any depth; any other offset is skipped
//   row by row in the index.
// - Newest/Oldest with words: up to 2,000 matches are found by id and sorted; more common words
//   are looked for in a window of the list that grows until the page is full, so a common word
//   costs about what a rare one does.
// - Relevance ranks (bm25) the ReflectionStore::RankWindow newest matching rows, like
//   ReflectionStore::search: page() gives at most that many rows and count() says so; older
//   matches appear when the words are specific enough to be among them.
// - NeedsAttention with a word in more than 2,000 entries, count() with words and filters, and
//   periods() read every row of the filter (index only): up to ~10 ms (count) and ~50 ms
//   (periods) for a word found in every entry; a list that updates as someone types can ask
//   for them after a pause.
class HistoryQuery
{
public:
    explicit HistoryQuery(Database& db);

    // Rows offset..offset+limit-1 of the filtered, ordered list.
    QVector<HistoryRow> page(const HistoryFilter& filter, const QTimeZone& zone, int offset,
                             int limit, VaultError* error) const;
    // How many rows the filter gives (all of them; with Relevance at most RankWindow).
    qint64 count(const HistoryFilter& filter, const QTimeZone& zone, VaultError* error) const;
    // The timeline's periods holding rows of the filter, newest first.
    QVector<HistoryPeriod> periods(const HistoryFilter& filter, TimelineGrouping grouping,
                                   const QTimeZone& zone, Qt::DayOfWeek firstDayOfWeek,
                                   VaultError* error) const;

private:
    // Where the last page ended, to go on from there (see page()).
    struct Continuation
    {
        QByteArray query; // the filter, sort and zone it belongs to
        int offset = 0;   // the offset of the row after the last one
        qint64 keys[3] = {0, 0, 0};
        qint64 dataVersion = 0; // PRAGMA data_version and this connection's total changes then
        qint64 changes = 0;
    };
    Database& m_db;
    mutable std::optional<Continuation> m_continuation;
};

} // namespace debrief
