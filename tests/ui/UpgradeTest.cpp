// A vault from an earlier Debrief (schema v2) opened through the keyring (label ui): the app
// takes the upgrade path (VaultOpener::opensWithoutUpgrade is false, so it opens on a worker)
// and afterwards the old entry is in history, at Detect, and searchable.

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/Database.h"
#include "vault/Migrations.h"
#include "vault/ReflectionStore.h"
#include "vault/Statement.h"
#include "vault/VaultFiles.h"
#include "vault/VaultOpener.h"

#include <QFile>
#include <catch2/catch_test_macros.hpp>

using debrief::Database;
using debrief::HistoryModel;
using debrief::VaultController;
using debrief::VaultError;
using debrief::VaultFiles;
using debrief::VaultKey;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

TEST_CASE("A v2 vault opened from the keyring is upgraded and keeps its entries", "[ui][upgrade]")
{
    const QString dir = freshDir(QStringLiteral("upgrade"));
    FakeSecretStore keyring;
    {
        AppUnderTest first(dir, keyring);
        REQUIRE(first.waitForState(VaultController::State::FirstStart));
        first.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(first.waitForState(VaultController::State::Ready));
        REQUIRE(waitUntil([&] { return keyring.writes() > 0; }));
    }
    // Replace the database by one an earlier Debrief wrote (schema v2), same key.
    REQUIRE(keyring.contents().size() == 1);
    const VaultKey key = VaultKey::fromHex(keyring.contents().begin().value());
    REQUIRE(key.isValid());
    const VaultFiles files(dir);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(files.databasePath() + suffix);
    {
        VaultError error;
        auto db = Database::open(files.databasePath(), key, &error);
        REQUIRE(db);
        REQUIRE_FALSE(debrief::migrations::migrate(*db, 2));
        REQUIRE_FALSE(db->exec(
            "INSERT INTO reflections (id, text, created_utc, created_tz, updated_utc, updated_tz) "
            "VALUES (7, 'The quarterly pitch ran over time.', 1700000000000, 'Europe/Berlin', "
            "1700000000000, 'Europe/Berlin');"
            "INSERT INTO reflections_fts (rowid, text) VALUES (7, 'The quarterly pitch ran over "
            "time.');"));
    }

    CHECK_FALSE(debrief::VaultOpener(files).opensWithoutUpgrade(key));
    AppUnderTest app(dir, keyring);
    REQUIRE(app.waitForState(VaultController::State::Ready));
    CHECK(app.vault().errorMessage().isEmpty());
    REQUIRE(waitUntil([&] { return app.history().count() == 1; }));
    CHECK(app.history().data(app.history().index(0), HistoryModel::IdRole).toLongLong() == 7);
    CHECK(app.history().data(app.history().index(0), HistoryModel::StageRole).toInt() ==
          int(debrief::LoopController::Detect));
    VaultError error;
    CHECK(app.services().store()->search(QStringLiteral("quarterly"), 5, &error).size() == 1);
    CHECK_NO_QML_PROBLEMS(app);
}
