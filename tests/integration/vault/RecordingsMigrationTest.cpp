// Migration 2 (recordings) from a version-1 vault as Debrief wrote it: every entry, its times
// and its search entry stay intact, the recording tables are there and work, and the entries
// show in history as text-only.

#include "VaultTestHelpers.h"

#include "vault/AudioStore.h"
#include "vault/Migrations.h"
#include "vault/Statement.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

TEST_CASE("Version 1 with entries migrates to 2 with the entries intact", "[migrations][audio]")
{
    const QString path = freshDir(QStringLiteral("mig-v2")) + QStringLiteral("/vault.db");
    const VaultKey key = VaultKey::generate();
    {
        VaultError error;
        auto db = Database::open(path, key, &error);
        REQUIRE(db);
        REQUIRE_FALSE(migrations::migrate(*db, 1));
        // Two entries as version 1's ReflectionStore stored them: the row and its FTS entry.
        REQUIRE_FALSE(db->exec(R"sql(
            INSERT INTO reflections (id, text, created_utc, created_tz, updated_utc, updated_tz)
            VALUES (1, 'The demo crashed
in front of the board.', 1700000000000, 'Europe/Berlin', 1700000900000, 'Europe/Berlin'),
                   (2, 'Forgot the handout', 1700003000000, 'UTC', 1700003000000, 'UTC');
            INSERT INTO reflections_fts (rowid, text) SELECT id, text FROM reflections;
        )sql"));
    }
    VaultError error;
    auto db = Database::open(path, key, &error);
    REQUIRE(db);
    REQUIRE_FALSE(migrations::migrate(*db, 2)); // as a Debrief of that version would
    CHECK(queryInt(*db, "PRAGMA user_version;") == 2);
    CHECK(queryInt(*db, "SELECT count(*) FROM reflections;") == 2);
    CHECK(queryText(*db, "SELECT text FROM reflections WHERE id = 1;") ==
          QStringLiteral("The demo crashed\nin front of the board."));
    CHECK(queryInt(*db, "SELECT updated_utc FROM reflections WHERE id = 1;") == 1700000900000);
    CHECK(queryInt(*db, "SELECT rowid FROM reflections_fts WHERE reflections_fts MATCH "
                        "'handout';") == 2);
    // The index still matches the table (FTS5's own check against the content).
    CHECK_FALSE(db->exec("INSERT INTO reflections_fts (reflections_fts, rank) "
                         "VALUES ('integrity-check', 1);"));
    CHECK(queryInt(*db, "SELECT count(*) FROM recordings;") == 0);
    CHECK(queryInt(*db, "SELECT count(*) FROM recording_chunks;") == 0);

    // And on to the current schema: history shows both as text-only entries, and a voice note
    // can be recorded into an old entry's vault.
    REQUIRE_FALSE(migrations::migrate(*db));
    ReflectionStore store(*db);
    const auto rows = store.page(std::nullopt, 10, &error);
    REQUIRE(rows.size() == 2);
    for (const ReflectionSummary& row : rows) {
        CHECK(row.voiceDurationMs == -1);
        CHECK_FALSE(row.voiceRecovered);
    }
    CHECK(store.get(1, &error)->created == momentAt(1700000000000, "Europe/Berlin"));
    AudioStore audio(*db);
    const RecordingInfo rec =
        audio.startAnswer(1, QStringLiteral("analyse.what"), oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    REQUIRE_FALSE(audio.finish(rec.id, QByteArrayLiteral("OggS-ish"), 1200));
    CHECK(audio.read(rec.id, &error) == QByteArrayLiteral("OggS-ish"));
    CHECK(store.search(QStringLiteral("demo"), 10, &error).size() == 1);
    CHECK_FALSE(ftsIntegrityCheck(*db));
}
