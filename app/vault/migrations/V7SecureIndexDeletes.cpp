#include "vault/Database.h"
#include "vault/Migrations.h"

namespace debrief::migrations {

VaultError toV7_secureIndexDeletes(Database& db)
{
    // Deleting must take words out of the search indexes too (SECURITY.md PR-2). By default
    // FTS5 removes an entry by writing a delete marker, which holds the words themselves, into
    // a new segment; the old entry and the marker both stay in the file until a merge happens
    // to meet them. With 'secure-delete' (SQLite 3.42) the entry is cut out of the page that
    // holds it at once, and a changed entry's old words go the same way; SQLite's own
    // secure_delete (Database.cpp) then overwrites the freed bytes. 'optimize' merges each index
    // into one segment, which drops whatever words earlier deletes and edits left behind.
    // (Schema 8 has edits turn it off for their own writes again and merge later: see
    // V8IndexPurge.cpp.)
    return db.exec(R"sql(
        INSERT INTO reflections_fts (reflections_fts, rank) VALUES ('secure-delete', 1);
        INSERT INTO lessons_fts (lessons_fts, rank) VALUES ('secure-delete', 1);
        INSERT INTO reflections_fts (reflections_fts) VALUES ('optimize');
        INSERT INTO lessons_fts (lessons_fts) VALUES ('optimize');
    )sql");
}

} // namespace debrief::migrations
