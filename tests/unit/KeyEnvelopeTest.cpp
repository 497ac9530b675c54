// Unit tests of the key envelope: wrapping the vault key with a recovery code or passphrase,
// the key-check value, the JSON file and how it fails on tampered or hostile input.
//
// Most cases use libsodium's minimum Argon2id cost so the suite stays fast; the real
// INTERACTIVE parameters are exercised once on their own.

#include "vault/KeyEnvelope.h"
#include "TestStrings.h"
#include "vault/RecoveryCode.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <sodium.h>

using namespace debrief;
using Kind = KeyEnvelope::SecretKind;
using K = VaultError::Kind;

namespace {

const KeyEnvelope::KdfParams Cheap{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
const QString Passphrase = QStringLiteral("a long walk after the meeting");

KeyEnvelope makeEnvelope(const VaultKey& key, Kind kind, const QString& secret)
{
    auto envelope = KeyEnvelope::create(key, kind, secret, Cheap);
    REQUIRE(envelope);
    return *envelope;
}

QJsonObject rootOf(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    REQUIRE(doc.isObject());
    return doc.object();
}

QByteArray toJson(const QJsonObject& root)
{
    return QJsonDocument(root).toJson();
}

// Applies change to the first slot of the envelope's JSON.
QByteArray withSlotChange(const KeyEnvelope& envelope,
                          const std::function<void(QJsonObject&)>& change)
{
    QJsonObject root = rootOf(envelope.toJson());
    QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
    REQUIRE_FALSE(slotArray.isEmpty());
    QJsonObject slot = slotArray.at(0).toObject();
    change(slot);
    slotArray.replace(0, slot);
    root.insert(QStringLiteral("slots"), slotArray);
    return toJson(root);
}

// A base64 field with one bit of its first byte flipped.
QString flippedBase64(const QJsonValue& value)
{
    QByteArray bytes = QByteArray::fromBase64(value.toString().toLatin1());
    REQUIRE_FALSE(bytes.isEmpty());
    bytes[0] = char(bytes.at(0) ^ 0x01);
    return QString::fromLatin1(bytes.toBase64());
}

// Loading must succeed (the file is well-formed), but no secret may open it, and the change is
// reported as a damaged key file (its checksum), not as a wrong secret.
void requireUnopenable(const QByteArray& json, const QString& secret)
{
    VaultError error;
    const auto loaded = KeyEnvelope::fromJson(json, &error);
    if (!loaded) {
        // Refusing the file outright is clean too, as long as it is reported as damage.
        CHECK(error.kind == K::KeyFileDamaged);
        return;
    }
    CHECK_FALSE(error);
    const VaultKey key = loaded->unwrap(secret, &error);
    CHECK_FALSE(key.isValid());
    CHECK(error.kind == K::KeyFileDamaged);
}

} // namespace

// A version-1 envelope written by an earlier build (minimum Argon2id cost), for the key below.
constexpr char StoredEnvelope[] = R"json({
    "cipher": "xchacha20poly1305-ietf",
    "format": "debrief-key-envelope",
    "keyCheck": "TqWLioLfwvS6M3NPotoLMNhcXDPHjteL0xlbTg4VSOM=",
    "slots": [
        {
            "kdf": "argon2id13",
            "memLimit": 8192,
            "nonce": "u6N23ielGoC2WQJBsH8U0Y6bspUrZi99",
            "opsLimit": 1,
            "salt": "l9yKD1lGcHN64b1feOZIDw==",
            "secret": "passphrase",
            "wrappedKey": "BxJ23bv/ZvnPCuJeH35rpTuIQsrrDg6U1lXfvj3NEwCeuplrDYdy/uyBUcVCpd7Y"
        },
        {
            "kdf": "argon2id13",
            "memLimit": 8192,
            "nonce": "z1+AZhc0QTLNdy+GKq2WulOSFBn//TRB",
            "opsLimit": 1,
            "salt": "8luqGz5dbLAHdLkq1quFeg==",
            "secret": "recovery-code",
            "wrappedKey": "OrANWbKcsqScfuRL1pjh4YO2vRxSYLCDr8yq7pJMX7KQh/C3PZKpLzzFEmBZgnDw"
        }
    ],
    "vaultId": "59606fff-eb4e-4530-be10-f24326e613f7",
    "version": 1
})json";
constexpr char StoredKeyHex[] = "5f1c0a9e3b7d42c8a6e09f13b2d4c7e8091a2b3c4d5e6f708192a3b4c5d6e7f8";

TEST_CASE("A stored version-1 envelope opens, also as the process's first use of libsodium",
          "[envelope]")
{
    // Under ctest each case is its own process: nothing has called sodium_init before this
    // unwrap, as in a command-line unlock. (It used to abort inside sodium_malloc.)
    VaultError error;
    const auto envelope = KeyEnvelope::fromJson(QByteArray(StoredEnvelope), &error);
    REQUIRE(envelope);
    CHECK(envelope->vaultId() == QStringLiteral("59606fff-eb4e-4530-be10-f24326e613f7"));
    CHECK(envelope->secretKinds() == QList<Kind>{Kind::Passphrase, Kind::RecoveryCode});
    const VaultKey fromPassphrase =
        envelope->unwrap(QStringLiteral("fixture passphrase, do not reuse"), &error);
    CHECK_FALSE(error);
    CHECK(fromPassphrase.toHex() == QByteArray(StoredKeyHex));
    const VaultKey fromCode =
        envelope->unwrap(QStringLiteral("7k3m 0pqr 1stv 9wxy 2z4a 5b6c"), &error);
    CHECK_FALSE(error);
    CHECK(fromCode.toHex() == QByteArray(StoredKeyHex));
    CHECK(envelope->checks(VaultKey::fromHex(StoredKeyHex)));
}

TEST_CASE("Interactive KDF parameters meet CR-3 and a real envelope round-trips", "[envelope]")
{
    const auto params = KeyEnvelope::KdfParams::interactive();
    CHECK(params.opsLimit >= 2);
    CHECK(params.memLimit >= 64ull * 1024 * 1024);

    const VaultKey key = VaultKey::generate();
    auto envelope = KeyEnvelope::create(key, Kind::Passphrase, Passphrase);
    REQUIRE(envelope);
    // The parameters are stored in the file so they can be raised later.
    const QJsonObject slot =
        rootOf(envelope->toJson()).value(QStringLiteral("slots")).toArray().at(0).toObject();
    CHECK(quint64(slot.value(QStringLiteral("opsLimit")).toDouble()) == params.opsLimit);
    CHECK(quint64(slot.value(QStringLiteral("memLimit")).toDouble()) == params.memLimit);
    CHECK(slot.value(QStringLiteral("kdf")).toString() == QStringLiteral("argon2id13"));

    VaultError error;
    CHECK(envelope->unwrap(Passphrase, &error) == key);
    CHECK_FALSE(error);
    CHECK_FALSE(envelope->unwrap(Passphrase + QLatin1Char('!'), &error).isValid());
    CHECK(error.kind == K::WrongSecret);
}

TEST_CASE("A recovery code opens the envelope however it is typed", "[envelope]")
{
    const VaultKey key = VaultKey::generate();
    const QString code = recoverycode::generate();
    const KeyEnvelope envelope = makeEnvelope(key, Kind::RecoveryCode, code);
    REQUIRE(envelope.secretKinds() == QList<Kind>{Kind::RecoveryCode});

    QString lookalikes = code;
    lookalikes.replace(QLatin1Char('0'), QLatin1Char('o'))
        .replace(QLatin1Char('1'), QLatin1Char('l'));
    QString spaced = recoverycode::normalize(code);
    for (int i = 20; i > 0; i -= 4)
        spaced.insert(i, QStringLiteral("  "));

    for (const QString& typed : {code, code.toLower(), recoverycode::normalize(code),
                                 QStringLiteral("  ") + code + QStringLiteral("\n"), spaced,
                                 lookalikes, lookalikes.toUpper()}) {
        CAPTURE(typed);
        VaultError error;
        const VaultKey unwrapped = envelope.unwrap(typed, &error);
        CHECK_FALSE(error);
        CHECK(unwrapped == key);
    }
}

TEST_CASE("A passphrase opens the envelope in NFC and NFD alike", "[envelope]")
{
    const QString nfc = QString::fromUtf8("Caf\xC3\xA9 \xC3\xBC"
                                          "ber Stra\xC3\x9F"
                                          "e \xE1\xBA\xA1");
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    REQUIRE(nfc != nfd); // really different code points
    REQUIRE(nfc.toUtf8() != nfd.toUtf8());

    const VaultKey key = VaultKey::generate();
    VaultError error;
    const KeyEnvelope fromNfc = makeEnvelope(key, Kind::Passphrase, nfc);
    CHECK(fromNfc.unwrap(nfd, &error) == key);
    CHECK_FALSE(error);
    CHECK(fromNfc.unwrap(nfc, &error) == key);
    CHECK_FALSE(error);

    const KeyEnvelope fromNfd = makeEnvelope(key, Kind::Passphrase, nfd);
    CHECK(fromNfd.unwrap(nfc, &error) == key);
    CHECK_FALSE(error);
}

TEST_CASE("A wrong secret is WrongSecret and yields no key", "[envelope]")
{
    const VaultKey key = VaultKey::generate();
    const QString code = recoverycode::generate();
    KeyEnvelope envelope = makeEnvelope(key, Kind::RecoveryCode, code);
    REQUIRE(envelope.setSecret(key, Kind::Passphrase, Passphrase, Cheap));

    QString otherCode = recoverycode::generate();
    REQUIRE(recoverycode::normalize(otherCode) != recoverycode::normalize(code));
    for (const QString& wrong : {otherCode, Passphrase.toUpper(), Passphrase + QLatin1Char(' '),
                                 QStringLiteral("x"), QString()}) {
        CAPTURE(wrong);
        VaultError error;
        const VaultKey unwrapped = envelope.unwrap(wrong, &error);
        CHECK_FALSE(unwrapped.isValid());
        CHECK(error.kind == K::WrongSecret);
        CHECK_FALSE(error.message().isEmpty());
    }
}

TEST_CASE("checks() tells the right key from any other", "[envelope]")
{
    const VaultKey key = VaultKey::generate();
    const KeyEnvelope envelope = makeEnvelope(key, Kind::Passphrase, Passphrase);
    CHECK(envelope.checks(key));
    CHECK(envelope.checks(key.copy()));
    CHECK_FALSE(envelope.checks(VaultKey::generate()));
    CHECK_FALSE(envelope.checks(VaultKey()));

    // One bit off is another key.
    QByteArray hex = key.toHex();
    hex[63] = hex.at(63) == '0' ? '1' : '0';
    CHECK_FALSE(envelope.checks(VaultKey::fromHex(hex)));
}

TEST_CASE("An envelope survives a JSON round trip", "[envelope]")
{
    const VaultKey key = VaultKey::generate();
    const QString code = recoverycode::generate();
    KeyEnvelope envelope = makeEnvelope(key, Kind::RecoveryCode, code);
    REQUIRE(envelope.setSecret(key, Kind::Passphrase, Passphrase, Cheap));

    const QByteArray json = envelope.toJson();
    const QJsonObject root = rootOf(json);
    CHECK(root.value(QStringLiteral("format")).toString() ==
          QStringLiteral("debrief-key-envelope"));
    CHECK(root.value(QStringLiteral("version")).toInt() == KeyEnvelope::FormatVersion);

    VaultError error;
    const auto loaded = KeyEnvelope::fromJson(json, &error);
    REQUIRE(loaded);
    CHECK_FALSE(error);
    CHECK(loaded->vaultId() == envelope.vaultId());
    CHECK_FALSE(loaded->vaultId().isEmpty());
    CHECK(loaded->secretKinds() == envelope.secretKinds());
    CHECK(loaded->toJson() == json);
    CHECK(loaded->checks(key));
    CHECK_FALSE(loaded->checks(VaultKey::generate()));
    CHECK(loaded->unwrap(code, &error) == key);
    CHECK(loaded->unwrap(Passphrase, &error) == key);
    CHECK_FALSE(error);
}

TEST_CASE("Each envelope gets its own vault id, salt and nonce", "[envelope]")
{
    const VaultKey key = VaultKey::generate();
    const KeyEnvelope a = makeEnvelope(key, Kind::Passphrase, Passphrase);
    const KeyEnvelope b = makeEnvelope(key, Kind::Passphrase, Passphrase);
    CHECK(a.vaultId() != b.vaultId());
    const QJsonObject sa = rootOf(a.toJson())[QStringLiteral("slots")].toArray().at(0).toObject();
    const QJsonObject sb = rootOf(b.toJson())[QStringLiteral("slots")].toArray().at(0).toObject();
    CHECK(sa[QStringLiteral("salt")] != sb[QStringLiteral("salt")]);
    CHECK(sa[QStringLiteral("nonce")] != sb[QStringLiteral("nonce")]);
    CHECK(sa[QStringLiteral("wrappedKey")] != sb[QStringLiteral("wrappedKey")]);
}

TEST_CASE("A tampered envelope fails cleanly", "[envelope]")
{
    const VaultKey key = VaultKey::generate();
    const KeyEnvelope envelope = makeEnvelope(key, Kind::Passphrase, Passphrase);
    // The untampered file opens: the cases below fail because of the change alone.
    {
        VaultError error;
        const auto loaded = KeyEnvelope::fromJson(envelope.toJson(), &error);
        REQUIRE(loaded);
        REQUIRE(loaded->unwrap(Passphrase, &error) == key);
    }

    SECTION("wrapped key changed")
    {
        requireUnopenable(withSlotChange(envelope,
                                         [](QJsonObject& s) {
                                             s[QStringLiteral("wrappedKey")] =
                                                 flippedBase64(s[QStringLiteral("wrappedKey")]);
                                         }),
                          Passphrase);
    }
    SECTION("wrapped key truncated")
    {
        requireUnopenable(
            withSlotChange(envelope,
                           [](QJsonObject& s) {
                               const QByteArray b = QByteArray::fromBase64(
                                   s[QStringLiteral("wrappedKey")].toString().toLatin1());
                               s[QStringLiteral("wrappedKey")] =
                                   QString::fromLatin1(b.left(b.size() - 1).toBase64());
                           }),
            Passphrase);
    }
    SECTION("nonce changed")
    {
        requireUnopenable(withSlotChange(envelope,
                                         [](QJsonObject& s) {
                                             s[QStringLiteral("nonce")] =
                                                 flippedBase64(s[QStringLiteral("nonce")]);
                                         }),
                          Passphrase);
    }
    SECTION("nonce of the wrong length")
    {
        requireUnopenable(withSlotChange(envelope,
                                         [](QJsonObject& s) {
                                             s[QStringLiteral("nonce")] = QStringLiteral("AAAA");
                                         }),
                          Passphrase);
    }
    SECTION("salt changed")
    {
        requireUnopenable(withSlotChange(envelope,
                                         [](QJsonObject& s) {
                                             s[QStringLiteral("salt")] =
                                                 flippedBase64(s[QStringLiteral("salt")]);
                                         }),
                          Passphrase);
    }
    SECTION("salt missing")
    {
        requireUnopenable(
            withSlotChange(envelope, [](QJsonObject& s) { s.remove(QStringLiteral("salt")); }),
            Passphrase);
    }
    SECTION("slot relabelled as a recovery code")
    {
        // The kind is bound into the associated data.
        const QString code = recoverycode::generate();
        requireUnopenable(withSlotChange(envelope,
                                         [](QJsonObject& s) {
                                             s[QStringLiteral("secret")] =
                                                 QStringLiteral("recovery-code");
                                         }),
                          code);
    }
    SECTION("key check changed")
    {
        QJsonObject root = rootOf(envelope.toJson());
        root[QStringLiteral("keyCheck")] = flippedBase64(root[QStringLiteral("keyCheck")]);
        const QByteArray json = toJson(root);
        requireUnopenable(json, Passphrase);
        VaultError error;
        const auto loaded = KeyEnvelope::fromJson(json, &error);
        if (loaded)
            CHECK_FALSE(loaded->checks(key));
    }
    SECTION("key check of the wrong length")
    {
        QJsonObject root = rootOf(envelope.toJson());
        root[QStringLiteral("keyCheck")] = QStringLiteral("AAAA");
        VaultError error;
        CHECK_FALSE(KeyEnvelope::fromJson(toJson(root), &error));
        CHECK(error.kind == K::KeyFileDamaged);
    }
    SECTION("vault id changed")
    {
        // The vault id is bound into the associated data: a slot copied to another vault's
        // envelope does not open.
        QJsonObject root = rootOf(envelope.toJson());
        root[QStringLiteral("vaultId")] = QStringLiteral("00000000-0000-4000-8000-000000000000");
        requireUnopenable(toJson(root), Passphrase);
    }
    SECTION("vault id missing")
    {
        QJsonObject root = rootOf(envelope.toJson());
        root.remove(QStringLiteral("vaultId"));
        VaultError error;
        CHECK_FALSE(KeyEnvelope::fromJson(toJson(root), &error));
        CHECK(error.kind == K::KeyFileDamaged);
    }
    SECTION("no slots")
    {
        QJsonObject root = rootOf(envelope.toJson());
        root[QStringLiteral("slots")] = QJsonArray();
        VaultError error;
        CHECK_FALSE(KeyEnvelope::fromJson(toJson(root), &error));
        CHECK(error.kind == K::KeyFileDamaged);
    }
}

TEST_CASE("Malformed or foreign files are KeyFileDamaged", "[envelope]")
{
    const VaultKey key = VaultKey::generate();
    const KeyEnvelope envelope = makeEnvelope(key, Kind::Passphrase, Passphrase);
    const QByteArray json = envelope.toJson();

    QJsonObject unknownFormat = rootOf(json);
    unknownFormat[QStringLiteral("format")] = QStringLiteral("something-else");
    QJsonObject noFormat = rootOf(json);
    noFormat.remove(QStringLiteral("format"));

    for (const QByteArray& bad :
         {QByteArray(), QByteArray("{"), QByteArray("[]"), QByteArray("null"),
          QByteArray("\x00\x01\x02garbage", 10), json.left(json.size() / 2), toJson(unknownFormat),
          toJson(noFormat)}) {
        CAPTURE(bad);
        VaultError error;
        CHECK_FALSE(KeyEnvelope::fromJson(bad, &error));
        CHECK(error.kind == K::KeyFileDamaged);
    }
}

TEST_CASE("An envelope from a newer Debrief is NewerVersion", "[envelope]")
{
    const KeyEnvelope envelope = makeEnvelope(VaultKey::generate(), Kind::Passphrase, Passphrase);
    QJsonObject root = rootOf(envelope.toJson());
    root[QStringLiteral("version")] = KeyEnvelope::FormatVersion + 1;
    VaultError error;
    CHECK_FALSE(KeyEnvelope::fromJson(toJson(root), &error));
    CHECK(error.kind == K::NewerVersion);

    root[QStringLiteral("version")] = KeyEnvelope::FormatVersion;
    CHECK(KeyEnvelope::fromJson(toJson(root), &error));
    CHECK_FALSE(error);
}

TEST_CASE("Hostile KDF parameters are refused without running Argon2id", "[envelope]")
{
    const KeyEnvelope envelope = makeEnvelope(VaultKey::generate(), Kind::Passphrase, Passphrase);
    struct Case
    {
        const char* field;
        QJsonValue value;
    };
    for (const Case& c : {
             Case{"memLimit", 1e12},                     // 1 TB
             Case{"memLimit", 100.0 * (1ull << 30)},     // 100 GiB
             Case{"memLimit", double((1ull << 32) + 1)}, // just above the 4 GiB cap
             Case{"memLimit", 1e30},                     // beyond any integer type
             Case{"memLimit", -1.0},
             Case{"memLimit", 0.0},
             Case{"memLimit", QStringLiteral("67108864")},
             Case{"opsLimit", 0.0},
             Case{"opsLimit", -2.0},
             Case{"opsLimit", 1e12}, // would run for days
             Case{"opsLimit", 1e300},
         }) {
        CAPTURE(c.field, c.value.toVariant().toString());
        const QByteArray json =
            withSlotChange(envelope, [&](QJsonObject& s) { s[QLatin1String(c.field)] = c.value; });
        QElapsedTimer timer;
        timer.start();
        VaultError error;
        const auto loaded = KeyEnvelope::fromJson(json, &error);
        // The only slot was hostile: the file is refused as damaged, before any derivation.
        CHECK_FALSE(loaded);
        CHECK(error.kind == K::KeyFileDamaged);
        if (loaded)
            CHECK_FALSE(loaded->unwrap(Passphrase, &error).isValid());
        CHECK(timer.elapsed() < 2000);
    }
}

TEST_CASE("setSecret replaces the slot of that kind", "[envelope]")
{
    const VaultKey key = VaultKey::generate();
    KeyEnvelope envelope = makeEnvelope(key, Kind::Passphrase, Passphrase);
    const QString newPassphrase = QStringLiteral("the second, better passphrase");

    REQUIRE(envelope.setSecret(key, Kind::Passphrase, newPassphrase, Cheap));
    CHECK(envelope.secretKinds() == QList<Kind>{Kind::Passphrase});
    VaultError error;
    CHECK_FALSE(envelope.unwrap(Passphrase, &error).isValid());
    CHECK(error.kind == K::WrongSecret);
    CHECK(envelope.unwrap(newPassphrase, &error) == key);
    CHECK_FALSE(error);

    // Another kind is added next to it; both open.
    const QString code = recoverycode::generate();
    REQUIRE(envelope.setSecret(key, Kind::RecoveryCode, code, Cheap));
    CHECK(envelope.secretKinds() == QList<Kind>{Kind::Passphrase, Kind::RecoveryCode});
    CHECK(envelope.unwrap(code, &error) == key);
    CHECK(envelope.unwrap(newPassphrase, &error) == key);

    // Only the holder of the right key may change slots.
    const QByteArray before = envelope.toJson();
    CHECK_FALSE(envelope.setSecret(VaultKey::generate(), Kind::Passphrase, Passphrase, Cheap));
    CHECK(envelope.toJson() == before);
    CHECK_FALSE(envelope.unwrap(Passphrase, &error).isValid());
}

TEST_CASE("rewrappedFor keeps the vault id and wraps only the new key", "[envelope]")
{
    const VaultKey oldKey = VaultKey::generate();
    const VaultKey newKey = VaultKey::generate();
    const KeyEnvelope envelope = makeEnvelope(oldKey, Kind::Passphrase, Passphrase);
    const QByteArray before = envelope.toJson();

    const auto next = envelope.rewrappedFor(newKey, Kind::Passphrase, Passphrase, Cheap);
    REQUIRE(next);
    CHECK(next->vaultId() == envelope.vaultId());
    CHECK(next->checks(newKey));
    CHECK_FALSE(next->checks(oldKey));
    VaultError error;
    CHECK(next->unwrap(Passphrase, &error) == newKey);
    CHECK_FALSE(error);

    // The original is untouched.
    CHECK(envelope.toJson() == before);
    CHECK(envelope.checks(oldKey));
    CHECK(envelope.unwrap(Passphrase, &error) == oldKey);
}

TEST_CASE("create refuses what it cannot wrap", "[envelope]")
{
    CHECK_FALSE(KeyEnvelope::create(VaultKey(), Kind::Passphrase, Passphrase, Cheap));
    CHECK_FALSE(KeyEnvelope::create(VaultKey::generate(), Kind::Passphrase, QString(), Cheap));
    CHECK_FALSE(KeyEnvelope::create(VaultKey::generate(), Kind::RecoveryCode,
                                    QStringLiteral("not a recovery code"), Cheap));
}

TEST_CASE("The envelope JSON holds neither the key nor the secrets", "[envelope]")
{
    const VaultKey key = VaultKey::generate();
    const QString code = recoverycode::generate();
    KeyEnvelope envelope = makeEnvelope(key, Kind::RecoveryCode, code);
    REQUIRE(envelope.setSecret(key, Kind::Passphrase, Passphrase, Cheap));
    const QByteArray json = envelope.toJson();

    const QByteArray raw(reinterpret_cast<const char*>(key.data()), int(VaultKey::Size));
    const QByteArray hex = key.toHex();
    REQUIRE(hex.size() == 64);
    for (const QByteArray& needle :
         {raw, hex, hex.toUpper(), raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding),
          raw.toBase64(QByteArray::OmitTrailingEquals), raw.left(8).toHex(),
          raw.mid(8, 12).toBase64(), code.toUtf8(), recoverycode::normalize(code).toUtf8(),
          Passphrase.toUtf8()}) {
        CAPTURE(needle);
        CHECK_FALSE(json.contains(needle));
    }
    // And it is still a working envelope (the check above is about the real thing).
    VaultError error;
    CHECK(KeyEnvelope::fromJson(json, &error)->unwrap(code, &error) == key);
}
