#include "vault/ReflectionStore.h"

#include "vault/Database.h"
#include "vault/FtsQuery.h"
#include "vault/SearchIndex.h"
#include "vault/Statement.h"
#include "vault/SummarySql.h"
#include "vault/TagStore.h"
#include "vault/Transaction.h"

#include <algorithm>
#include <sqlite3.h>

namespace debrief {

namespace {

LocalMoment momentFrom(const Statement& q, int utcColumn, int tzColumn)
{
    return {QDateTime::fromMSecsSinceEpoch(q.int64(utcColumn), Qt::UTC), q.bytes(tzColumn)};
}

std::optional<QString> currentText(Database& db, ReflectionId id, VaultError* error)
{
    Statement q(db, "SELECT text FROM reflections WHERE id = ?1;");
    q.bind(1, id);
    if (q.next())
        return q.text(0);
    *error = q.error() ? q.error() : VaultError(VaultError::Kind::NotFound);
    return std::nullopt;
}

} // namespace

ReflectionStore::ReflectionStore(Database& db)
    : m_db(db)
{
}

VaultError ReflectionStore::insertRow(const Reflection& r, ReflectionId* newId)
{
    // Without a uuid the schema gives it one (migration 6).
    Statement q(m_db, r.uuid.isEmpty()
                          ? "INSERT INTO reflections (id, text, created_utc, created_tz, "
                            "updated_utc, updated_tz, is_example) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                            "?7);"
                          : "INSERT INTO reflections (id, text, created_utc, created_tz, "
                            "updated_utc, updated_tz, is_example, uuid) VALUES (?1, ?2, ?3, ?4, "
                            "?5, ?6, ?7, ?8);");
    if (r.id > 0)
        q.bind(1, r.id);
    else
        q.bindNull(1);
    q.bind(2, r.text)
        .bind(3, r.created.utc.toMSecsSinceEpoch())
        .bind(4, r.created.timeZoneId)
        .bind(5, r.updated.utc.toMSecsSinceEpoch())
        .bind(6, r.updated.timeZoneId)
        .bind(7, qint64(r.example ? 1 : 0));
    if (!r.uuid.isEmpty())
        q.bind(8, r.uuid);
    if (VaultError e = q.run())
        return e;
    *newId = sqlite3_last_insert_rowid(m_db.handle());
    if (VaultError e = SearchIndex(m_db).index(*newId))
        return e;
    // Its tags, each keeping the index in step.
    TagStore tags(m_db);
    for (const QString& name : r.tags) {
        if (VaultError e = tags.addTag(*newId, name))
            return e;
    }
    return {};
}

ReflectionId ReflectionStore::add(const QString& text, const LocalMoment& when, VaultError* error)
{
    ReflectionId id = 0;
    *error = inTransaction(m_db, [&] { return insertRow({0, text, when, when, {}, false}, &id); });
    return *error ? 0 : id;
}

VaultError ReflectionStore::restore(const Reflection& r)
{
    ReflectionId id = 0;
    return inTransaction(m_db, [&] { return insertRow(r, &id); });
}

ReflectionId ReflectionStore::insertInTransaction(const Reflection& r, VaultError* error)
{
    ReflectionId id = 0;
    *error = insertRow(r, &id);
    return *error ? 0 : id;
}

VaultError ReflectionStore::update(ReflectionId id, const QString& text, const LocalMoment& when)
{
    return inTransaction(m_db, [&]() -> VaultError {
        VaultError e;
        const auto old = currentText(m_db, id, &e);
        if (!old)
            return e;
        // The index entry also covers the loop's texts: SearchIndex takes it out and puts it
        // back whole.
        return SearchIndex(m_db).around(id, [&] {
            Statement q(m_db, "UPDATE reflections SET text = ?2, updated_utc = ?3, updated_tz = ?4 "
                              "WHERE id = ?1;");
            q.bind(1, id)
                .bind(2, text)
                .bind(3, when.utc.toMSecsSinceEpoch())
                .bind(4, when.timeZoneId);
            return q.run();
        });
    });
}

VaultError ReflectionStore::remove(ReflectionId id)
{
    return inTransaction(m_db, [&]() -> VaultError {
        VaultError e;
        const auto old = currentText(m_db, id, &e);
        if (!old)
            return e;
        // Its loop rows go with it (ON DELETE CASCADE), so out of the index first.
        if ((e = SearchIndex(m_db).unindex(id)))
            return e;
        Statement q(m_db, "DELETE FROM reflections WHERE id = ?1;");
        return q.bind(1, id).run();
    });
}

std::optional<Reflection> ReflectionStore::get(ReflectionId id, VaultError* error) const
{
    Statement q(m_db, "SELECT id, text, created_utc, created_tz, updated_utc, updated_tz, "
                      "is_example, uuid FROM reflections WHERE id = ?1;");
    q.bind(1, id);
    if (!q.next()) {
        *error = q.error() ? q.error() : VaultError(VaultError::Kind::NotFound);
        return std::nullopt;
    }
    Reflection r{q.int64(0),      q.text(1), momentFrom(q, 2, 3), momentFrom(q, 4, 5), {},
                 q.int64(6) != 0, q.text(7)};
    r.tags = TagStore(m_db).tagsOf(id, error);
    if (*error)
        return std::nullopt;
    return r;
}

QVector<ReflectionSummary> ReflectionStore::page(const std::optional<HistoryCursor>& after,
                                                 int limit, VaultError* error) const
{
    // Keyset pagination over the (created_utc, id) index: constant cost per page however deep
    // someone scrolls. Only the start of each text is read, enough for its first line.
    Statement q(m_db, after ? SUMMARY_SELECT "AND (r.created_utc, r.id) < (?1, ?2) "
                                             "ORDER BY r.created_utc DESC, r.id DESC LIMIT ?3;"
                            : SUMMARY_SELECT "ORDER BY r.created_utc DESC, r.id DESC LIMIT ?3;");
    if (after)
        q.bind(1, after->createdUtcMs).bind(2, after->id);
    q.bind(3, qint64(limit));
    QVector<ReflectionSummary> rows;
    while (q.next())
        rows.append(summaryFrom(q));
    *error = q.error();
    return rows;
}

std::optional<ReflectionSummary> ReflectionStore::summary(ReflectionId id, VaultError* error) const
{
    Statement q(m_db, SUMMARY_SELECT "AND r.id = ?1;");
    q.bind(1, id);
    if (q.next()) {
        *error = {};
        return summaryFrom(q);
    }
    *error = q.error();
    return std::nullopt;
}

HistoryCursor ReflectionStore::cursorAfter(const ReflectionSummary& last)
{
    return {last.created.utc.toMSecsSinceEpoch(), last.id};
}

qint64 ReflectionStore::count(VaultError* error) const
{
    Statement q(m_db, "SELECT count(*) FROM (" SUMMARY_SELECT ");");
    const qint64 n = q.next() ? q.int64(0) : 0;
    *error = q.error();
    return n;
}

QVector<SearchHit> ReflectionStore::search(const QString& userQuery, int limit,
                                           VaultError* error) const
{
    QVector<SearchHit> hits;
    *error = {};
    const QString match = ftsQueryFor(userQuery);
    if (match.isEmpty())
        return hits;
    // bm25 must score every match before it can rank, which for a common word is most of the
    // vault. So rank only the RankWindow (or limit, if larger) newest matches (found cheaply,
    // newest first by rowid): search-as-you-type stays under 10 ms at 100k entries, and older
    // entries still show when the words are specific enough to be among them.
    Statement q(m_db, "SELECT r.id, snippet(reflections_fts, -1, ?2, ?3, '…', 12), r.created_utc, "
                      "r.created_tz FROM reflections_fts JOIN reflections r ON r.id = "
                      "reflections_fts.rowid WHERE reflections_fts MATCH ?1 AND "
                      "reflections_fts.rowid >= (SELECT coalesce(min(rowid), 0) FROM (SELECT "
                      "rowid FROM reflections_fts WHERE reflections_fts MATCH ?1 ORDER BY rowid "
                      "DESC LIMIT ?5)) ORDER BY rank LIMIT ?4;");
    q.bind(1, match)
        .bind(2, QString(MatchStart))
        .bind(3, QString(MatchEnd))
        .bind(4, qint64(limit))
        .bind(5, qint64(std::max(RankWindow, limit)));
    while (q.next())
        hits.append({q.int64(0), q.text(1), momentFrom(q, 2, 3)});
    *error = q.error();
    return hits;
}

} // namespace debrief
