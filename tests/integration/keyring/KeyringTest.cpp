// The OS secret store for real (label integration): "[real-keyring]" runs under
// with-keyring.sh (gnome-keyring on a private bus), "[no-keyring]" under bare-bus.sh (a bus
// with no Secret Service at all). Both drive QtKeychain, KeyringUnlock and the debrief-cli.

#include "CliRunner.h"
#include "TestEnvironment.h"
#include "vault/KeyringUnlock.h"
#include "vault/ReflectionStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <catch2/catch_test_macros.hpp>
#include <debrief/platform/PlatformFactory.h>
#include <sys/stat.h>

using debrief::KeyringUnlock;
using debrief::OpenVault;
using debrief::VaultError;
using debrief::VaultOpener;
using debrief::platform::SecretStore;
using debrief::test::CliResult;
using debrief::test::CliRunner;

namespace {

const QString Passphrase = QStringLiteral("keyring test passphrase");

// Runs one store call to its callback.
SecretStore::Result await(const std::function<void(SecretStore::Callback)>& call)
{
    std::optional<SecretStore::Result> result;
    call([&result](SecretStore::Result r) { result = std::move(r); });
    REQUIRE(debrief::test::waitUntil([&] { return result.has_value(); }, 30000));
    return *result;
}

QString uniqueName()
{
    return QStringLiteral("test/%1").arg(QUuid::createUuid().toString(QUuid::Id128));
}

// A real vault in a fresh folder, created with the passphrase.
VaultOpener makeVault(const QString& name)
{
    VaultOpener opener(debrief::VaultFiles(debrief::test::freshDir(name)));
    VaultError error;
    OpenVault vault =
        opener.create(debrief::VaultKey::generate(), debrief::KeyEnvelope::SecretKind::Passphrase,
                      Passphrase, &error);
    REQUIRE(vault);
    return opener;
}

std::pair<OpenVault, VaultError> unlockFromKeyring(const VaultOpener& opener, SecretStore& store)
{
    std::optional<std::pair<OpenVault, VaultError>> outcome;
    KeyringUnlock unlock(opener, store);
    unlock.open([&outcome](OpenVault vault, VaultError error) {
        outcome.emplace(std::move(vault), error);
    });
    REQUIRE(debrief::test::waitUntil([&] { return outcome.has_value(); }, 30000));
    return std::move(*outcome);
}

SecretStore::Status remember(const VaultOpener& opener, SecretStore& store, const OpenVault& v)
{
    std::optional<SecretStore::Status> status;
    KeyringUnlock(opener, store).remember(v, [&status](SecretStore::Status s) { status = s; });
    REQUIRE(debrief::test::waitUntil([&] { return status.has_value(); }, 30000));
    return *status;
}

QString envelopeName(const VaultOpener& opener)
{
    VaultError error;
    const auto envelope = opener.files().loadEnvelope(&error);
    REQUIRE(envelope);
    return KeyringUnlock::entryName(envelope->vaultId());
}

// A CLI vault folder with a passphrase file next to it.
struct CliVault
{
    QString dir = debrief::test::freshDir(QStringLiteral("cli-keyring"));
    QString vaultDir = QDir(dir).filePath(QStringLiteral("vault"));
    QString passphraseFile = debrief::test::writePrivateFile(
        QDir(dir).filePath(QStringLiteral("passphrase")), Passphrase.toUtf8() + '\n');
};

CliResult mustRun(const CliRunner& cli, const QStringList& args, const QByteArray& input = {})
{
    const CliResult r = cli.run(args, input);
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

struct FileIdentity
{
    ino_t inode = 0;
    bool operator==(const FileIdentity& o) const { return inode == o.inode; }
};

FileIdentity identity(const QString& path)
{
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return {st.st_ino};
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// --- A real Secret Service (with-keyring.sh) ---

TEST_CASE("the keychain store writes, reads and removes a secret", "[real-keyring]")
{
    const auto store = debrief::platform::createSecretStore(QStringLiteral("Debrief"));
    const QString name = uniqueName();
    const QByteArray secret = "0123456789abcdef\x01\xff binary too";

    CHECK(await([&](auto done) { store->write(name, secret, done); }).status ==
          SecretStore::Status::Ok);
    const SecretStore::Result read = await([&](auto done) { store->read(name, done); });
    CHECK(read.status == SecretStore::Status::Ok);
    CHECK(read.secret == secret);

    // Overwrite, then remove.
    CHECK(await([&](auto done) { store->write(name, "second", done); }).status ==
          SecretStore::Status::Ok);
    CHECK(await([&](auto done) { store->read(name, done); }).secret == "second");
    CHECK(await([&](auto done) { store->remove(name, done); }).status == SecretStore::Status::Ok);
    const SecretStore::Result gone = await([&](auto done) { store->read(name, done); });
    CHECK(gone.status == SecretStore::Status::NotFound);
    CHECK(gone.secret.isEmpty());
}

TEST_CASE("a name never written is NotFound", "[real-keyring]")
{
    const auto store = debrief::platform::createSecretStore(QStringLiteral("Debrief"));
    CHECK(await([&](auto done) { store->read(uniqueName(), done); }).status ==
          SecretStore::Status::NotFound);
}

TEST_CASE("KeyringUnlock remembers a real vault's key and opens with it", "[real-keyring]")
{
    const auto store = debrief::platform::createSecretStore(QStringLiteral("Debrief"));
    const VaultOpener opener = makeVault(QStringLiteral("keyring-remember"));

    auto [before, notYet] = unlockFromKeyring(opener, *store);
    CHECK_FALSE(before);
    CHECK(notYet.kind == VaultError::Kind::KeyNotInKeyring);

    VaultError error;
    OpenVault vault = opener.openWithSecret(Passphrase, &error);
    REQUIRE(vault);
    CHECK(remember(opener, *store, vault) == SecretStore::Status::Ok);
    vault = {};

    auto [reopened, openError] = unlockFromKeyring(opener, *store);
    INFO(openError.detail.toStdString());
    REQUIRE(reopened);
    CHECK(openError.kind == VaultError::Kind::None);
    VaultError readError;
    debrief::ReflectionStore(*reopened.db).count(&readError);
    CHECK_FALSE(readError);

    // A stale key (the keyring kept an old one) asks for the secret; it never opens.
    CHECK(await([&](auto done) {
              store->write(envelopeName(opener), debrief::VaultKey::generate().toHex(), done);
          }).status == SecretStore::Status::Ok);
    auto [stale, staleError] = unlockFromKeyring(opener, *store);
    CHECK_FALSE(stale);
    CHECK(staleError.kind == VaultError::Kind::KeyMismatch);
    CHECK(KeyringUnlock::needsSecret(staleError));
}

TEST_CASE("the CLI keeps the key in the keyring: later commands need no passphrase",
          "[real-keyring]")
{
    CliVault v;
    CliRunner withFile(v.vaultDir);
    withFile.setPassphraseFile(v.passphraseFile);
    mustRun(withFile, {QStringLiteral("init")});
    mustRun(withFile, {QStringLiteral("add"), QStringLiteral("first, with the file")});

    // No --passphrase-file and no terminal: only the keyring can open it.
    CliRunner keyringOnly(v.vaultDir);
    mustRun(keyringOnly, {QStringLiteral("add"), QStringLiteral("-")}, "second, from the keyring");
    const CliResult list = mustRun(keyringOnly, {QStringLiteral("list")});
    CHECK(list.outText().contains(QStringLiteral("first, with the file")));
    CHECK(list.outText().contains(QStringLiteral("second, from the keyring")));
    CHECK(list.err.isEmpty());

    // The keyring lost the key (reset): the passphrase opens it and puts the key back.
    const auto store = debrief::platform::createSecretStore(QStringLiteral("Debrief"));
    const VaultOpener opener{debrief::VaultFiles(v.vaultDir)};
    CHECK(await([&](auto done) { store->remove(envelopeName(opener), done); }).status ==
          SecretStore::Status::Ok);
    const CliResult locked = keyringOnly.run({QStringLiteral("list")});
    CHECK(locked.exitCode == 2);
    CHECK(locked.errText().contains(QStringLiteral("keyring does not hold")));
    mustRun(withFile, {QStringLiteral("list")});
    CHECK(mustRun(keyringOnly, {QStringLiteral("list")})
              .outText()
              .contains(QStringLiteral("second, from the keyring")));
}

// --- No Secret Service at all (bare-bus.sh) ---

TEST_CASE("without a Secret Service the store says Unavailable, quickly", "[no-keyring]")
{
    const auto store = debrief::platform::createSecretStore(QStringLiteral("Debrief"));
    const QString name = uniqueName();
    QElapsedTimer timer;
    timer.start();
    const SecretStore::Result read = await([&](auto done) { store->read(name, done); });
    const SecretStore::Result write = await([&](auto done) { store->write(name, "x", done); });
    const SecretStore::Result remove = await([&](auto done) { store->remove(name, done); });
    CHECK(timer.elapsed() < 3000);
    CHECK(read.status == SecretStore::Status::Unavailable);
    CHECK(write.status == SecretStore::Status::Unavailable);
    CHECK(remove.status == SecretStore::Status::Unavailable);
    CHECK(read.secret.isEmpty());
}

TEST_CASE("without a Secret Service KeyringUnlock asks for the secret", "[no-keyring]")
{
    const auto store = debrief::platform::createSecretStore(QStringLiteral("Debrief"));
    const VaultOpener opener = makeVault(QStringLiteral("keyring-none"));
    QElapsedTimer timer;
    timer.start();
    auto [vault, error] = unlockFromKeyring(opener, *store);
    CHECK(timer.elapsed() < 3000);
    CHECK_FALSE(vault);
    CHECK(error.kind == VaultError::Kind::KeyringUnavailable);
    CHECK(KeyringUnlock::needsSecret(error));

    VaultError secretError;
    OpenVault opened = opener.openWithSecret(Passphrase, &secretError);
    REQUIRE(opened);
    CHECK(remember(opener, *store, opened) == SecretStore::Status::Unavailable);
}

TEST_CASE("without a Secret Service the CLI opens the same vault with the passphrase file",
          "[no-keyring]")
{
    CliVault v;
    CliRunner cli(v.vaultDir);
    cli.setPassphraseFile(v.passphraseFile);
    mustRun(cli, {QStringLiteral("init")});
    const QString db = QDir(v.vaultDir).filePath(QStringLiteral("vault.db"));
    const QString keys = QDir(v.vaultDir).filePath(QStringLiteral("vault.keys"));
    const FileIdentity dbId = identity(db);
    const FileIdentity keysId = identity(keys);
    const QByteArray keysBytes = readAll(keys);

    mustRun(cli, {QStringLiteral("add"), QStringLiteral("kept without a keyring")});
    mustRun(cli, {QStringLiteral("add"), QStringLiteral("-")}, "and a second one");
    const CliResult list = mustRun(cli, {QStringLiteral("list")});
    CHECK(list.outText().contains(QStringLiteral("kept without a keyring")));
    CHECK(list.outText().contains(QStringLiteral("and a second one")));
    CHECK(list.err.isEmpty());

    // The same files, never a new vault: same inodes, the key envelope untouched, nothing
    // beside the database and its WAL companions.
    CHECK(identity(db) == dbId);
    CHECK(identity(keys) == keysId);
    CHECK(readAll(keys) == keysBytes);
    QStringList names = QDir(v.vaultDir).entryList(QDir::Files | QDir::Hidden);
    names.removeAll(QStringLiteral("vault.db-wal"));
    names.removeAll(QStringLiteral("vault.db-shm"));
    CHECK(names == QStringList{QStringLiteral("vault.db"), QStringLiteral("vault.keys")});

    // Without the file (and no terminal) it stays locked and says what to do.
    const CliResult locked = CliRunner(v.vaultDir).run({QStringLiteral("list")});
    CHECK(locked.exitCode == 2);
    CHECK(locked.errText().contains(QStringLiteral("--passphrase-file")));
    CHECK(identity(db) == dbId);
}
