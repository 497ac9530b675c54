// VaultMaintenance: the idle work that keeps saves cheap (FTS merges, WAL checkpoints).

#include "VaultTestHelpers.h"

#include "vault/BackgroundMaintenance.h"
#include "vault/Statement.h"
#include "vault/VaultMaintenance.h"

#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

qint64 segmentCount(Database& db)
{
    // Each row of the %_data table with a positive segment id is a page of some segment; the
    // structure record (id 10) lists the segments. Counting distinct segment ids is enough.
    Statement q(db, "SELECT count(DISTINCT (id >> 37)) FROM reflections_fts_data WHERE id > 10;");
    return q.next() ? q.int64(0) : -1;
}

// Saves as people make them, one commit each: every commit leaves a small index segment.
void addOneAtATime(ReflectionStore& store, int count)
{
    VaultError error;
    for (int i = 0; i < count; ++i)
        REQUIRE(store.add(QStringLiteral("entry %1").arg(i), momentAt(1700000000000 + i, "UTC"),
                          &error) > 0);
}

bool indexIntact(Database& db)
{
    return !db.exec("INSERT INTO reflections_fts (reflections_fts) VALUES ('integrity-check');");
}

} // namespace

TEST_CASE("Idle maintenance merges index segments and checkpoints the WAL", "[maintenance]")
{
    const QString dir = freshDir(QStringLiteral("maintenance"));
    const QString path = dir + QStringLiteral("/vault.db");
    auto db = openMigrated(path, VaultKey::generate());
    ReflectionStore store(*db);
    VaultError error;
    // One save at a time, as people make them: each commit leaves a small index segment.
    for (int i = 0; i < 40; ++i)
        REQUIRE(store.add(QStringLiteral("reflection %1 about a pitch").arg(i),
                          momentAt(1700000000000 + i, "UTC"), &error) > 0);
    const qint64 segmentsBefore = segmentCount(*db);
    const qint64 walBefore = QFileInfo(path + QStringLiteral("-wal")).size();
    REQUIRE(walBefore > 0);

    VaultMaintenance maintenance(*db);
    maintenance.runAll();

    CHECK(segmentCount(*db) < segmentsBefore);
    CHECK(indexIntact(*db));
    // Everything was copied into the database file: the WAL may be reused from its start.
    Statement check(*db, "PRAGMA wal_checkpoint(PASSIVE);");
    REQUIRE(check.next());
    CHECK(check.int64(0) == 0);              // not busy
    CHECK(check.int64(1) == check.int64(2)); // every frame checkpointed
    VaultError searchError;
    CHECK(store.search(QStringLiteral("pitch"), 100, &searchError).size() == 40);
}

TEST_CASE("Maintenance runs by itself once the vault has been quiet", "[maintenance]")
{
    const QString dir = freshDir(QStringLiteral("maintenance-idle"));
    auto db = openMigrated(dir + QStringLiteral("/vault.db"), VaultKey::generate());
    ReflectionStore store(*db);
    addOneAtATime(store, 20);
    const qint64 segmentsBefore = segmentCount(*db);

    VaultMaintenance maintenance(*db);
    maintenance.setIdleDelay(50);
    maintenance.scheduleAfterWrite();
    CHECK(segmentCount(*db) == segmentsBefore); // nothing happens during the call itself
    CHECK(waitUntil([&] { return segmentCount(*db) < segmentsBefore; }, 5000));
    CHECK(indexIntact(*db));
}

TEST_CASE("Background maintenance tidies the vault from its own thread and connection",
          "[maintenance]")
{
    const QString dir = freshDir(QStringLiteral("maintenance-background"));
    const QString path = dir + QStringLiteral("/vault.db");
    const VaultKey key = VaultKey::generate();
    auto db = openMigrated(path, key);
    ReflectionStore store(*db);
    VaultError error;
    addOneAtATime(store, 20);
    const qint64 segmentsBefore = segmentCount(*db);

    auto connection = Database::open(path, key, &error);
    REQUIRE(connection);
    {
        BackgroundMaintenance background(std::move(connection));
        background.scheduleAfterWrite();
        // The default one-second idle delay, then the merge runs on the worker; saves from
        // this thread meanwhile still succeed (they wait at most for one step).
        REQUIRE(store.add(QStringLiteral("one more"), momentAt(1800000000000, "UTC"), &error) > 0);
        CHECK(waitUntil([&] { return segmentCount(*db) < segmentsBefore; }, 10000));
    } // stops the worker and closes its connection
    CHECK(indexIntact(*db));
    CHECK(store.search(QStringLiteral("entry"), 100, &error).size() == 20);
}
