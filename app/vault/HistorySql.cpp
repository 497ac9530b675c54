#include "vault/HistorySql.h"

#include "core/Experiment.h"
#include "core/Recording.h"
#include "core/ZoneOffsets.h"
#include "vault/FtsQuery.h"
#include "vault/Statement.h"
#include "vault/TagStore.h"

namespace debrief::historysql {

static_assert(int(Stage::Closed) == 5, "the SQL here and reflections_by_attention name Closed 5");
static_assert(int(RecordingState::Recording) == 0, "the SQL here names a recording going on 0");

// The order of "needs attention" exactly as reflections_by_attention (v5) indexes it: in the loop
// first, the longest waiting first; then closed entries, newest first.
#define ATTENTION_KEY                                                                              \
    "CASE WHEN r.stage = 5 THEN -r.created_utc ELSE "                                              \
    "coalesce(r.waiting_since_utc, r.created_utc) END"

void Sql::bindTo(Statement& q) const
{
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        if (const auto* n = std::get_if<qint64>(&m_values[i]))
            q.bind(int(i) + 1, *n);
        else
            q.bind(int(i) + 1, std::get<QString>(m_values[i]));
    }
}

Sql& Sql::add(std::variant<qint64, QString> v)
{
    m_values.push_back(std::move(v));
    m_text += '?' + QByteArray::number(qint64(m_values.size()));
    return *this;
}

Query resolve(const HistoryFilter& filter, const QTimeZone& zone)
{
    Query q;
    if (filter.searching()) {
        q.match = ftsQueryFor(filter.words);
        q.nothing = q.match.isEmpty();
    }
    q.sort = filter.sort == HistorySort::Relevance && q.match.isEmpty() ? HistorySort::Newest
                                                                        : filter.sort;
    // Calendar days where the person is: from the first instant of the from day (midnight, or
    // the end of a DST gap at midnight) to the first instant of the day after the to day.
    ZoneOffsets offsets(zone);
    if (filter.from.isValid())
        q.fromUtc = offsets.toUtc(localDayOfDate(filter.from), QTime(0, 0));
    if (filter.to.isValid())
        q.toUtc = offsets.toUtc(localDayOfDate(filter.to) + 1, QTime(0, 0));
    for (const QString& tag : filter.tags) {
        const QString key = TagStore::keyOf(tag);
        if (!q.tagKeys.contains(key))
            q.tagKeys.append(key);
    }
    return q;
}

// No filter but (perhaps) the words.
bool onlyWords(const HistoryFilter& f)
{
    return f.stages.isEmpty() && f.failureTypes.isEmpty() && !f.from.isValid() && !f.to.isValid() &&
           !f.hasVoice && f.tags.isEmpty();
}

// Everything of the filter but the words, on reflections r: each a column of
// reflections_history and reflections_by_attention (covering), or for tags a set built once, so
// checking a row never reads its text. A reflection still being recorded is not history yet.
void appendFilters(Sql& sql, const HistoryFilter& f, const Query& q)
{
    sql << "r.voice_state IS NOT 0";
    if (!f.stages.isEmpty()) {
        sql << " AND r.stage IN ";
        sql.list(f.stages);
    }
    if (!f.failureTypes.isEmpty()) {
        sql << " AND r.failure_type IN ";
        sql.list(f.failureTypes);
    }
    if (q.fromUtc) {
        sql << " AND r.created_utc >= ";
        sql.value(*q.fromUtc);
    }
    if (q.toUtc) {
        sql << " AND r.created_utc < ";
        sql.value(*q.toUtc);
    }
    if (f.hasVoice)
        sql << (*f.hasVoice ? " AND r.voice_state IS NOT NULL" : " AND r.voice_state IS NULL");
    for (const QString& key : q.tagKeys) {
        sql << " AND +r.id IN (SELECT et.reflection_id FROM tags t JOIN entry_tags et "
               "ON et.tag_id = t.id WHERE t.key = ";
        sql.value(key) << ")";
    }
}

// Ids as a JSON array, for json_each (numbers only).
QString idList(const QVector<ReflectionId>& ids)
{
    QByteArray list = "[";
    for (const ReflectionId id : ids) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(id);
    }
    return QString::fromLatin1(list + ']');
}

void appendMatch(Sql& sql, const Query& q, MatchUse use, const QVector<ReflectionId>* ids)
{
    sql << (use == MatchUse::Drive ? " AND r.id IN" : " AND +r.id IN");
    if (ids) {
        sql << " (SELECT value FROM json_each(";
        sql.value(idList(*ids)) << "))";
        return;
    }
    sql << " (SELECT rowid FROM reflections_fts WHERE reflections_fts MATCH ";
    sql.value(q.match) << ")";
}

const char* indexOf(HistorySort sort)
{
    return sort == HistorySort::NeedsAttention ? "INDEXED BY reflections_by_attention"
                                               : "INDEXED BY reflections_history";
}

const char* keysOf(HistorySort sort)
{
    return sort == HistorySort::NeedsAttention ? "r.stage = 5, " ATTENTION_KEY : "r.created_utc, 0";
}

const char* orderOf(HistorySort sort)
{
    switch (sort) {
    case HistorySort::Oldest:
        return "r.created_utc, r.id";
    case HistorySort::NeedsAttention:
        return "r.stage = 5, " ATTENTION_KEY ", r.id";
    case HistorySort::Newest:
    case HistorySort::Relevance:
        break;
    }
    return "r.created_utc DESC, r.id DESC";
}

// Only the rows after the given one, in the order's direction.
void appendAfter(Sql& sql, HistorySort sort, const Keyed& last)
{
    switch (sort) {
    case HistorySort::Oldest:
        sql << " AND (r.created_utc, r.id) > (";
        sql.value(last.k1) << ", ";
        break;
    case HistorySort::NeedsAttention:
        sql << " AND (r.stage = 5, " ATTENTION_KEY ", r.id) > (";
        sql.value(last.k1) << ", ";
        sql.value(last.k2) << ", ";
        break;
    case HistorySort::Newest:
    case HistorySort::Relevance:
        sql << " AND (r.created_utc, r.id) < (";
        sql.value(last.k1) << ", ";
        break;
    }
    sql.value(last.id) << ")";
}

QVector<Keyed> readKeyed(Database& db, const Sql& sql, VaultError* error)
{
    Statement q(db, sql.text());
    sql.bindTo(q);
    QVector<Keyed> rows;
    while (q.next())
        rows.append({q.int64(0), q.int64(1), q.int64(2)});
    *error = q.error();
    return rows;
}

#undef ATTENTION_KEY

} // namespace debrief::historysql
