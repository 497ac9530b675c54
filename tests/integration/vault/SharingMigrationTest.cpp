// Migration 6 (sharing) from a version-5 vault: every entry gets its own stable id (32 hex
// digits), kept as it was, and every new entry gets one too, from the schema itself; the
// sharing tables start empty; nothing else changes.

#include "VaultTestHelpers.h"

#include "vault/Migrations.h"
#include "vault/ReflectionStore.h"
#include "vault/ReflectionUuids.h"
#include "vault/Statement.h"

#include <QDir>
#include <QSet>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

TEST_CASE("Migration 6 gives every entry a stable id and new ones get theirs", "[migrations]")
{
    const QString path =
        QDir(freshDir(QStringLiteral("mig-v6"))).filePath(QStringLiteral("vault.db"));
    VaultError error;
    auto db = Database::open(path, VaultKey::generate(), &error);
    REQUIRE(db);
    REQUIRE_FALSE(migrations::migrate(*db, 5));
    ReflectionStore store(*db);
    for (int i = 0; i < 50; ++i)
        store.add(QStringLiteral("entry %1").arg(i), momentAt(1700000000000 + i), &error);
    REQUIRE_FALSE(error);
    const QString textsBefore = queryText(*db, "SELECT group_concat(text, '|') FROM reflections;");

    REQUIRE_FALSE(migrations::migrate(*db, 6));
    CHECK(queryInt(*db, "PRAGMA user_version;") == 6);
    CHECK(queryText(*db, "SELECT group_concat(text, '|') FROM reflections;") == textsBefore);
    ReflectionUuids uuids(*db);
    QSet<QString> seen;
    for (ReflectionId id : uuids.all(&error)) {
        const QString uuid = uuids.uuidOf(id, &error);
        CHECK(ReflectionUuids::isValid(uuid));
        CHECK(uuids.idOf(uuid, &error) == id);
        seen.insert(uuid);
    }
    CHECK(seen.size() == 50);

    // New entries, whichever store makes them, get one; it does not change on edit.
    const ReflectionId added = store.add(QStringLiteral("after"), momentAt(1), &error);
    const QString uuid = uuids.uuidOf(added, &error);
    CHECK(ReflectionUuids::isValid(uuid));
    CHECK_FALSE(seen.contains(uuid));
    REQUIRE_FALSE(store.update(added, QStringLiteral("after, edited"), momentAt(2)));
    CHECK(uuids.uuidOf(added, &error) == uuid);
    // An id belongs to one entry only.
    CHECK(uuids.setUuid(added, *seen.begin()).kind == VaultError::Kind::AlreadyExists);
    CHECK(uuids.uuidOf(added, &error) == uuid);
    CHECK_FALSE(uuids.setUuid(added, QStringLiteral("00112233445566778899aabbccddeeff")));
    CHECK(uuids.idOf(QStringLiteral("00112233445566778899aabbccddeeff"), &error) == added);

    for (const char* table : {"share_identity", "coaches", "share_senders", "received_entries",
                              "received_audio", "received_comments", "entry_comments"}) {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table + ';';
        CHECK(queryInt(*db, sql.constData()) == 0);
    }
    CHECK_FALSE(ftsIntegrityCheck(*db));
}

TEST_CASE("Undo of a delete gives an entry back its stable id", "[migrations]")
{
    const QString path =
        QDir(freshDir(QStringLiteral("uuid-undo"))).filePath(QStringLiteral("vault.db"));
    auto db = openMigrated(path, VaultKey::generate());
    ReflectionStore store(*db);
    VaultError error;
    const ReflectionId id = store.add(QStringLiteral("kept whole"), momentAt(1), &error);
    const auto saved = store.get(id, &error);
    REQUIRE(saved);
    CHECK(ReflectionUuids::isValid(saved->uuid));
    REQUIRE_FALSE(store.remove(id));
    REQUIRE_FALSE(store.restore(*saved));
    CHECK(ReflectionUuids(*db).uuidOf(id, &error) == saved->uuid);
    CHECK(store.get(id, &error)->uuid == saved->uuid);
}
