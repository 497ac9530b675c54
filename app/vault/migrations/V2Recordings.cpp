#include "vault/Database.h"
#include "vault/Migrations.h"

namespace debrief::migrations {

VaultError toV2_recordings(Database& db)
{
    // A recording belongs to a reflection: its main voice note (prompt_id '') or a spoken
    // answer to one loop prompt. Audio (Ogg Opus pages) is appended in chunks as it is encoded,
    // one transaction about every second, so a crash loses at most the last chunk; state tells
    // a finished recording from one still running (or cut off by a crash: "recovered" after
    // the next start). duration_ms and byte_count are kept current with every chunk.
    return db.exec(R"sql(
        CREATE TABLE recordings (
            id            INTEGER PRIMARY KEY,
            reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
            prompt_id     TEXT NOT NULL DEFAULT '',
            format        TEXT NOT NULL,
            state         INTEGER NOT NULL,
            duration_ms   INTEGER NOT NULL DEFAULT 0,
            byte_count    INTEGER NOT NULL DEFAULT 0,
            UNIQUE (reflection_id, prompt_id)
        );
        CREATE TABLE recording_chunks (
            id            INTEGER PRIMARY KEY,
            recording_id  INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
            seq           INTEGER NOT NULL,
            data          BLOB NOT NULL,
            UNIQUE (recording_id, seq)
        );
    )sql");
}

} // namespace debrief::migrations
