#include "vault/SearchIndex.h"

#include "vault/Database.h"
#include "vault/Statement.h"

namespace debrief {

namespace {

VaultError runFor(Database& db, const char* sql, ReflectionId id)
{
    Statement q(db, sql);
    return q.bind(1, id).run();
}

} // namespace

VaultError SearchIndex::unindex(ReflectionId id)
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

} // namespace debrief
