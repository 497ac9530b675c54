#include "vault/IndexPurge.h"

#include "vault/Database.h"
#include "vault/Statement.h"
#include "vault/Transaction.h"

#include <sqlite3.h>

namespace debrief {

namespace {

bool anyRow(Database& db, const char* sql, ReflectionId id, VaultError* error)
{
    Statement q(db, sql);
    if (id > 0)
        q.bind(1, id);
    const bool found = q.next();
    *error = q.error();
    return found;
}

// One 'merge' step with -pages on an index; *worked tells whether it merged anything. FTS5
// counts the command itself as one change: more means segments were written.
VaultError mergeStep(Database& db, const char* sql, int pages, bool* worked)
{
    const int before = sqlite3_total_changes(db.handle());
    Statement merge(db, sql);
    if (VaultError e = merge.bind(1, -qint64(pages)).run())
        return e;
    *worked = sqlite3_total_changes(db.handle()) - before >= 2;
    return {};
}

} // namespace

VaultError IndexPurge::markEdited(ReflectionId id)
{
    Statement q(m_db, "INSERT OR IGNORE INTO search_purge_pending (reflection_id) VALUES (?1);");
    return q.bind(1, id).run();
}

bool IndexPurge::pending(ReflectionId id, VaultError* error) const
{
    return anyRow(m_db, "SELECT 1 FROM search_purge_pending WHERE reflection_id = ?1;", id, error);
}

bool IndexPurge::anyPending(VaultError* error) const
{
    return anyRow(m_db, "SELECT 1 FROM search_purge_pending LIMIT 1;", 0, error);
}

VaultError IndexPurge::step(int pages, bool* done)
{
    *done = false;
    return inTransaction(m_db, [&]() -> VaultError {
        bool mergedText = false;
        bool mergedLessons = false;
        if (VaultError e = mergeStep(m_db,
                                     "INSERT INTO reflections_fts (reflections_fts, rank) "
                                     "VALUES ('merge', ?1);",
                                     pages, &mergedText))
            return e;
        if (VaultError e = mergeStep(m_db,
                                     "INSERT INTO lessons_fts (lessons_fts, rank) "
                                     "VALUES ('merge', ?1);",
                                     pages, &mergedLessons))
            return e;
        if (mergedText || mergedLessons)
            return {};
        // Both are one segment each, with every delete marker applied: in the same transaction,
        // so no edit can come between.
        *done = true;
        return m_db.exec("DELETE FROM search_purge_pending;");
    });
}

VaultError IndexPurge::purgeNow()
{
    return inTransaction(m_db, [&] {
        return m_db.exec("INSERT INTO reflections_fts (reflections_fts) VALUES ('optimize');"
                         "INSERT INTO lessons_fts (lessons_fts) VALUES ('optimize');"
                         "DELETE FROM search_purge_pending;");
    });
}

} // namespace debrief
