// The app lock's PIN slot (SECURITY.md AU-1): the vault key wrapped by Argon2id of the PIN mixed
// with a pepper from the OS keyring. The PIN opens the vault only with its pepper, a wrong PIN
// is WrongSecret and changes nothing, and the envelope keeps the slot through its JSON file
// while older envelopes still load.

#include "VaultTestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>
#include <sodium.h>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;
using Kind = KeyEnvelope::SecretKind;

namespace {

const QString Pin = QStringLiteral("402719");

QByteArray randomPepper()
{
    REQUIRE(sodiumReady());
    QByteArray pepper(KeyEnvelope::PepperSize, '\0');
    randombytes_buf(pepper.data(), size_t(pepper.size()));
    return pepper;
}

// Adds a PIN slot to the created vault's envelope and saves it, as turning the lock on does.
KeyEnvelope withPin(CreatedVault& created, const QByteArray& pepper)
{
    KeyEnvelope envelope = created.vault.envelope;
    REQUIRE(envelope.setPin(created.key, Pin, pepper));
    REQUIRE_FALSE(VaultFiles(created.dir).saveEnvelope(envelope));
    return envelope;
}

} // namespace

TEST_CASE("The PIN with its pepper opens the vault; without the pepper it does not", "[pin]")
{
    CreatedVault created = createVault(QStringLiteral("pin-open"));
    VaultError error;
    ReflectionStore(*created.vault.db)
        .add(QStringLiteral("a locked entry"), momentAt(1000), &error);
    REQUIRE_FALSE(error);
    const QByteArray pepper = randomPepper();
    const KeyEnvelope envelope = withPin(created, pepper);
    created.vault = {};
    CHECK(envelope.hasSecret(Kind::Pin));
    CHECK(envelope.hasSecret(Kind::Passphrase));

    const VaultOpener opener{VaultFiles(created.dir)};
    OpenVault vault = opener.openWithPin(Pin, pepper, &error);
    REQUIRE_FALSE(error);
    REQUIRE(vault);
    CHECK(vault.key == created.key);
    CHECK(ReflectionStore(*vault.db).count(&error) == 1);
    vault = {};

    SECTION("another pepper: WrongSecret")
    {
        CHECK_FALSE(opener.openWithPin(Pin, randomPepper(), &error));
        CHECK(error.kind == K::WrongSecret);
    }
    SECTION("no pepper at all: WrongSecret")
    {
        CHECK_FALSE(opener.openWithPin(Pin, {}, &error));
        CHECK(error.kind == K::WrongSecret);
    }
    SECTION("the PIN typed as a passphrase does not open (the pepper is needed)")
    {
        CHECK_FALSE(opener.openWithSecret(Pin, &error));
        CHECK(error.kind == K::WrongSecret);
    }
    SECTION("the passphrase still opens")
    {
        CHECK(opener.openWithSecret(TestPassphrase, &error));
        CHECK_FALSE(error);
    }
}

TEST_CASE("A wrong PIN is WrongSecret and changes nothing on disk", "[pin]")
{
    CreatedVault created = createVault(QStringLiteral("pin-wrong"));
    const QByteArray pepper = randomPepper();
    withPin(created, pepper);
    created.vault = {};
    const Snapshot before = snapshot(created.dir);
    const VaultOpener opener{VaultFiles(created.dir)};
    for (const QString& wrong :
         {QStringLiteral("402718"), QStringLiteral("4027190"), QStringLiteral("12345")}) {
        VaultError error;
        CHECK_FALSE(opener.openWithPin(wrong, pepper, &error));
        CHECK(error.kind == K::WrongSecret);
    }
    CHECK(differences(before, snapshot(created.dir)).empty());
}

TEST_CASE("Only valid PINs wrap, and only with a pepper of the right size", "[pin]")
{
    CreatedVault created = createVault(QStringLiteral("pin-rules"));
    KeyEnvelope envelope = created.vault.envelope;
    CHECK(KeyEnvelope::isValidPin(QStringLiteral("000000")));
    CHECK_FALSE(KeyEnvelope::isValidPin(QStringLiteral("12345")));
    CHECK_FALSE(KeyEnvelope::isValidPin(QStringLiteral("12345a")));
    CHECK_FALSE(KeyEnvelope::isValidPin(QStringLiteral("１２３４５６"))); // full-width digits
    CHECK_FALSE(envelope.setPin(created.key, QStringLiteral("12345"), randomPepper()));
    CHECK_FALSE(envelope.setPin(created.key, Pin, QByteArray(16, 'x')));
    CHECK_FALSE(envelope.setPin(VaultKey::generate(), Pin, randomPepper()));
    CHECK_FALSE(envelope.hasSecret(Kind::Pin));
}

TEST_CASE("An envelope with a PIN slot survives its JSON file; removing it keeps the rest", "[pin]")
{
    CreatedVault created = createVault(QStringLiteral("pin-json"));
    const QByteArray pepper = randomPepper();
    const KeyEnvelope envelope = withPin(created, pepper);
    VaultError error;
    const auto loaded = VaultFiles(created.dir).loadEnvelope(&error);
    REQUIRE(loaded);
    REQUIRE_FALSE(error);
    CHECK(loaded->secretKinds() == envelope.secretKinds());
    CHECK(loaded->toJson() == envelope.toJson());
    CHECK(loaded->unwrapPin(Pin, pepper, &error) == created.key);
    const QJsonArray slotList = QJsonDocument::fromJson(loaded->toJson())["slots"].toArray();
    QStringList kinds;
    for (const QJsonValue& slot : slotList)
        kinds.append(slot["secret"].toString());
    CHECK(kinds.contains(QStringLiteral("pin")));
    // Neither the PIN nor the pepper is in the file.
    CHECK_FALSE(loaded->toJson().contains(Pin.toUtf8()));
    CHECK_FALSE(loaded->toJson().contains(pepper.toBase64()));
    CHECK_FALSE(loaded->toJson().contains(pepper.toHex()));

    KeyEnvelope without = *loaded;
    CHECK(without.removeSecret(Kind::Pin));
    CHECK_FALSE(without.hasSecret(Kind::Pin));
    CHECK_FALSE(without.unwrapPin(Pin, pepper, &error).isValid());
    CHECK(error.kind == K::WrongSecret);
    CHECK(without.unwrap(TestPassphrase, &error) == created.key);
    // The last slot that opens without the keyring stays.
    KeyEnvelope onlyPin = *loaded;
    CHECK_FALSE(onlyPin.removeSecret(Kind::Passphrase));
    CHECK(onlyPin.hasSecret(Kind::Passphrase));
}

TEST_CASE("Envelopes without a PIN slot (written before the app lock) still load and open", "[pin]")
{
    CreatedVault created = createVault(QStringLiteral("pin-older"));
    created.vault = {};
    // The file as the release before the app lock wrote it: no PIN slot anywhere.
    const QByteArray json = readFile(VaultFiles(created.dir).envelopePath());
    CHECK_FALSE(json.contains("\"pin\""));
    VaultError error;
    const auto loaded = KeyEnvelope::fromJson(json, &error);
    REQUIRE(loaded);
    CHECK_FALSE(loaded->hasSecret(Kind::Pin));
    CHECK(loaded->unwrap(TestPassphrase, &error) == created.key);
    CHECK_FALSE(VaultOpener(VaultFiles(created.dir)).openWithPin(Pin, randomPepper(), &error));
    CHECK(error.kind == K::WrongSecret);
}
