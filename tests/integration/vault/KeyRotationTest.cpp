// Key rotation (CR-2): PRAGMA rekey plus a new envelope, staged so that a crash at any point
// leaves a key that opens the vault.

#include "VaultTestHelpers.h"

#include <QDir>
#include <QFile>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;
using Kind = KeyEnvelope::SecretKind;

namespace {

QList<ReflectionId> addEntries(Database& db, int n)
{
    ReflectionStore store(db);
    QList<ReflectionId> ids;
    for (int i = 0; i < n; ++i) {
        VaultError error;
        ids.append(store.add(QStringLiteral("entry number %1 before rotation").arg(i),
                             momentAt(1000 + i), &error));
        REQUIRE_FALSE(error);
    }
    return ids;
}

void requireAllEntries(Database& db, const QList<ReflectionId>& ids)
{
    ReflectionStore store(db);
    VaultError error;
    CHECK(store.count(&error) == ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const auto r = store.get(ids[i], &error);
        REQUIRE(r);
        CHECK(r->text == QStringLiteral("entry number %1 before rotation").arg(i));
    }
    CHECK(store.search(QStringLiteral("rotation"), 1000, &error).size() == ids.size());
    CHECK_FALSE(ftsIntegrityCheck(db));
}

} // namespace

TEST_CASE("rotateKey keeps every entry and retires the old key", "[rotation]")
{
    CreatedVault created = createVault(QStringLiteral("rotate"));
    const QList<ReflectionId> ids = addEntries(*created.vault.db, 25);
    const QString vaultId = created.vault.envelope.vaultId();
    VaultOpener opener{VaultFiles(created.dir)};

    REQUIRE_FALSE(
        opener.rotateKey(created.vault, TestPassphrase, {{Kind::Passphrase, TestPassphrase, {}}}));
    const VaultKey newKey = created.vault.key.copy();
    CHECK_FALSE(newKey == created.key);
    CHECK(created.vault.envelope.checks(newKey));
    CHECK(created.vault.envelope.vaultId() == vaultId);
    CHECK_FALSE(QFile::exists(opener.files().pendingEnvelopePath()));
    requireAllEntries(*created.vault.db, ids); // the open connection keeps working
    created.vault = {};

    VaultError error;
    CHECK_FALSE(opener.openWithKey(created.key.copy(), &error));
    CHECK(error.kind == K::KeyMismatch);
    CHECK_FALSE(Database::open(opener.files().databasePath(), created.key, &error));
    CHECK(error.kind == K::Damaged); // SQLCipher itself no longer accepts the old key
    {
        OpenVault vault = opener.openWithSecret(TestPassphrase, &error);
        REQUIRE(vault);
        CHECK(vault.key == newKey);
        CHECK(vault.envelope.vaultId() == vaultId);
        requireAllEntries(*vault.db, ids);
    }
    {
        OpenVault vault = opener.openWithKey(newKey.copy(), &error);
        REQUIRE(vault);
        requireAllEntries(*vault.db, ids);
    }
    CHECK(filesContaining(created.dir, newKey.toHex()).isEmpty());
}

TEST_CASE("rotateKey with a wrong secret changes nothing", "[rotation]")
{
    CreatedVault created = createVault(QStringLiteral("rotate-wrong"));
    const QList<ReflectionId> ids = addEntries(*created.vault.db, 3);
    VaultOpener opener{VaultFiles(created.dir)};
    const QByteArray envelopeBefore = readFile(opener.files().envelopePath());

    CHECK(opener
              .rotateKey(created.vault, QStringLiteral("nope"),
                         {{Kind::Passphrase, QStringLiteral("nope"), {}}})
              .kind == K::WrongSecret);
    CHECK(created.vault.key == created.key);
    CHECK(readFile(opener.files().envelopePath()) == envelopeBefore);
    CHECK_FALSE(QFile::exists(opener.files().pendingEnvelopePath()));
    created.vault = {};

    VaultError error;
    OpenVault vault = opener.openWithKey(created.key.copy(), &error);
    REQUIRE(vault);
    requireAllEntries(*vault.db, ids);
}

TEST_CASE("A crash after the rekey is recovered with the secret from the staged envelope",
          "[rotation]")
{
    CreatedVault created = createVault(QStringLiteral("rotate-crash"));
    const QList<ReflectionId> ids = addEntries(*created.vault.db, 12);
    VaultOpener opener{VaultFiles(created.dir)};
    const VaultFiles& files = opener.files();
    const QByteArray oldEnvelope = readFile(files.envelopePath());

    REQUIRE_FALSE(
        opener.rotateKey(created.vault, TestPassphrase, {{Kind::Passphrase, TestPassphrase, {}}}));
    const VaultKey newKey = created.vault.key.copy();
    const QByteArray newEnvelope = readFile(files.envelopePath());
    REQUIRE(newEnvelope != oldEnvelope);
    created.vault = {};

    // The state a crash between the rekey and the envelope replacement leaves behind.
    writeFile(files.envelopePath(), oldEnvelope);
    writeFile(files.pendingEnvelopePath(), newEnvelope);

    VaultError error;
    SECTION("the keyring's old key asks for the secret instead of calling the vault damaged")
    {
        const Snapshot before = snapshot(created.dir);
        CHECK_FALSE(opener.openWithKey(created.key.copy(), &error));
        CHECK(error.kind == K::KeyMismatch);
        CHECK(differences(before, snapshot(created.dir)) == "");
    }
    SECTION("a wrong secret opens nothing and changes nothing")
    {
        const Snapshot before = snapshot(created.dir);
        CHECK_FALSE(opener.openWithSecret(QStringLiteral("wrong"), &error));
        CHECK(error.kind == K::WrongSecret);
        CHECK(differences(before, snapshot(created.dir)) == "");
    }
    {
        OpenVault vault = opener.openWithSecret(TestPassphrase, &error);
        REQUIRE(vault);
        CHECK_FALSE(error);
        CHECK(vault.key == newKey);
        requireAllEntries(*vault.db, ids);
    }
    // The staged envelope became the envelope.
    CHECK(readFile(files.envelopePath()) == newEnvelope);
    CHECK_FALSE(QFile::exists(files.pendingEnvelopePath()));
    OpenVault vault = opener.openWithKey(newKey.copy(), &error);
    REQUIRE(vault);
    requireAllEntries(*vault.db, ids);
}

TEST_CASE("A crash before the rekey leaves the old key working", "[rotation]")
{
    CreatedVault created = createVault(QStringLiteral("rotate-early"));
    const QList<ReflectionId> ids = addEntries(*created.vault.db, 4);
    created.vault = {};
    VaultOpener opener{VaultFiles(created.dir)};
    const VaultFiles& files = opener.files();
    // Staged envelope for a key the database never got.
    VaultError error;
    const auto current = files.loadEnvelope(&error);
    REQUIRE(current);
    const auto staged =
        current->rewrappedFor(VaultKey::generate(), Kind::Passphrase, TestPassphrase);
    REQUIRE(staged);
    REQUIRE_FALSE(files.saveEnvelope(*staged, files.pendingEnvelopePath()));
    const QByteArray envelope = readFile(files.envelopePath());

    {
        OpenVault vault = opener.openWithKey(created.key.copy(), &error);
        REQUIRE(vault);
        requireAllEntries(*vault.db, ids);
    }
    OpenVault vault = opener.openWithSecret(TestPassphrase, &error);
    REQUIRE(vault);
    CHECK(vault.key == created.key);
    requireAllEntries(*vault.db, ids);
    CHECK(readFile(files.envelopePath()) == envelope); // the real envelope is not replaced
}

TEST_CASE("If the new envelope cannot be written, the open vault still matches its database",
          "[rotation]")
{
    CreatedVault created = createVault(QStringLiteral("rotate-nowrite"));
    const QList<ReflectionId> ids = addEntries(*created.vault.db, 5);
    VaultOpener opener{VaultFiles(created.dir)};
    const VaultFiles& files = opener.files();
    const QByteArray oldEnvelope = readFile(files.envelopePath());

    // Make replacing vault.keys fail (a non-empty directory in its place; works as root too).
    REQUIRE(QFile::remove(files.envelopePath()));
    REQUIRE(QDir().mkpath(files.envelopePath() + QStringLiteral("/blocker")));
    const VaultError rotateError =
        opener.rotateKey(created.vault, TestPassphrase, {{Kind::Passphrase, TestPassphrase, {}}});
    CHECK(static_cast<bool>(rotateError));
    REQUIRE(QFile::exists(files.pendingEnvelopePath()));

    // Whatever the rekey did, the key held in memory must open the database file.
    VaultError error;
    {
        auto second = Database::open(files.databasePath(), created.vault.key, &error);
        CHECK(second);
        CHECK_FALSE(error);
    }
    CHECK(created.vault.envelope.checks(created.vault.key));
    requireAllEntries(*created.vault.db, ids);
    const VaultKey inMemory = created.vault.key.copy();
    created.vault = {};

    // Put the old envelope back: the person's secret still opens the vault.
    REQUIRE(QDir(files.envelopePath()).removeRecursively());
    writeFile(files.envelopePath(), oldEnvelope);
    OpenVault vault = opener.openWithSecret(TestPassphrase, &error);
    REQUIRE(vault);
    CHECK(vault.key == inMemory);
    requireAllEntries(*vault.db, ids);
}
