#include "vault/SearchIndex.h"

#include "vault/Database.h"
#include "vault/IndexPurge.h"
#include "vault/Statement.h"

namespace debrief {

namespace {

VaultError runFor(Database& db, const char* sql, ReflectionId id)
{
    Statement q(db, sql);
    return q.bind(1, id).run();
}

// FTS5 writes what the index holds in memory before it changes a setting, so the writes
// before a change go to the file under the setting they were made with.
VaultError setSecureDelete(Database& db, bool on)
{
    return db.exec(on ? "INSERT INTO reflections_fts (reflections_fts, rank) "
                        "VALUES ('secure-delete', 1);"
                        "INSERT INTO lessons_fts (lessons_fts, rank) VALUES ('secure-delete', 1);"
                      : "INSERT INTO reflections_fts (reflections_fts, rank) "
                        "VALUES ('secure-delete', 0);"
                        "INSERT INTO lessons_fts (lessons_fts, rank) VALUES ('secure-delete', 0);");
}

// Whether the indexes cut deleted words out at once (schema 7 on; before, FTS5's default).
bool secureDeleteOn(Database& db, VaultError* error)
{
    Statement q(db, "SELECT v FROM reflections_fts_config WHERE k = 'secure-delete';");
    const bool on = q.next() && q.int64(0) == 1;
    *error = q.error();
    return on;
}

} // namespace

VaultError SearchIndex::unindex(ReflectionId id)
{
    // Words of earlier versions first: merged away now if an edit left them (then the entry's
    // current words are the only ones left, and the delete below cuts them out).
    VaultError error;
    const bool secure = secureDeleteOn(m_db, &error);
    if (error)
        return error;
    IndexPurge purge(m_db);
    const bool edited = secure && purge.pending(id, &error);
    if (error)
        return error;
    if (edited) {
        if (VaultError e = purge.purgeNow())
            return e;
    }
    return removeEntries(id);
}

VaultError SearchIndex::removeEntries(ReflectionId id)
{
    if (VaultError e =
            runFor(m_db,
                   "INSERT INTO reflections_fts (reflections_fts, rowid, text, loop, tags) "
                   "SELECT 'delete', id, text, loop, tags FROM reflections_search "
                   "WHERE id = ?1;",
                   id))
        return e;
    return runFor(m_db,
                  "INSERT INTO lessons_fts (lessons_fts, rowid, text) "
                  "SELECT 'delete', id, text FROM lessons WHERE reflection_id = ?1;",
                  id);
}

VaultError SearchIndex::index(ReflectionId id)
{
    if (VaultError e = runFor(m_db,
                              "INSERT INTO reflections_fts (rowid, text, loop, tags) "
                              "SELECT id, text, loop, tags FROM reflections_search WHERE id = ?1;",
                              id))
        return e;
    return runFor(m_db,
                  "INSERT INTO lessons_fts (rowid, text) "
                  "SELECT id, text FROM lessons WHERE reflection_id = ?1;",
                  id);
}

VaultError SearchIndex::beginEdit(bool* fast)
{
    VaultError error;
    *fast = secureDeleteOn(m_db, &error);
    if (error)
        return error;
    return *fast ? setSecureDelete(m_db, false) : VaultError();
}

VaultError SearchIndex::endEdit(ReflectionId id)
{
    if (VaultError e = setSecureDelete(m_db, true))
        return e;
    return IndexPurge(m_db).markEdited(id);
}

} // namespace debrief
