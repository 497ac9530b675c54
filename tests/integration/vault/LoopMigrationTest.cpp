// Migration 3 (the loop) from a version-2 vault as Debrief wrote it: existing entries, their
// times and a voice recording stay intact, every entry starts in Detect and is still found by
// search (the index is rebuilt over text and loop), and the new tables work.

#include "VaultTestHelpers.h"

#include "vault/LoopStore.h"
#include "vault/Migrations.h"
#include "vault/Statement.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

// Two entries as version 2's ReflectionStore stored them (row plus its FTS entry), one with a
// finished main voice note of two chunks, plus a voice-only entry.
void writeVersion2Fixture(Database& db)
{
    REQUIRE_FALSE(migrations::migrate(db, 2));
    REQUIRE_FALSE(db.exec(R"sql(
        INSERT INTO reflections (id, text, created_utc, created_tz, updated_utc, updated_tz)
        VALUES (1, 'Budget meeting derailed
The numbers were late.', 1700000000000, 'Europe/Berlin', 1700000500000, 'Asia/Tokyo'),
               (2, 'Interview nerves, café afterwards', 1700001000000, 'UTC',
                1700001000000, 'UTC'),
               (3, '', 1700002000000, 'UTC', 1700002000000, 'UTC');
        INSERT INTO reflections_fts (rowid, text) SELECT id, text FROM reflections;
        INSERT INTO recordings (id, reflection_id, prompt_id, format, state, duration_ms,
                                byte_count) VALUES (7, 2, '', 'ogg-opus', 1, 61000, 6);
        INSERT INTO recording_chunks (recording_id, seq, data)
        VALUES (7, 0, x'4f6767'), (7, 1, x'537300');
        INSERT INTO recordings (id, reflection_id, prompt_id, format, state, duration_ms,
                                byte_count) VALUES (8, 3, '', 'ogg-opus', 1, 4000, 3);
    )sql"));
    REQUIRE(queryInt(db, "PRAGMA user_version;") == 2);
}

} // namespace

TEST_CASE("Version 2 with entries and a recording migrates to 3 intact and searchable",
          "[migrations][loop]")
{
    const QString path = freshDir(QStringLiteral("mig-v3")) + QStringLiteral("/vault.db");
    const VaultKey key = VaultKey::generate();
    {
        VaultError error;
        auto db = Database::open(path, key, &error);
        REQUIRE(db);
        writeVersion2Fixture(*db);
    }
    auto db = openMigrated(path, key); // as the next start would (on to the latest version)
    CHECK(queryInt(*db, "PRAGMA user_version;") == migrations::latestVersion());
    CHECK_FALSE(ftsIntegrityCheck(*db));

    ReflectionStore store(*db);
    VaultError error;
    CHECK(store.count(&error) == 3);
    const auto first = store.get(1, &error);
    REQUIRE(first);
    CHECK(first->text == QStringLiteral("Budget meeting derailed\nThe numbers were late."));
    CHECK(first->created == momentAt(1700000000000, "Europe/Berlin"));
    CHECK(first->updated == momentAt(1700000500000, "Asia/Tokyo"));

    // History rows: every entry in Detect, the voice note still attached.
    const auto rows = store.page(std::nullopt, 10, &error);
    REQUIRE(rows.size() == 3);
    for (const ReflectionSummary& row : rows)
        CHECK(row.stage == Stage::Detect);
    CHECK(store.summary(2, &error)->voiceDurationMs == 61000);
    CHECK(queryInt(*db, "SELECT count(*) FROM recording_chunks WHERE recording_id = 7;") == 2);
    CHECK(queryText(*db, "SELECT hex(group_concat(data, '')) FROM (SELECT data FROM "
                         "recording_chunks WHERE recording_id = 7 ORDER BY seq);") ==
          QStringLiteral("4F6767537300"));

    // Search still finds the old text (the index was rebuilt), accents ignored.
    auto ids = [&](const QString& q) {
        QList<ReflectionId> out;
        for (const SearchHit& h : store.search(q, 10, &error))
            out.append(h.id);
        return out;
    };
    CHECK(ids(QStringLiteral("numbers")) == QList<ReflectionId>{1});
    CHECK(ids(QStringLiteral("cafe")) == QList<ReflectionId>{2});

    // The loop works on migrated entries: the voice-only one is a complete Detect.
    LoopStore loops(*db);
    const auto voiceOnly = loops.load(3, &error);
    REQUIRE(voiceOnly);
    CHECK(voiceOnly->stage == Stage::Detect);
    CHECK(voiceOnly->hasCapture);
    REQUIRE(loops.addLesson(1, Stage::Apply, QStringLiteral("Ask for numbers a day early."),
                            momentAt(1700003000000), &error) > 0);
    CHECK(ids(QStringLiteral("early numbers")) == QList<ReflectionId>{1});
    CHECK_FALSE(ftsIntegrityCheck(*db));

    // Settings of the index are those of version 1 (and 4-character prefixes since version 5).
    CHECK(queryText(*db, "SELECT sql FROM sqlite_master WHERE name = 'reflections_fts';")
              .contains(QStringLiteral("prefix = '3 4'")));
    CHECK(queryInt(*db, "SELECT v FROM reflections_fts_config WHERE k = 'usermerge';") == 2);
}
