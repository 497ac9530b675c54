// VaultOpener: presence, create once, open with a key or a secret; failures change nothing.

#include "VaultTestHelpers.h"

#include <QFile>
#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;
using Presence = VaultOpener::Presence;

TEST_CASE("presence tells first start, ready and keys missing apart", "[opener]")
{
    const QString dir = freshDir(QStringLiteral("presence"));
    VaultOpener opener{VaultFiles(dir)};
    CHECK(opener.presence() == Presence::None);

    VaultFiles files(dir);
    writeFile(files.envelopePath(), "{}");
    CHECK(opener.presence() == Presence::Ready); // an envelope alone: create was interrupted

    writeFile(files.databasePath(), "db");
    CHECK(opener.presence() == Presence::Ready);

    REQUIRE(QFile::remove(files.envelopePath()));
    CHECK(opener.presence() == Presence::KeysMissing);

    REQUIRE(QFile::remove(files.databasePath()));
    CHECK(opener.presence() == Presence::None);
}

TEST_CASE("presence of a created vault is Ready", "[opener]")
{
    CreatedVault created = createVault(QStringLiteral("presence-created"));
    const VaultOpener opener{VaultFiles(created.dir)};
    CHECK(opener.presence() == Presence::Ready);
    CHECK(opener.files().databaseExists());
    CHECK(opener.files().envelopeExists());
    // Only the owner may read the envelope.
    const auto permissions = QFileInfo(opener.files().envelopePath()).permissions();
    CHECK_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                               QFileDevice::WriteGroup | QFileDevice::WriteOther));
}

TEST_CASE("create refuses when an envelope or a database is already there", "[opener]")
{
    const QString dir = freshDir(QStringLiteral("create-refuses"));
    VaultOpener opener{VaultFiles(dir)};
    const VaultFiles& files = opener.files();

    SECTION("envelope present")
    {
        writeFile(files.envelopePath(), "an existing envelope");
    }
    SECTION("database present")
    {
        writeFile(files.databasePath(), "an existing database");
    }
    SECTION("both present")
    {
        writeFile(files.envelopePath(), "an existing envelope");
        writeFile(files.databasePath(), "an existing database");
    }
    const Snapshot before = snapshot(dir);
    VaultError error;
    OpenVault vault = opener.create(VaultKey::generate(), KeyEnvelope::SecretKind::Passphrase,
                                    TestPassphrase, &error);
    CHECK_FALSE(vault);
    CHECK(error.kind == K::AlreadyExists);
    CHECK(differences(before, snapshot(dir)) == "");
}

TEST_CASE("create then open with the key and with the secret", "[opener]")
{
    CreatedVault created = createVault(QStringLiteral("create-open"));
    CHECK(created.vault.key == created.key);
    CHECK(created.vault.envelope.checks(created.key));
    VaultError error;
    const ReflectionId id = ReflectionStore(*created.vault.db)
                                .add(QStringLiteral("after the interview"), momentAt(42), &error);
    REQUIRE_FALSE(error);
    created.vault = {};

    // The key is nowhere on disk, the passphrase neither.
    CHECK(filesContaining(created.dir, created.key.toHex()).isEmpty());
    CHECK(filesContaining(created.dir, TestPassphrase.toUtf8()).isEmpty());

    VaultOpener opener{VaultFiles(created.dir)};
    {
        OpenVault vault = opener.openWithKey(created.key.copy(), &error);
        REQUIRE(vault);
        CHECK_FALSE(error);
        CHECK(ReflectionStore(*vault.db).get(id, &error)->text ==
              QStringLiteral("after the interview"));
    }
    {
        OpenVault vault = opener.openWithSecret(TestPassphrase, &error);
        REQUIRE(vault);
        CHECK_FALSE(error);
        CHECK(vault.key == created.key);
        CHECK(ReflectionStore(*vault.db).get(id, &error)->text ==
              QStringLiteral("after the interview"));
    }
}

TEST_CASE("create with a recovery code opens with the code however it is typed", "[opener]")
{
    const QString dir = freshDir(QStringLiteral("create-code"));
    VaultOpener opener{VaultFiles(dir)};
    const QString code = QStringLiteral("7K3M-0PQR-1STV-9WXY-2Z4A-5B6C");
    VaultError error;
    const VaultKey key = VaultKey::generate();
    REQUIRE(opener.create(key.copy(), KeyEnvelope::SecretKind::RecoveryCode, code, &error));
    OpenVault vault =
        opener.openWithSecret(QStringLiteral("7k3m opqr lstv 9wxy 2z4a 5b6c"), &error);
    REQUIRE(vault);
    CHECK(vault.key == key);
}

TEST_CASE("A wrong key is KeyMismatch and a wrong secret WrongSecret; nothing changes", "[opener]")
{
    CreatedVault created = createVault(QStringLiteral("wrong"));
    VaultError error;
    ReflectionStore(*created.vault.db).add(QStringLiteral("keep me"), momentAt(1), &error);
    REQUIRE_FALSE(error);
    created.vault = {};
    const Snapshot before = snapshot(created.dir);
    VaultOpener opener{VaultFiles(created.dir)};

    {
        OpenVault vault = opener.openWithKey(VaultKey::generate(), &error);
        CHECK_FALSE(vault);
        CHECK(error.kind == K::KeyMismatch); // told by the key-check value, not by SQLCipher
    }
    CHECK(differences(before, snapshot(created.dir)) == "");
    {
        OpenVault vault = opener.openWithSecret(QStringLiteral("not the passphrase"), &error);
        CHECK_FALSE(vault);
        CHECK(error.kind == K::WrongSecret);
    }
    CHECK(differences(before, snapshot(created.dir)) == "");
    {
        OpenVault vault = opener.openWithKey(VaultKey(), &error);
        CHECK_FALSE(vault);
        CHECK(error.kind == K::KeyMismatch);
    }
    CHECK(differences(before, snapshot(created.dir)) == "");

    // Wrong-secret and damaged messages differ (RE-1).
    CHECK(VaultError(K::WrongSecret).message() != VaultError(K::Damaged).message());
    CHECK(VaultError(K::KeyMismatch).message() != VaultError(K::Damaged).message());

    OpenVault vault = opener.openWithKey(created.key.copy(), &error);
    REQUIRE(vault);
    CHECK(ReflectionStore(*vault.db).count(&error) == 1);
}

TEST_CASE("A database without its envelope is KeyFileMissing, never replaced", "[opener]")
{
    CreatedVault created = createVault(QStringLiteral("no-envelope"));
    created.vault = {};
    VaultOpener opener{VaultFiles(created.dir)};
    REQUIRE(QFile::remove(opener.files().envelopePath()));
    const Snapshot before = snapshot(created.dir);
    CHECK(opener.presence() == Presence::KeysMissing);

    VaultError error;
    CHECK_FALSE(opener.openWithKey(created.key.copy(), &error));
    CHECK(error.kind == K::KeyFileMissing);
    CHECK_FALSE(opener.openWithSecret(TestPassphrase, &error));
    CHECK(error.kind == K::KeyFileMissing);
    CHECK_FALSE(opener.create(VaultKey::generate(), KeyEnvelope::SecretKind::Passphrase,
                              TestPassphrase, &error));
    CHECK(error.kind == K::AlreadyExists);
    CHECK(differences(before, snapshot(created.dir)) == "");
}

TEST_CASE("An envelope without a database (interrupted create) is completed", "[opener]")
{
    CreatedVault created = createVault(QStringLiteral("no-db"));
    created.vault = {};
    VaultOpener opener{VaultFiles(created.dir)};
    REQUIRE(QFile::remove(opener.files().databasePath()));
    VaultError error;
    OpenVault vault = opener.openWithKey(created.key.copy(), &error);
    REQUIRE(vault);
    CHECK(ReflectionStore(*vault.db).count(&error) == 0);
    CHECK_FALSE(error);
}

TEST_CASE("A damaged envelope is KeyFileDamaged and not overwritten", "[opener]")
{
    CreatedVault created = createVault(QStringLiteral("bad-envelope"));
    created.vault = {};
    VaultOpener opener{VaultFiles(created.dir)};
    writeFile(opener.files().envelopePath(), "{ not json");
    const Snapshot before = snapshot(created.dir);
    VaultError error;
    CHECK_FALSE(opener.openWithKey(created.key.copy(), &error));
    CHECK(error.kind == K::KeyFileDamaged);
    CHECK_FALSE(opener.openWithSecret(TestPassphrase, &error));
    CHECK(error.kind == K::KeyFileDamaged);
    CHECK_FALSE(opener.create(VaultKey::generate(), KeyEnvelope::SecretKind::Passphrase,
                              TestPassphrase, &error));
    CHECK(error.kind == K::AlreadyExists);
    CHECK(differences(before, snapshot(created.dir)) == "");
}

TEST_CASE("opensWithoutUpgrade: true for a current vault, false when an upgrade or an error "
          "would follow",
          "[opener]")
{
    CreatedVault created = createVault(QStringLiteral("opens-without-upgrade"));
    const VaultOpener opener{VaultFiles(created.dir)};
    CHECK(opener.opensWithoutUpgrade(created.key));
    CHECK_FALSE(opener.opensWithoutUpgrade(VaultKey::generate())); // wrong key: not readable

    // An older schema (as an earlier Debrief left it) needs the upgrade first.
    {
        VaultError error;
        auto db = Database::open(opener.files().databasePath(), created.key, &error);
        REQUIRE(db);
        REQUIRE_FALSE(db->exec("PRAGMA user_version = 1;"));
    }
    CHECK_FALSE(opener.opensWithoutUpgrade(created.key));
}
