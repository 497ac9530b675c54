// KeyringUnlock with the in-memory FakeSecretStore: daily unlock from the OS keyring, and the
// errors that send the person to their passphrase or recovery code instead.

#include "VaultTestHelpers.h"

#include "fake/FakeSecretStore.h"
#include "vault/KeyringUnlock.h"

#include <QFile>
#include <catch2/catch_test_macros.hpp>
#include <optional>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;
using platform::FakeSecretStore;
using platform::SecretStore;

namespace {

struct Outcome
{
    OpenVault vault;
    VaultError error;
};

// Runs KeyringUnlock::open and waits for its (asynchronous) answer.
Outcome unlockWith(const VaultOpener& opener, SecretStore& store)
{
    std::optional<Outcome> outcome;
    KeyringUnlock unlock(opener, store);
    unlock.open([&](OpenVault vault, VaultError error) {
        outcome = Outcome{std::move(vault), error};
    });
    REQUIRE(waitUntil([&] { return outcome.has_value(); }));
    return std::move(*outcome);
}

SecretStore::Status rememberIn(const VaultOpener& opener, SecretStore& store,
                               const OpenVault& vault)
{
    std::optional<SecretStore::Status> status;
    KeyringUnlock(opener, store).remember(vault, [&](SecretStore::Status s) { status = s; });
    REQUIRE(waitUntil([&] { return status.has_value(); }));
    return *status;
}

} // namespace

TEST_CASE("remember, then open from the keyring", "[keyring]")
{
    CreatedVault created = createVault(QStringLiteral("keyring"));
    VaultError error;
    const ReflectionId id =
        ReflectionStore(*created.vault.db).add(QStringLiteral("kept"), momentAt(1), &error);
    REQUIRE_FALSE(error);
    VaultOpener opener{VaultFiles(created.dir)};
    FakeSecretStore store;

    CHECK(rememberIn(opener, store, created.vault) == SecretStore::Status::Ok);
    const QString entry = KeyringUnlock::entryName(created.vault.envelope.vaultId());
    CHECK(store.contents().contains(entry));
    CHECK(VaultKey::fromHex(store.contents().value(entry)) == created.key);
    created.vault = {};

    Outcome outcome = unlockWith(opener, store);
    REQUIRE(outcome.vault);
    CHECK_FALSE(outcome.error);
    CHECK_FALSE(KeyringUnlock::needsSecret(outcome.error));
    CHECK(outcome.vault.key == created.key);
    CHECK(ReflectionStore(*outcome.vault.db).get(id, &error)->text == QStringLiteral("kept"));
}

TEST_CASE("Keyring failures ask for the secret and change nothing", "[keyring]")
{
    CreatedVault created = createVault(QStringLiteral("keyring-fail"));
    const QString entry = KeyringUnlock::entryName(created.vault.envelope.vaultId());
    created.vault = {};
    VaultOpener opener{VaultFiles(created.dir)};
    FakeSecretStore store;
    K expected = K::None;

    SECTION("empty keyring")
    {
        expected = K::KeyNotInKeyring;
    }
    SECTION("another vault's key only")
    {
        store.contents().insert(KeyringUnlock::entryName(QStringLiteral("another-vault")),
                                created.key.toHex());
        expected = K::KeyNotInKeyring;
    }
    SECTION("no keyring on this machine")
    {
        store.setAvailable(false);
        expected = K::KeyringUnavailable;
    }
    SECTION("a wrong key stored")
    {
        store.contents().insert(entry, VaultKey::generate().toHex());
        expected = K::KeyMismatch;
    }
    SECTION("a malformed key stored")
    {
        store.contents().insert(entry, QByteArrayLiteral("not hex at all"));
        expected = K::KeyMismatch;
    }
    const Snapshot before = snapshot(created.dir);
    Outcome outcome = unlockWith(opener, store);
    CHECK_FALSE(outcome.vault);
    CHECK(outcome.error.kind == expected);
    CHECK(KeyringUnlock::needsSecret(outcome.error));
    CHECK(differences(before, snapshot(created.dir)) == "");
    CHECK(store.writes() == 0);
}

TEST_CASE("remember without a keyring reports it and stores nothing", "[keyring]")
{
    CreatedVault created = createVault(QStringLiteral("keyring-none"));
    VaultOpener opener{VaultFiles(created.dir)};
    FakeSecretStore store;
    store.setAvailable(false);
    CHECK(rememberIn(opener, store, created.vault) == SecretStore::Status::Unavailable);
    CHECK(store.contents().isEmpty());
}

TEST_CASE("A missing envelope is not a keyring problem", "[keyring]")
{
    CreatedVault created = createVault(QStringLiteral("keyring-noenv"));
    VaultOpener opener{VaultFiles(created.dir)};
    FakeSecretStore store;
    CHECK(rememberIn(opener, store, created.vault) == SecretStore::Status::Ok);
    created.vault = {};
    REQUIRE(QFile::remove(opener.files().envelopePath()));

    Outcome outcome = unlockWith(opener, store);
    CHECK_FALSE(outcome.vault);
    CHECK(outcome.error.kind == K::KeyFileMissing);
    CHECK_FALSE(KeyringUnlock::needsSecret(outcome.error));
}

TEST_CASE("needsSecret is true exactly for the keyring errors", "[keyring]")
{
    CHECK(KeyringUnlock::needsSecret({K::KeyringUnavailable}));
    CHECK(KeyringUnlock::needsSecret({K::KeyNotInKeyring}));
    CHECK(KeyringUnlock::needsSecret({K::KeyMismatch}));
    for (K k : {K::None, K::WrongSecret, K::Damaged, K::KeyFileMissing, K::KeyFileDamaged,
                K::DiskFull, K::ReadOnly, K::NotFound, K::NewerVersion, K::AlreadyExists, K::Io}) {
        CAPTURE(k);
        CHECK_FALSE(KeyringUnlock::needsSecret({k}));
    }
}
