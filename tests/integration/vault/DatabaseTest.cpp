// Database: one SQLCipher connection, always configured the same safe way (ST-1, ST-4, LK-1).

#include "VaultTestHelpers.h"

#include "vault/Statement.h"

#include <QFile>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;

TEST_CASE("A vault database is encrypted on disk and reopens with its key", "[database]")
{
    const QString dir = freshDir(QStringLiteral("db-open"));
    const QString path = dir + QStringLiteral("/vault.db");
    const VaultKey key = VaultKey::generate();
    const QString marker = QStringLiteral("marker-q7Zr-the-review-went-badly");
    ReflectionId id = 0;
    {
        auto db = openMigrated(path, key);
        ReflectionStore store(*db);
        VaultError error;
        id = store.add(marker, momentAt(1700000000000), &error);
        REQUIRE_FALSE(error);
    } // closed here

    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal"))); // checkpointed on close
    const QByteArray bytes = readFile(path);
    REQUIRE(bytes.size() >= 4096);
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK(filesContaining(dir, marker.toUtf8()).isEmpty());
    CHECK(filesContaining(dir, key.toHex()).isEmpty());

    VaultError error;
    auto db = Database::open(path, key, &error);
    REQUIRE(db);
    REQUIRE_FALSE(error);
    CHECK_FALSE(queryText(*db, "PRAGMA cipher_version;").isEmpty()); // really SQLCipher
    ReflectionStore store(*db);
    const auto r = store.get(id, &error);
    REQUIRE(r);
    CHECK(r->text == marker);
}

TEST_CASE("Without a key the same code writes a plain SQLite file (baseline)", "[database]")
{
    // The contrast that shows the check above can fail: an unkeyed file has the plain header.
    const QString dir = freshDir(QStringLiteral("db-plain"));
    const QString path = dir + QStringLiteral("/plain.db");
    {
        auto db = openMigrated(path, VaultKey());
        ReflectionStore store(*db);
        VaultError error;
        store.add(QStringLiteral("plain-marker-text"), momentAt(0), &error);
        REQUIRE_FALSE(error);
    }
    CHECK(readFile(path).startsWith("SQLite format 3"));
    CHECK_FALSE(filesContaining(dir, "plain-marker-text").isEmpty());
}

TEST_CASE("Every connection has the safe pragmas in effect", "[database]")
{
    const QString path = freshDir(QStringLiteral("db-pragmas")) + QStringLiteral("/vault.db");
    const VaultKey key = VaultKey::generate();
    auto first = openMigrated(path, key);
    VaultError error;
    auto second = Database::open(path, key, &error);
    REQUIRE(second);
    REQUIRE_FALSE(error);

    for (Database* db : {first.get(), second.get()}) {
        CHECK(queryInt(*db, "PRAGMA temp_store;") == 2); // MEMORY: no plaintext temp files
        CHECK(queryInt(*db, "PRAGMA foreign_keys;") == 1);
        CHECK(queryText(*db, "PRAGMA journal_mode;") == QStringLiteral("wal"));
        CHECK(queryInt(*db, "PRAGMA synchronous;") == 1); // NORMAL (see Database.cpp)
        CHECK(queryInt(*db, "PRAGMA secure_delete;") == 1);
        CHECK(queryInt(*db, "PRAGMA trusted_schema;") == 0);
        CHECK(queryInt(*db, "PRAGMA busy_timeout;") == 5000);
        CHECK(queryText(*db, "PRAGMA cipher_log_level;") == QStringLiteral("NONE"));
    }
}

TEST_CASE("Database::open with a wrong key is Damaged and changes nothing", "[database]")
{
    const QString dir = freshDir(QStringLiteral("db-wrong-key"));
    const QString path = dir + QStringLiteral("/vault.db");
    const VaultKey key = VaultKey::generate();
    {
        auto db = openMigrated(path, key);
        VaultError error;
        ReflectionStore(*db).add(QStringLiteral("kept"), momentAt(1), &error);
        REQUIRE_FALSE(error);
    }
    const Snapshot before = snapshot(dir);

    VaultError error;
    auto db = Database::open(path, VaultKey::generate(), &error);
    CHECK_FALSE(db);
    CHECK(error.kind == K::Damaged);
    db.reset();
    CHECK(differences(before, snapshot(dir)) == "");

    // The right key still opens it.
    auto again = Database::open(path, key, &error);
    REQUIRE(again);
    CHECK(ReflectionStore(*again).count(&error) == 1);
}

TEST_CASE("Two connections at once: readers see committed rows and never block the writer",
          "[database]")
{
    const QString path = freshDir(QStringLiteral("db-two")) + QStringLiteral("/vault.db");
    const VaultKey key = VaultKey::generate();
    auto writerDb = openMigrated(path, key);
    VaultError error;
    auto readerDb = Database::open(path, key, &error);
    REQUIRE(readerDb);
    ReflectionStore writer(*writerDb);
    ReflectionStore reader(*readerDb);

    const ReflectionId first = writer.add(QStringLiteral("first"), momentAt(1000), &error);
    REQUIRE_FALSE(error);
    CHECK(reader.count(&error) == 1);
    const auto seen = reader.get(first, &error);
    REQUIRE(seen);
    CHECK(seen->text == QStringLiteral("first"));

    // A reader inside a transaction keeps its snapshot while the writer commits (WAL: in a
    // rollback journal the writer would wait for the reader and fail with SQLITE_BUSY).
    REQUIRE_FALSE(readerDb->exec("BEGIN;"));
    CHECK(reader.count(&error) == 1);
    const ReflectionId second = writer.add(QStringLiteral("second"), momentAt(2000), &error);
    REQUIRE_FALSE(error);
    CHECK(reader.count(&error) == 1);
    REQUIRE_FALSE(readerDb->exec("COMMIT;"));
    CHECK(reader.count(&error) == 2);
    CHECK(reader.get(second, &error)->text == QStringLiteral("second"));

    // And the other way round.
    const ReflectionId third = reader.add(QStringLiteral("third"), momentAt(3000), &error);
    REQUIRE_FALSE(error);
    CHECK(writer.get(third, &error)->text == QStringLiteral("third"));
    CHECK(writer.count(&error) == 3);
}

TEST_CASE("A second writer fails fast with an error instead of a deadlock", "[database]")
{
    const QString path = freshDir(QStringLiteral("db-writers")) + QStringLiteral("/vault.db");
    const VaultKey key = VaultKey::generate();
    auto a = openMigrated(path, key);
    VaultError error;
    auto b = Database::open(path, key, &error);
    REQUIRE(b);
    REQUIRE_FALSE(b->exec("PRAGMA busy_timeout = 50;"));
    REQUIRE_FALSE(a->begin());
    CHECK(static_cast<bool>(b->begin())); // SQLITE_BUSY after the timeout, not a hang
    a->rollback();
    CHECK_FALSE(b->begin());
    CHECK_FALSE(b->commit());
}
