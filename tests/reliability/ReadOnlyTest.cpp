// SECURITY.md RE-3 for a data folder Debrief cannot write (label reliability): the app starts
// on a read-only folder or a read-only vault file, says so in plain words, changes nothing, and
// opens with everything once the folder is writable again. A folder made read-only while the
// app runs does not stop it saving (its files are open already) and loses nothing. File
// permissions do not stop root: run as an unprivileged user (as-unprivileged-user.sh), which
// CI does; as root these skip.

#include "VaultController.h"
#include "VaultTestHelpers.h"
#include "fake/FakeSecretStore.h"
#include "vault/KeyringUnlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;

namespace {

// Takes write permission away from files (and folders) until it goes away.
class ReadOnly
{
public:
    explicit ReadOnly(const QStringList& paths)
    {
        for (const QString& path : paths) {
            m_saved.append({path, QFileInfo(path).permissions()});
            const bool isDir = QFileInfo(path).isDir();
            REQUIRE(QFile::setPermissions(path, isDir
                                                    ? QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                                    : QFileDevice::ReadOwner));
        }
    }
    ~ReadOnly() { writableAgain(); }
    void writableAgain()
    {
        for (const auto& [path, permissions] : std::as_const(m_saved))
            QFile::setPermissions(path, permissions);
        m_saved.clear();
    }

private:
    QList<std::pair<QString, QFileDevice::Permissions>> m_saved;
};

// True when this process writes regardless of permissions (root).
bool permissionsIgnored(const QString& readOnlyDir)
{
    QFile probe(QDir(readOnlyDir).filePath(QStringLiteral("probe")));
    if (!probe.open(QIODevice::WriteOnly))
        return false;
    probe.close();
    probe.remove();
    return true;
}

struct Vault
{
    QString dir;
    VaultKey key;
    QString vaultId;
    QList<ReflectionId> ids;
};

Vault vaultWithEntries(const QString& name)
{
    CreatedVault created = createVault(name);
    Vault v{created.dir, created.key.copy(), created.vault.envelope.vaultId(), {}};
    ReflectionStore store(*created.vault.db);
    for (int i = 0; i < 5; ++i) {
        VaultError error;
        v.ids.append(store.add(QStringLiteral("entry %1 before the folder turned read-only").arg(i),
                               momentAt(1700000000000 + i), &error));
        REQUIRE_FALSE(error);
    }
    return v;
}

// The app's vault controller with the key in a fake keyring, started, settled.
struct App
{
    App(const Vault& v)
        : opener(VaultFiles(v.dir))
    {
        keyring.contents().insert(KeyringUnlock::entryName(v.vaultId), v.key.toHex());
        vault.start();
        REQUIRE(waitUntil(
            [&] { return !vault.busy() && vault.state() != VaultController::State::Starting; }));
    }
    VaultOpener opener;
    platform::FakeSecretStore keyring;
    VaultController vault{opener, keyring};
};

void requireEverythingThere(const Vault& v, int more = 0)
{
    App app(v);
    REQUIRE(app.vault.state() == VaultController::State::Ready);
    ReflectionStore store(*app.vault.database());
    VaultError error;
    CHECK(store.count(&error) == v.ids.size() + more);
    for (ReflectionId id : v.ids)
        CHECK(store.get(id, &error)->text.endsWith(QStringLiteral("turned read-only")));
}

} // namespace

TEST_CASE("A read-only data folder at start: said so, nothing changed, all there later",
          "[read-only]")
{
    const Vault v = vaultWithEntries(QStringLiteral("ro-folder"));
    const VaultFiles files(v.dir);
    const Snapshot before = snapshot(v.dir);
    {
        ReadOnly readOnly({v.dir, files.databasePath(), files.envelopePath()});
        if (permissionsIgnored(v.dir))
            SKIP("running with privileges that ignore file permissions (root?)");
        App app(v);
        CHECK(app.vault.state() == VaultController::State::Failed);
        CHECK(app.vault.errorMessage() == VaultError(K::ReadOnly).message());
        CHECK(app.vault.database() == nullptr);
    }
    CHECK(differences(before, snapshot(v.dir)) == "");
    requireEverythingThere(v);
}

TEST_CASE("A read-only vault file at start: said so at once, not a vault that cannot save",
          "[read-only]")
{
    const Vault v = vaultWithEntries(QStringLiteral("ro-file"));
    const VaultFiles files(v.dir);
    const QByteArray database = readFile(files.databasePath());
    {
        ReadOnly readOnly({files.databasePath()});
        if (permissionsIgnored(v.dir) && QFile(files.databasePath()).open(QIODevice::Append))
            SKIP("running with privileges that ignore file permissions (root?)");
        App app(v);
        CAPTURE(app.vault.errorMessage());
        CHECK(app.vault.state() == VaultController::State::Failed);
        CHECK(app.vault.errorMessage() == VaultError(K::ReadOnly).message());
    }
    CHECK(readFile(files.databasePath()) == database);
    requireEverythingThere(v);
}

TEST_CASE("A folder made read-only while the app runs: saving goes on, nothing is lost",
          "[read-only]")
{
    const Vault v = vaultWithEntries(QStringLiteral("ro-running"));
    const VaultFiles files(v.dir);
    {
        App app(v);
        REQUIRE(app.vault.state() == VaultController::State::Ready);
        ReadOnly readOnly({v.dir, files.databasePath(), files.envelopePath()});
        if (permissionsIgnored(v.dir))
            SKIP("running with privileges that ignore file permissions (root?)");
        // The open vault's files stay writable: a save still saves, and stays saved.
        VaultError error;
        ReflectionStore(*app.vault.database())
            .add(QStringLiteral("saved after the folder turned read-only"), momentAt(5), &error);
        CHECK_FALSE(error);
    }
    requireEverythingThere(v, 1);
}
