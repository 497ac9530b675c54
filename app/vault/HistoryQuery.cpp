#include "vault/HistoryQuery.h"

#include "core/Experiment.h"
#include "core/Recording.h"
#include "core/ZoneOffsets.h"
#include "vault/Database.h"
#include "vault/HistorySql.h"
#include "vault/ReflectionStore.h"
#include "vault/Statement.h"
#include "vault/SummarySql.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <limits>
#include <sqlite3.h>

namespace debrief {

namespace {

using namespace historysql;

static_assert(int(Stage::Closed) == 5, "the SQL here and reflections_by_attention name Closed 5");
static_assert(int(RecordingState::Recording) == 0, "the SQL here names a recording going on 0");
static_assert(int(ExperimentStatus::Open) == 0, "reflections_derived names an open experiment 0");

// The page in sort order straight from the order's index, the filters checked on the way.
QVector<Keyed> scanned(Database& db, const HistoryFilter& f, const Query& q,
                       const std::optional<Keyed>& after, int skip, int limit, VaultError* error,
                       MatchUse use = MatchUse::Probe, const QVector<ReflectionId>* ids = nullptr)
{
    Sql sql;
    // The order's own index (SQLite would rather take a filter's, then read every row it
    // keeps), or, starting from the matches' ids, the one that has every column by id.
    sql << "SELECT r.id, " << keysOf(q.sort) << " FROM reflections r "
        << (use == MatchUse::Drive ? "INDEXED BY reflections_by_id" : indexOf(q.sort)) << " WHERE ";
    appendFilters(sql, f, q);
    if (!q.match.isEmpty())
        appendMatch(sql, q, use, ids);
    if (after)
        appendAfter(sql, q.sort, *after);
    sql << " ORDER BY " << orderOf(q.sort) << " LIMIT ";
    sql.value(limit) << " OFFSET ";
    sql.value(skip);
    return readKeyed(db, sql, error);
}

// The newest matches of the words, up to cap of them (FTS5 streams the ids by rowid, newest
// first: cheap), so a rare word's rows are found from these ids without asking FTS5 again, and
// a common word's frequency among the newest entries is known.
struct Matches
{
    QVector<ReflectionId> ids; // newest first
    bool capped = false;       // there may be more
    qint64 span() const { return ids.isEmpty() ? 0 : ids.constFirst() - ids.constLast() + 1; }
};

Matches newestMatches(Database& db, const Query& q, qint64 cap, VaultError* error)
{
    Statement s(db, "SELECT rowid FROM reflections_fts WHERE reflections_fts MATCH ?1 "
                    "ORDER BY rowid DESC LIMIT ?2;");
    s.bind(1, q.match).bind(2, cap);
    Matches m;
    m.ids.reserve(int(cap));
    while (s.next())
        m.ids.append(s.int64(0));
    m.capped = m.ids.size() == cap;
    *error = s.error();
    return m;
}

// About how many reflections there are (ids are not reused), without counting them.
qint64 idSpan(Database& db, VaultError* error)
{
    // Each of min() and max() alone is one step down the table's b-tree; together they are not.
    Statement s(db, "SELECT coalesce((SELECT max(id) FROM reflections) - "
                    "(SELECT min(id) FROM reflections) + 1, 0);");
    const qint64 n = s.next() ? s.int64(0) : 0;
    *error = s.error();
    return n;
}

// Words with up to ManyMatches matches have their rows found by id (reflections_by_id) and
// sorted; more common ones are looked for in a window of the list (see windowed()), or, needing
// attention, looked up in the set of their matches while walking that order's index. A window
// larger than MaxWindow means the filters leave few rows: walking the whole index is cheaper.
constexpr qint64 ManyMatches = 2000;
constexpr qint64 MaxWindow = 32768;

// Newest or oldest first with a common word. Taking every match and then the first rows by date
// would read the whole index of the word; instead the matches are looked for in a window of the
// list (the next rows after the last page, filters applied, from the covering index): among the
// newest matches already found, and below those only among the ids the window spans (FTS5 reads
// just that part of each word's list; ids grow with time). The window grows until the page is
// full or the list ends; its first size comes from how common the words are among the newest
// entries: twice what the page needs.
QVector<Keyed> windowed(Database& db, const HistoryFilter& f, const Query& q,
                        const std::optional<Keyed>& after, int skip, int limit,
                        const Matches& matches, VaultError* error)
{
    const qint64 need = qint64(skip) + limit;
    const bool newest = q.sort != HistorySort::Oldest;
    const qint64 span = matches.capped ? matches.span() : idSpan(db, error);
    if (*error)
        return {};
    const qint64 counted = std::max<qint64>(1, matches.ids.size());
    // Matches from the newest one found down to the oldest one found are all known; FTS5 is
    // asked only for ids below them, when the window reaches that far.
    const QString known = idList(matches.ids);
    const qint64 lowest = matches.ids.isEmpty() ? 0 : matches.ids.constLast();
    qint64 window = std::max<qint64>(256, 2 * need * span / counted);
    for (; window <= MaxWindow; window *= 4) {
        Sql sql;
        sql << "WITH w (id, k) AS MATERIALIZED (SELECT r.id, r.created_utc FROM reflections r "
               "INDEXED BY reflections_history WHERE ";
        appendFilters(sql, f, q);
        if (after)
            appendAfter(sql, q.sort, *after);
        sql << " ORDER BY " << orderOf(q.sort) << " LIMIT ";
        sql.value(window) << ") SELECT * FROM (SELECT w.id, w.k, 0 FROM w WHERE (w.id >= ";
        sql.value(lowest) << " AND w.id IN (SELECT value FROM json_each(";
        sql.value(known) << "))) OR (w.id < ";
        sql.value(lowest) << " AND w.id IN (SELECT rowid FROM reflections_fts WHERE "
                             "reflections_fts MATCH ";
        sql.value(q.match) << " AND rowid BETWEEN (SELECT min(id) FROM w) AND ";
        sql.value(lowest - 1) << ")) ORDER BY " << (newest ? "w.k DESC, w.id DESC" : "w.k, w.id")
                              << " LIMIT ";
        // The last row (third column 1) says how many rows the window held.
        sql.value(need) << ") UNION ALL SELECT 0, count(*), 1 FROM w ORDER BY 3, "
                        << (newest ? "2 DESC, 1 DESC;" : "2, 1;");
        QVector<Keyed> rows = readKeyed(db, sql, error);
        if (*error || rows.isEmpty())
            return {};
        const qint64 windowRows = rows.takeLast().k1;
        if (rows.size() >= need || windowRows < window)
            return rows.mid(skip);
    }
    return scanned(db, f, q, after, skip, limit, error);
}

// The rows of a page with words, in any order but Relevance.
QVector<Keyed> searched(Database& db, const HistoryFilter& f, const Query& q,
                        const std::optional<Keyed>& after, int skip, int limit, VaultError* error)
{
    const Matches matches = newestMatches(db, q, ManyMatches, error);
    if (*error || matches.ids.isEmpty())
        return {};
    if (!matches.capped)
        return scanned(db, f, q, after, skip, limit, error, MatchUse::Drive, &matches.ids);
    if (q.sort == HistorySort::NeedsAttention)
        return scanned(db, f, q, after, skip, limit, error);
    return windowed(db, f, q, after, skip, limit, matches, error);
}

// Best matches first: bm25 over the ReflectionStore::RankWindow newest matching rows (as Newest
// would list them), which bounds the cost of ranking a common word.
QVector<Keyed> ranked(Database& db, const HistoryFilter& f, const Query& q, int skip, int limit,
                      VaultError* error)
{
    Query newest = q;
    newest.sort = HistorySort::Newest;
    const QVector<Keyed> window =
        searched(db, f, newest, std::nullopt, 0, ReflectionStore::RankWindow, error);
    if (*error || window.isEmpty())
        return {};
    QVector<ReflectionId> ids;
    for (const Keyed& k : window)
        ids.append(k.id);
    const auto [lo, hi] = std::minmax_element(ids.begin(), ids.end());
    Sql sql;
    sql << "SELECT rowid, 0, 0 FROM reflections_fts WHERE reflections_fts MATCH ";
    sql.value(q.match) << " AND rowid BETWEEN ";
    sql.value(*lo) << " AND ";
    sql.value(*hi) << " AND +rowid IN (SELECT value FROM json_each(";
    sql.value(idList(ids)) << ")) ORDER BY bm25(reflections_fts), rowid DESC LIMIT ";
    sql.value(limit) << " OFFSET ";
    sql.value(skip);
    return readKeyed(db, sql, error);
}

// Snippets of the rows' best matching text, in one pass over the part of the index their ids
// span (a query per row would set up each prefix's terms again, a millisecond each).
QHash<ReflectionId, QString> snippetsOf(Database& db, const QVector<ReflectionId>& ids,
                                        const QString& match, VaultError* error)
{
    QHash<ReflectionId, QString> snippets;
    if (ids.isEmpty())
        return snippets;
    const auto [lo, hi] = std::minmax_element(ids.begin(), ids.end());
    Statement q(db, "SELECT rowid, snippet(reflections_fts, -1, ?2, ?3, '…', 12) FROM "
                    "reflections_fts WHERE reflections_fts MATCH ?1 AND rowid BETWEEN ?4 AND ?5 "
                    "AND +rowid IN (SELECT value FROM json_each(?6));");
    q.bind(1, match)
        .bind(2, QString(ReflectionStore::MatchStart))
        .bind(3, QString(ReflectionStore::MatchEnd))
        .bind(4, *lo)
        .bind(5, *hi)
        .bind(6, idList(ids));
    while (q.next())
        snippets.insert(q.int64(0), q.text(1));
    *error = q.error();
    return snippets;
}

// The rows to show, in the order given. A row deleted meanwhile is left out.
QVector<HistoryRow> rowsOf(Database& db, const QVector<Keyed>& ordered, const QString& match,
                           VaultError* error)
{
    QVector<HistoryRow> rows;
    QVector<ReflectionId> ids;
    for (const Keyed& k : ordered)
        ids.append(k.id);
    Statement q(db, "SELECT " SUMMARY_COLUMNS ", r.failure_type, r.is_example, "
                    "(SELECT group_concat(t.name, char(31) ORDER BY t.folded, t.key) "
                    "FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
                    "WHERE et.reflection_id = r.id) " SUMMARY_FROM "WHERE r.id = ?1;");
    for (const ReflectionId id : ids) {
        q.reset();
        q.bind(1, id);
        if (q.next()) {
            HistoryRow row;
            row.summary = summaryFrom(q);
            row.failureType = failureTypeFromStorage(q.int64(7)).value_or(FailureType::Unknown);
            row.example = q.int64(8) != 0;
            // TagStore keeps control characters out of names, so char(31) separates them.
            if (!q.isNull(9))
                row.tags = q.text(9).split(QChar(0x1F));
            rows.append(row);
        }
        if ((*error = q.error()))
            return {};
    }
    // After the rows (their pages are fresh in the cache for the snippets' reads).
    if (!match.isEmpty()) {
        const QHash<ReflectionId, QString> snippets = snippetsOf(db, ids, match, error);
        if (*error)
            return {};
        for (HistoryRow& row : rows)
            row.snippet = snippets.value(row.summary.id);
    }
    return rows;
}

// Tells whether anything was written since: by another connection (data_version) or by this
// one (its total changes).
VaultError versionOf(Database& db, qint64* dataVersion, qint64* changes)
{
    Statement q(db, "PRAGMA data_version;");
    *dataVersion = q.next() ? q.int64(0) : 0;
    *changes = sqlite3_total_changes64(db.handle());
    return q.error();
}

// The filter, sort and zone a continuation belongs to (in memory only).
QByteArray identityOf(const HistoryFilter& f, const Query& q, const QTimeZone& zone)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << f.words << int(q.sort) << zone.id() << f.from << f.to << f.hasVoice.has_value()
        << f.hasVoice.value_or(false) << q.tagKeys;
    for (const Stage s : f.stages)
        out << int(s);
    out << -1;
    for (const FailureType t : f.failureTypes)
        out << int(t);
    return bytes;
}

QDate periodStart(const QDate& day, TimelineGrouping grouping, Qt::DayOfWeek firstDayOfWeek)
{
    if (grouping == TimelineGrouping::Month)
        return QDate(day.year(), day.month(), 1);
    return day.addDays(-((day.dayOfWeek() - int(firstDayOfWeek) + 7) % 7));
}

QDate nextPeriod(const QDate& start, TimelineGrouping grouping)
{
    return grouping == TimelineGrouping::Month ? start.addMonths(1) : start.addDays(7);
}

// More periods than this (a vault spanning centuries, or a wrong clock) and the oldest ones
// are taken together into the oldest period shown.
constexpr int MaxPeriods = 5000;

} // namespace

HistoryQuery::HistoryQuery(Database& db)
    : m_db(db)
{
}

QVector<HistoryRow> HistoryQuery::page(const HistoryFilter& filter, const QTimeZone& zone,
                                       int offset, int limit, VaultError* error) const
{
    *error = {};
    const Query q = resolve(filter, zone);
    if (limit <= 0 || offset < 0 || q.nothing)
        return {};
    qint64 dataVersion = 0, changes = 0;
    if ((*error = versionOf(m_db, &dataVersion, &changes)))
        return {};
    // The page right after the last one, nothing written since: go on from its last row.
    const QByteArray identity = identityOf(filter, q, zone);
    std::optional<Keyed> after;
    int skip = offset;
    const auto& c = m_continuation;
    if (c && c->query == identity && c->offset == offset && c->dataVersion == dataVersion &&
        c->changes == changes && q.sort != HistorySort::Relevance) {
        after = Keyed{c->keys[2], c->keys[0], c->keys[1]};
        skip = 0;
    }
    m_continuation.reset();
    QVector<Keyed> ordered;
    if (q.sort == HistorySort::Relevance)
        ordered = ranked(m_db, filter, q, skip, limit, error);
    else if (!q.match.isEmpty())
        ordered = searched(m_db, filter, q, after, skip, limit, error);
    else
        ordered = scanned(m_db, filter, q, after, skip, limit, error);
    if (*error)
        return {};
    if (!ordered.isEmpty() && q.sort != HistorySort::Relevance) {
        const Keyed& last = ordered.constLast();
        m_continuation = Continuation{identity,
                                      offset + int(ordered.size()),
                                      {last.k1, last.k2, last.id},
                                      dataVersion,
                                      changes};
    }
    return rowsOf(m_db, ordered, q.match, error);
}

qint64 HistoryQuery::count(const HistoryFilter& filter, const QTimeZone& zone,
                           VaultError* error) const
{
    *error = {};
    const Query q = resolve(filter, zone);
    if (q.nothing)
        return 0;
    Sql sql;
    if (q.match.isEmpty() && onlyWords(filter)) {
        // Everything: counting a table's cells is much cheaper than reading its rows.
        sql << "SELECT (SELECT count(*) FROM reflections) - "
               "(SELECT count(*) FROM reflections WHERE voice_state = 0);";
    } else if (!q.match.isEmpty() && onlyWords(filter)) {
        // Words alone: FTS5 counts its own matches (no row of the table read).
        sql << "SELECT count(*) FROM reflections_fts WHERE reflections_fts MATCH ";
        sql.value(q.match) << " AND rowid NOT IN (SELECT id FROM reflections "
                              "WHERE voice_state = 0);";
    } else {
        // The narrowest index that has every column the filter reads.
        sql << "SELECT count(*) FROM reflections r "
            << (q.fromUtc || q.toUtc ? "INDEXED BY reflections_history"
                                     : "INDEXED BY reflections_insights")
            << " WHERE ";
        appendFilters(sql, filter, q);
        if (!q.match.isEmpty())
            appendMatch(sql, q);
    }
    Statement s(m_db, sql.text());
    sql.bindTo(s);
    qint64 n = s.next() ? s.int64(0) : 0;
    if ((*error = s.error()))
        return 0;
    if (q.sort == HistorySort::Relevance)
        n = std::min<qint64>(n, ReflectionStore::RankWindow);
    return n;
}

QVector<HistoryPeriod> HistoryQuery::periods(const HistoryFilter& filter, TimelineGrouping grouping,
                                             const QTimeZone& zone, Qt::DayOfWeek firstDayOfWeek,
                                             VaultError* error) const
{
    *error = {};
    const Query q = resolve(filter, zone);
    if (q.nothing)
        return {};
    // The periods from the vault's first entry to its last (each one step into
    // reflections_history; the filter's own span would cost a pass over its rows), within the
    // filter's days; those without rows of the filter are left out below.
    qint64 span[2] = {0, 0};
    for (const bool last : {false, true}) {
        Statement s(m_db, last ? "SELECT max(created_utc) FROM reflections;"
                               : "SELECT min(created_utc) FROM reflections;");
        if (!s.next() || s.isNull(0)) {
            *error = s.error();
            return {};
        }
        span[last ? 1 : 0] = s.int64(0);
    }
    if (q.fromUtc)
        span[0] = std::max(span[0], *q.fromUtc);
    if (q.toUtc)
        span[1] = std::min(span[1], *q.toUtc - 1);
    if (span[0] > span[1])
        return {};
    ZoneOffsets offsets(zone);
    const QDate first = dateOfLocalDay(localDayOf(offsets.toLocal(span[0])));
    const QDate last = dateOfLocalDay(localDayOf(offsets.toLocal(span[1])));
    QVector<QDate> starts;
    for (QDate d = periodStart(first, grouping, firstDayOfWeek); d <= last;
         d = nextPeriod(d, grouping))
        starts.append(d);
    if (starts.size() > MaxPeriods)
        starts.remove(0, starts.size() - MaxPeriods);
    // [start, next start) in UTC; the oldest period takes everything before it, the newest
    // everything after, so no row falls between.
    QByteArray bounds = "[";
    for (int i = 0; i < starts.size(); ++i) {
        const qint64 from = i == 0 ? std::numeric_limits<qint64>::min()
                                   : offsets.toUtc(localDayOfDate(starts[i]), QTime(0, 0));
        const qint64 to = i + 1 == starts.size()
                              ? std::numeric_limits<qint64>::max()
                              : offsets.toUtc(localDayOfDate(starts[i + 1]), QTime(0, 0));
        bounds +=
            (i > 0 ? ",[" : "[") + QByteArray::number(from) + ',' + QByteArray::number(to) + ']';
    }
    bounds += ']';
    // Each period is one range of reflections_history, summed in a subquery of its own (a GROUP
    // BY over the join would sort every row first); the filters as for the list.
    Sql sql;
    sql << "SELECT b.key, (SELECT json_array(count(*), sum(r.voice_state IS NOT NULL), "
           "sum(r.stage = 5), sum(r.experiment_count)) FROM reflections r "
           "INDEXED BY reflections_history WHERE "
           "r.created_utc >= b.value ->> 0 AND r.created_utc < b.value ->> 1 AND ";
    appendFilters(sql, filter, q);
    if (!q.match.isEmpty())
        appendMatch(sql, q);
    sql << ") FROM json_each(";
    sql.value(QString::fromLatin1(bounds)) << ") b ORDER BY b.key DESC;";
    Statement p(m_db, sql.text());
    sql.bindTo(p);
    QVector<HistoryPeriod> periods;
    while (p.next()) {
        const QJsonArray sums = QJsonDocument::fromJson(p.bytes(1)).array();
        if (sums.at(0).toInteger() == 0)
            continue;
        HistoryPeriod period;
        period.start = starts.value(int(p.int64(0)));
        period.reflections = int(sums.at(0).toInteger());
        period.voice = int(sums.at(1).toInteger());
        period.closed = int(sums.at(2).toInteger());
        period.experiments = int(sums.at(3).toInteger());
        periods.append(period);
    }
    *error = p.error();
    return *error ? QVector<HistoryPeriod>() : periods;
}

} // namespace debrief
