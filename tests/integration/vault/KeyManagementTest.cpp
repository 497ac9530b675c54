// Key management on real vault files: a new passphrase, a new recovery code and a rotated vault
// key (CR-2) each retire exactly the old secret or key, keep every other slot working and lose
// no entry; a crash part way through a rotation still opens with the person's secrets.

#include "VaultTestHelpers.h"
#include "vault/RecoveryCode.h"
#include "vault/Statement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;
using Kind = KeyEnvelope::SecretKind;

namespace {

const QString NewPassphrase = QStringLiteral("a slower walk home after the review");

// A vault with a passphrase (TestPassphrase) and a recovery code, both wrapping one key.
struct TwoSecretVault
{
    CreatedVault created;
    QString code;
};

TwoSecretVault twoSecretVault(const QString& name)
{
    TwoSecretVault v{createVault(name), recoverycode::generate()};
    VaultOpener opener{VaultFiles(v.created.dir)};
    VaultError error;
    REQUIRE(opener.changeSecret(TestPassphrase, Kind::RecoveryCode, v.code, &error));
    REQUIRE_FALSE(error);
    return v;
}

QList<ReflectionId> addEntries(Database& db, int n)
{
    ReflectionStore store(db);
    QList<ReflectionId> ids;
    for (int i = 0; i < n; ++i) {
        VaultError error;
        ids.append(store.add(QStringLiteral("key management entry %1").arg(i), momentAt(5000 + i),
                             &error));
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
        CHECK(r->text == QStringLiteral("key management entry %1").arg(i));
    }
    CHECK(store.search(QStringLiteral("management"), 1000, &error).size() == ids.size());
    CHECK_FALSE(ftsIntegrityCheck(db));
}

// The key the secret opens through the vault's files, or an empty key with error set.
VaultKey keyOpenedBy(const VaultOpener& opener, const QString& secret, VaultError* error)
{
    OpenVault vault = opener.openWithSecret(secret, error);
    return vault ? vault.key.copy() : VaultKey();
}

} // namespace

TEST_CASE("A new passphrase retires the old one; the recovery code still opens", "[keys]")
{
    TwoSecretVault v = twoSecretVault(QStringLiteral("keys-passphrase"));
    const QList<ReflectionId> ids = addEntries(*v.created.vault.db, 3);
    v.created.vault = {};
    VaultOpener opener{VaultFiles(v.created.dir)};
    VaultError error;

    SECTION("with the current passphrase")
    {
        REQUIRE(opener.changeSecret(TestPassphrase, Kind::Passphrase, NewPassphrase, &error));
    }
    SECTION("with the recovery code (a forgotten passphrase)")
    {
        REQUIRE(opener.changeSecret(v.code, Kind::Passphrase, NewPassphrase, &error));
    }
    REQUIRE_FALSE(error);

    CHECK_FALSE(opener.openWithSecret(TestPassphrase, &error));
    CHECK(error.kind == K::WrongSecret);
    CHECK(keyOpenedBy(opener, NewPassphrase, &error) == v.created.key);
    CHECK(keyOpenedBy(opener, v.code, &error) == v.created.key);
    OpenVault vault = opener.openWithSecret(NewPassphrase, &error);
    REQUIRE(vault);
    requireAllEntries(*vault.db, ids);
    CHECK(vault.envelope.secretKinds().size() == 2);
}

TEST_CASE("A new recovery code retires the old one; the passphrase still opens", "[keys]")
{
    TwoSecretVault v = twoSecretVault(QStringLiteral("keys-code"));
    v.created.vault = {};
    VaultOpener opener{VaultFiles(v.created.dir)};
    const QString newCode = recoverycode::generate();
    VaultError error;
    REQUIRE(opener.changeSecret(TestPassphrase, Kind::RecoveryCode, newCode, &error));
    REQUIRE_FALSE(error);

    CHECK_FALSE(opener.openWithSecret(v.code, &error));
    CHECK(error.kind == K::WrongSecret);
    // Typed as people do: lower case, spaces for dashes.
    CHECK(keyOpenedBy(opener, newCode.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')),
                      &error) == v.created.key);
    CHECK(keyOpenedBy(opener, TestPassphrase, &error) == v.created.key);
}

TEST_CASE("A passphrase can be added to a vault that had only a recovery code", "[keys]")
{
    const QString dir = freshDir(QStringLiteral("keys-add"));
    const QString code = recoverycode::generate();
    VaultOpener opener{VaultFiles(dir)};
    VaultError error;
    {
        OpenVault created = opener.create(VaultKey::generate(), Kind::RecoveryCode, code, &error);
        REQUIRE(created);
    }
    const auto envelope = opener.changeSecret(code, Kind::Passphrase, NewPassphrase, &error);
    REQUIRE(envelope);
    CHECK(envelope->hasSecret(Kind::Passphrase));
    CHECK(envelope->hasSecret(Kind::RecoveryCode));
    CHECK(opener.openWithSecret(NewPassphrase, &error));
    CHECK(opener.openWithSecret(code, &error));
}

TEST_CASE("A wrong current secret changes no secret and no byte", "[keys]")
{
    TwoSecretVault v = twoSecretVault(QStringLiteral("keys-wrong"));
    v.created.vault = {};
    VaultOpener opener{VaultFiles(v.created.dir)};
    const Snapshot before = snapshot(v.created.dir);
    VaultError error;
    CHECK_FALSE(opener.changeSecret(NewPassphrase, Kind::Passphrase, NewPassphrase, &error));
    CHECK(error.kind == K::WrongSecret);
    CHECK_FALSE(opener.changeSecret(recoverycode::generate(), Kind::RecoveryCode,
                                    recoverycode::generate(), &error));
    CHECK(error.kind == K::WrongSecret);
    CHECK(differences(before, snapshot(v.created.dir)) == "");
}

TEST_CASE("Rotating the key re-wraps every slot and rekeys the database", "[keys][rotation]")
{
    TwoSecretVault v = twoSecretVault(QStringLiteral("keys-rotate"));
    OpenVault& open = v.created.vault;
    // The vault's envelope in memory is the one on disk (it gained the code after creation).
    VaultOpener opener{VaultFiles(v.created.dir)};
    VaultError error;
    open.envelope = *opener.files().loadEnvelope(&error);
    const QList<ReflectionId> ids = addEntries(*open.db, 20);
    const QString vaultId = open.envelope.vaultId();
    const QString newCode = recoverycode::generate();

    SECTION("a secret missing for a slot is refused before anything changes")
    {
        const Snapshot before = snapshot(v.created.dir);
        const VaultError refused =
            opener.rotateKey(open, TestPassphrase, {{Kind::Passphrase, TestPassphrase, {}}});
        CHECK(static_cast<bool>(refused));
        CHECK(open.key == v.created.key);
        CHECK(differences(before, snapshot(v.created.dir)) == "");
        return;
    }
    SECTION("a wrong current secret is refused before anything changes")
    {
        const Snapshot before = snapshot(v.created.dir);
        CHECK(opener
                  .rotateKey(
                      open, NewPassphrase,
                      {{Kind::Passphrase, NewPassphrase, {}}, {Kind::RecoveryCode, newCode, {}}})
                  .kind == K::WrongSecret);
        CHECK(open.key == v.created.key);
        CHECK(differences(before, snapshot(v.created.dir)) == "");
        return;
    }

    REQUIRE_FALSE(opener.rotateKey(
        open, TestPassphrase,
        {{Kind::Passphrase, TestPassphrase, {}}, {Kind::RecoveryCode, newCode, {}}}));
    const VaultKey newKey = open.key.copy();
    CHECK_FALSE(newKey == v.created.key);
    CHECK(open.envelope.vaultId() == vaultId);
    CHECK_FALSE(QFile::exists(opener.files().pendingEnvelopePath()));
    requireAllEntries(*open.db, ids); // the rekeyed connection goes on
    open = {};

    // The old key no longer opens the database, neither through the envelope nor SQLCipher.
    CHECK_FALSE(opener.openWithKey(v.created.key.copy(), &error));
    CHECK(error.kind == K::KeyMismatch);
    CHECK_FALSE(Database::open(opener.files().databasePath(), v.created.key, &error));
    CHECK(error.kind == K::Damaged);
    // Every slot opens to the new key; the old recovery code is retired.
    CHECK(keyOpenedBy(opener, TestPassphrase, &error) == newKey);
    CHECK(keyOpenedBy(opener, newCode, &error) == newKey);
    CHECK_FALSE(opener.openWithSecret(v.code, &error));
    CHECK(error.kind == K::WrongSecret);

    OpenVault vault = opener.openWithKey(newKey.copy(), &error);
    REQUIRE(vault);
    CHECK(queryText(*vault.db, "PRAGMA integrity_check;") == QStringLiteral("ok"));
    {
        Statement check(*vault.db, "PRAGMA cipher_integrity_check;"); // no rows: every page ok
        CHECK_FALSE(check.next());
        CHECK_FALSE(check.error());
    }
    requireAllEntries(*vault.db, ids);
    CHECK(filesContaining(v.created.dir, newKey.toHex()).isEmpty());
}

TEST_CASE("Rotating re-wraps the app lock's PIN slot with its pepper", "[keys][rotation]")
{
    CreatedVault created = createVault(QStringLiteral("keys-pin"));
    VaultOpener opener{VaultFiles(created.dir)};
    const QString pin = QStringLiteral("394857");
    const QByteArray pepper(KeyEnvelope::PepperSize, '\x5a');
    REQUIRE(created.vault.envelope.setPin(created.key, pin, pepper));
    REQUIRE_FALSE(opener.files().saveEnvelope(created.vault.envelope));
    const QList<ReflectionId> ids = addEntries(*created.vault.db, 2);

    CHECK(static_cast<bool>(
        opener.rotateKey(created.vault, TestPassphrase, {{Kind::Passphrase, TestPassphrase, {}}})));
    CHECK(created.vault.key == created.key); // the PIN slot would have been lost: refused

    REQUIRE_FALSE(
        opener.rotateKey(created.vault, TestPassphrase,
                         {{Kind::Passphrase, TestPassphrase, {}}, {Kind::Pin, pin, pepper}}));
    const VaultKey newKey = created.vault.key.copy();
    REQUIRE_FALSE(newKey == created.key);
    VaultError error;
    const auto envelope = opener.files().loadEnvelope(&error);
    REQUIRE(envelope);
    CHECK(envelope->unwrapPin(pin, pepper, &error) == newKey);
    CHECK_FALSE(
        envelope->unwrapPin(pin, QByteArray(KeyEnvelope::PepperSize, '\x01'), &error).isValid());
    requireAllEntries(*created.vault.db, ids);
}

TEST_CASE("A crash during rotation still opens with the person's secrets", "[keys][rotation]")
{
    TwoSecretVault v = twoSecretVault(QStringLiteral("keys-crash"));
    const QList<ReflectionId> ids = addEntries(*v.created.vault.db, 6);
    v.created.vault = {};
    VaultOpener opener{VaultFiles(v.created.dir)};
    const VaultFiles& files = opener.files();
    VaultError error;
    const auto current = files.loadEnvelope(&error);
    REQUIRE(current);
    const QString newCode = recoverycode::generate();
    const VaultKey newKey = VaultKey::generate();
    // The steps of rotateKey up to the staged envelope.
    const auto staged = current->rewrappedFor(
        newKey, {{Kind::Passphrase, TestPassphrase, {}}, {Kind::RecoveryCode, newCode, {}}});
    REQUIRE(staged);
    REQUIRE_FALSE(files.saveEnvelope(*staged, files.pendingEnvelopePath()));

    SECTION("killed before the rekey: the old key and both old secrets open")
    {
        CHECK(keyOpenedBy(opener, TestPassphrase, &error) == v.created.key);
        CHECK(keyOpenedBy(opener, v.code, &error) == v.created.key);
        OpenVault vault = opener.openWithKey(v.created.key.copy(), &error);
        REQUIRE(vault);
        requireAllEntries(*vault.db, ids);
    }
    SECTION("killed after the rekey: the passphrase and the new code open the new key")
    {
        {
            auto db = Database::open(files.databasePath(), v.created.key, &error);
            REQUIRE(db);
            REQUIRE_FALSE(db->rekey(newKey));
        }
        CHECK_FALSE(opener.openWithKey(v.created.key.copy(), &error));
        CHECK(error.kind == K::KeyMismatch); // asks for a secret, never "damaged"
        // The replaced code is wrong, as after a finished rotation: never "damaged", which
        // would offer to move an intact vault aside.
        const Snapshot before = snapshot(v.created.dir);
        CHECK_FALSE(opener.openWithSecret(v.code, &error));
        CHECK(error.kind == K::WrongSecret);
        CHECK(differences(before, snapshot(v.created.dir)) == "");
        // The new code was shown before the rotation started: it opens the staged envelope.
        OpenVault vault = opener.openWithSecret(newCode, &error);
        REQUIRE(vault);
        CHECK(vault.key == newKey);
        requireAllEntries(*vault.db, ids);
        CHECK_FALSE(QFile::exists(files.pendingEnvelopePath()));
        vault = {};
        CHECK(keyOpenedBy(opener, TestPassphrase, &error) == newKey);
        CHECK(keyOpenedBy(opener, newCode, &error) == newKey);
    }
}

TEST_CASE("Rotation keeps each slot's raised KDF cost; a new kind gets the default",
          "[keys][rotation]")
{
    const QString dir = freshDir(QStringLiteral("keys-kdf"));
    VaultOpener opener{VaultFiles(dir)};
    const KeyEnvelope::KdfParams raised{KeyEnvelope::KdfParams::interactive().opsLimit + 1,
                                        KeyEnvelope::KdfParams::interactive().memLimit};
    const VaultKey key = VaultKey::generate();
    auto envelope = KeyEnvelope::create(key, Kind::Passphrase, TestPassphrase, raised);
    REQUIRE(envelope);
    const auto next = envelope->rewrappedFor(VaultKey::generate(),
                                             {{Kind::Passphrase, TestPassphrase, {}},
                                              {Kind::RecoveryCode, recoverycode::generate(), {}}});
    REQUIRE(next);
    const QJsonArray slotList =
        QJsonDocument::fromJson(next->toJson()).object().value("slots").toArray();
    REQUIRE(slotList.size() == 2);
    for (const QJsonValue& slot : slotList) {
        const bool passphrase = slot["secret"].toString() == QLatin1String("passphrase");
        CHECK(quint64(slot["opsLimit"].toDouble()) ==
              (passphrase ? raised.opsLimit : KeyEnvelope::KdfParams::interactive().opsLimit));
    }
    // One slot per kind: a second secret of a kind is refused.
    CHECK_FALSE(
        envelope->rewrappedFor(VaultKey::generate(), {{Kind::Passphrase, TestPassphrase, {}},
                                                      {Kind::Passphrase, NewPassphrase, {}}}));
}

TEST_CASE("A crash after the rekey still opens with the app lock's PIN", "[keys][rotation]")
{
    CreatedVault created = createVault(QStringLiteral("keys-pin-crash"));
    VaultOpener opener{VaultFiles(created.dir)};
    const VaultFiles& files = opener.files();
    const QString pin = QStringLiteral("271828");
    const QByteArray pepper(KeyEnvelope::PepperSize, '\x33');
    REQUIRE(created.vault.envelope.setPin(created.key, pin, pepper));
    REQUIRE_FALSE(files.saveEnvelope(created.vault.envelope));
    const QList<ReflectionId> ids = addEntries(*created.vault.db, 3);
    const QByteArray oldEnvelope = readFile(files.envelopePath());

    REQUIRE_FALSE(
        opener.rotateKey(created.vault, TestPassphrase,
                         {{Kind::Passphrase, TestPassphrase, {}}, {Kind::Pin, pin, pepper}}));
    const VaultKey newKey = created.vault.key.copy();
    const QByteArray newEnvelope = readFile(files.envelopePath());
    created.vault = {};
    // The state a crash between the rekey and the envelope replacement leaves behind.
    writeFile(files.envelopePath(), oldEnvelope);
    writeFile(files.pendingEnvelopePath(), newEnvelope);

    VaultError error;
    const Snapshot before = snapshot(created.dir);
    CHECK_FALSE(opener.openWithPin(QStringLiteral("000000"), pepper, &error));
    CHECK(error.kind == K::WrongSecret);
    CHECK(differences(before, snapshot(created.dir)) == "");

    OpenVault vault = opener.openWithPin(pin, pepper, &error);
    REQUIRE(vault); // never "damaged": that would offer to move an intact vault aside
    CHECK_FALSE(error);
    CHECK(vault.key == newKey);
    requireAllEntries(*vault.db, ids);
    CHECK(readFile(files.envelopePath()) == newEnvelope);
    CHECK_FALSE(QFile::exists(files.pendingEnvelopePath()));
}
