// Deleting one entry is effective (SECURITY.md PR-2, label integration): once an entry with a
// marker in every part (text edited several times, answers, a skip reason, a lesson, a change,
// an experiment, a tag, a voice note's and a spoken answer's audio, the search index) is
// deleted, also after an Undo and a second delete, the marker is in no page of the decrypted
// database, free pages included (sqlite_dbpage), and the WAL is empty after a checkpoint.

#include "MarkedContent.h"
#include "VaultTestHelpers.h"

#include "vault/AudioStore.h"
#include "vault/LoopStore.h"
#include "vault/Migrations.h"
#include "vault/ReflectionStore.h"
#include "vault/Statement.h"
#include "vault/Transaction.h"

#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

// One token for the full-text index (letters and digits only, lower case as the index keeps
// it). FTS5 stores a term after the bytes it shares with the term before it, so the scan looks
// for the tail, which no other term shares.
const QByteArray Marker = "kx9vqmarkerdel";
const QByteArray MarkerTail = "qmarkerdel";

qint64 matches(Database& db, const char* query)
{
    Statement q(db, "SELECT count(*) FROM reflections_fts WHERE reflections_fts MATCH ?1;");
    q.bind(1, QString::fromUtf8(query));
    REQUIRE(q.next());
    return q.int64(0);
}

// What EntryController::remove keeps in memory for Undo, and its undoRemove: the entry, its
// loop and its recordings go back in one transaction.
struct RemovedEntry
{
    Reflection reflection;
    LoopRecord loop;
    QVector<AudioStore::SavedRecording> audio;
};

RemovedEntry removeKeepingForUndo(Database& db, ReflectionId id)
{
    VaultError error;
    auto reflection = ReflectionStore(db).get(id, &error);
    REQUIRE(reflection);
    auto loop = LoopStore(db).load(id, &error);
    REQUIRE(loop);
    auto audio = AudioStore(db).copyOut(id, &error);
    REQUIRE_FALSE(error);
    REQUIRE_FALSE(ReflectionStore(db).remove(id));
    return {*reflection, *loop, audio};
}

void undo(Database& db, const RemovedEntry& removed)
{
    REQUIRE_FALSE(inTransaction(db, [&]() -> VaultError {
        if (VaultError e = ReflectionStore(db).restore(removed.reflection))
            return e;
        if (VaultError e = AudioStore(db).restore(removed.audio))
            return e;
        return LoopStore(db).restore(removed.loop);
    }));
}

} // namespace

TEST_CASE("A deleted entry leaves its marker in no page of the vault, also after Undo and a "
          "second delete",
          "[deletion]")
{
    CreatedVault created = createVault(QStringLiteral("deletion"));
    Database& db = *created.vault.db;
    const QString path = VaultFiles(created.dir).databasePath();
    for (int n = 1; n <= 6; ++n)
        plantPlainEntry(db, n);
    const ReflectionId marked = plantMarkedEntry(db, Marker, 7);
    for (int n = 8; n <= 12; ++n)
        plantPlainEntry(db, n);
    checkpointTruncate(db);
    // The scan sees the marker while the entry exists: in its rows, its audio and the index.
    REQUIRE(pagesHolding(db, MarkerTail).size() >= 3);
    REQUIRE(matches(db, Marker.constData()) == 1);
    REQUIRE(matches(db, "offsite") == 11);

    SECTION("deleted once")
    {
        REQUIRE_FALSE(ReflectionStore(db).remove(marked));
    }
    SECTION("deleted, brought back with Undo, deleted again")
    {
        const RemovedEntry removed = removeKeepingForUndo(db, marked);
        undo(db, removed);
        REQUIRE(matches(db, Marker.constData()) == 1);
        VaultError error;
        REQUIRE(AudioStore(db).copyOut(marked, &error).size() == 2);
        REQUIRE_FALSE(ReflectionStore(db).remove(marked));
    }

    checkpointTruncate(db);
    INFO("pages holding the marker: " << pagesHolding(db, MarkerTail).size());
    CHECK(pagesHolding(db, MarkerTail).isEmpty());
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    // The rest is untouched and whole.
    CHECK(matches(db, Marker.constData()) == 0);
    CHECK(matches(db, "offsite") == 11);
    CHECK(queryText(db, "PRAGMA integrity_check;") == QStringLiteral("ok"));
    CHECK_FALSE(ftsIntegrityCheck(db));
}

TEST_CASE("The upgrade to schema 7 drops the words earlier deletes left in the search index",
          "[deletion]")
{
    const QString path = freshDir(QStringLiteral("deletion-upgrade")) + QStringLiteral("/vault.db");
    VaultError error;
    auto db = Database::open(path, VaultKey::generate(), &error);
    REQUIRE(db);
    REQUIRE_FALSE(migrations::migrate(*db, 6));
    for (int n = 1; n <= 6; ++n)
        plantPlainEntry(*db, n);
    const ReflectionId marked = plantMarkedEntry(*db, Marker, 7);
    plantPlainEntry(*db, 8);
    REQUIRE_FALSE(ReflectionStore(*db).remove(marked));
    checkpointTruncate(*db);
    // Schema 6 deleted with FTS5's delete markers: the words are still in the index's pages.
    REQUIRE_FALSE(pagesHolding(*db, MarkerTail).isEmpty());

    REQUIRE_FALSE(migrations::migrate(*db));
    checkpointTruncate(*db);
    CHECK(pagesHolding(*db, MarkerTail).isEmpty());
    CHECK(queryInt(*db, "SELECT v FROM reflections_fts_config WHERE k = 'secure-delete';") == 1);
    CHECK(queryInt(*db, "SELECT v FROM lessons_fts_config WHERE k = 'secure-delete';") == 1);
    CHECK(matches(*db, "offsite") == 7);
    CHECK_FALSE(ftsIntegrityCheck(*db));
}
