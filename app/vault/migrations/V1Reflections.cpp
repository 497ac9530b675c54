#include "vault/Database.h"
#include "vault/Migrations.h"

namespace debrief::migrations {

VaultError toV1_reflections(Database& db)
{
    // Times are UTC milliseconds plus the IANA zone the person was in, so "9:40 in Berlin"
    // still reads that way after travel. The FTS index uses external content (no second copy
    // of the text) and is kept in sync by ReflectionStore inside the same transaction; its
    // 3-character prefix index keeps search-as-you-type fast at 100k entries.
    return db.exec(R"sql(
        CREATE TABLE reflections (
            id          INTEGER PRIMARY KEY,
            text        TEXT NOT NULL,
            created_utc INTEGER NOT NULL,
            created_tz  TEXT NOT NULL,
            updated_utc INTEGER NOT NULL,
            updated_tz  TEXT NOT NULL
        );
        CREATE INDEX reflections_by_created ON reflections (created_utc DESC, id DESC);
        CREATE VIRTUAL TABLE reflections_fts USING fts5 (
            text,
            content = 'reflections',
            content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '3'
        );
        -- Merge index segments when two share a level: VaultMaintenance does it while the app
        -- is idle, so saves rarely pay for FTS5's own automerge (which stays as the backstop).
        INSERT INTO reflections_fts (reflections_fts, rank) VALUES ('usermerge', 2);
    )sql");
}

} // namespace debrief::migrations
