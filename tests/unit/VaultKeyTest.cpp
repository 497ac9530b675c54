// Unit tests of VaultKey: the raw 32-byte key in guarded memory.

#include "vault/VaultKey.h"
#include "TestStrings.h"

#include <QRegularExpression>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;

TEST_CASE("generate makes distinct valid keys", "[key]")
{
    const VaultKey a = VaultKey::generate();
    const VaultKey b = VaultKey::generate();
    REQUIRE(a.isValid());
    REQUIRE(b.isValid());
    CHECK_FALSE(a == b);
    CHECK(a == a.copy());
    CHECK_FALSE(VaultKey().isValid());
    CHECK(VaultKey() == VaultKey());
    CHECK_FALSE(a == VaultKey());
}

TEST_CASE("hex and the SQLCipher raw-key literal round-trip", "[key]")
{
    const VaultKey key = VaultKey::generate();
    const QByteArray hex = key.toHex();
    CHECK(hex.size() == 64);
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
              .match(QString::fromLatin1(hex))
              .hasMatch());
    CHECK(VaultKey::fromHex(hex) == key);
    CHECK(VaultKey::fromHex(hex.toUpper()) == key);
    CHECK(key.toSqlCipherRawKeyLiteral() == "x'" + hex + "'");

    const QByteArray raw(reinterpret_cast<const char*>(key.data()), int(VaultKey::Size));
    CHECK(raw.toHex() == hex);
    CHECK(VaultKey::fromBytes(key.data(), VaultKey::Size) == key);
}

TEST_CASE("malformed key input gives no key", "[key]")
{
    const QByteArray hex = VaultKey::generate().toHex();
    CHECK_FALSE(VaultKey::fromHex(QByteArray()).isValid());
    CHECK_FALSE(VaultKey::fromHex(hex.left(62)).isValid());
    CHECK_FALSE(VaultKey::fromHex(hex + "00").isValid());
    CHECK_FALSE(VaultKey::fromHex(hex.left(63) + "g").isValid());
    CHECK_FALSE(VaultKey::fromHex(" " + hex.left(63)).isValid());
    const unsigned char bytes[VaultKey::Size + 1] = {};
    CHECK_FALSE(VaultKey::fromBytes(bytes, VaultKey::Size - 1).isValid());
    CHECK_FALSE(VaultKey::fromBytes(bytes, VaultKey::Size + 1).isValid());
    CHECK_FALSE(VaultKey::fromBytes(nullptr, VaultKey::Size).isValid());
    CHECK(VaultKey().toHex().isEmpty());
}

TEST_CASE("wipe clears a buffer", "[key]")
{
    QByteArray secret("very secret bytes");
    wipe(secret);
    CHECK(secret.isEmpty());
}
