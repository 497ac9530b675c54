// Unit tests of the encodings and key derivation under the age format: strict base64 (header
// and armor), Bech32 (BIP 173 vectors), HKDF-SHA-256 (RFC 5869 vectors) and the STREAM nonce.

#include "AgeTestSupport.h"
#include "share/AgeBase64.h"
#include "share/Bech32.h"
#include "share/Hkdf.h"
#include "share/PayloadStream.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;

TEST_CASE("Header base64 is unpadded and only canonical encodings decode", "[age][encoding]")
{
    CHECK(agebase64::encode("") == "");
    CHECK(agebase64::encode("f") == "Zg");
    CHECK(agebase64::encode("fo") == "Zm8");
    CHECK(agebase64::encode("foo") == "Zm9v");
    CHECK(agebase64::decode("Zm8") == QByteArray("fo"));
    CHECK(agebase64::decode("") == QByteArray());

    CHECK_FALSE(agebase64::decode("Zm8=")); // padding
    CHECK_FALSE(agebase64::decode("Zm9"));  // stray bits: not canonical (Zm8 is)
    CHECK_FALSE(agebase64::decode("Z"));    // a lone character cannot encode a byte
    CHECK_FALSE(agebase64::decode("Zm 8"));
    CHECK_FALSE(agebase64::decode("Zm8\n"));
    CHECK_FALSE(agebase64::decode("Zm-8")); // URL-safe alphabet
    for (int n = 0; n < 70; ++n) {
        const QByteArray bytes = test::patternBytes(n, quint32(n));
        CHECK(agebase64::decode(agebase64::encode(bytes)) == bytes);
    }
}

TEST_CASE("Armor base64 is padded and only canonical encodings decode", "[age][encoding]")
{
    CHECK(agebase64::encodePadded("fo") == "Zm8=");
    CHECK(agebase64::decodePadded("Zm8=") == QByteArray("fo"));
    CHECK(agebase64::decodePadded("Zg==") == QByteArray("f"));
    CHECK_FALSE(agebase64::decodePadded("Zm8"));  // missing padding
    CHECK_FALSE(agebase64::decodePadded("Zm9=")); // stray bits
    CHECK_FALSE(agebase64::decodePadded("Zg="));  // short padding
    CHECK_FALSE(agebase64::decodePadded("Zm8=Zm8="));
}

TEST_CASE("Bech32 follows BIP 173 and refuses mixed case and bad checksums", "[age][encoding]")
{
    // Valid strings from BIP 173.
    for (const char* valid :
         {"A12UEL5L", "a12uel5l", "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
          "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w"}) {
        INFO(valid);
        CHECK(bech32::decode(valid));
    }
    // Invalid ones from BIP 173: no separator, empty HRP, bad checksum characters, mixed case…
    for (const char* invalid : {"pzry9x0s0muk", "1pzry9x0s0muk", "x1b4n0q5v", "li1dgmt3",
                                "A1G7SGD8", "10a06t8", "1qzzfhee", "A12uEL5L", "a12uel5m"}) {
        INFO(invalid);
        CHECK_FALSE(bech32::decode(invalid));
    }
    const QByteArray data = test::patternBytes(32, 7);
    const QByteArray lower = bech32::encode("age", data);
    CHECK(lower.startsWith("age1"));
    const auto decoded = bech32::decode(lower);
    REQUIRE(decoded);
    CHECK(decoded->hrp == "age");
    CHECK(decoded->data == data);
    const QByteArray upper = bech32::encode("age-secret-key-", data, true);
    CHECK(upper.startsWith("AGE-SECRET-KEY-1"));
    CHECK(bech32::decode(upper)->data == data);
    // Longer than BIP 173's 90 characters: age keys are allowed to be.
    const QByteArray longer = bech32::encode("age", test::patternBytes(200));
    CHECK(longer.size() > 90);
    CHECK(bech32::decode(longer)->data == test::patternBytes(200));
}

TEST_CASE("HKDF-SHA-256 matches RFC 5869", "[age][encoding]")
{
    const QByteArray ikm(22, '\x0b');
    // Test case 1: salt and info.
    QByteArray salt;
    for (int i = 0; i <= 0x0c; ++i)
        salt.append(char(i));
    QByteArray info;
    for (int i = 0xf0; i <= 0xf9; ++i)
        info.append(char(i));
    const SecretBytes okm1 = hkdf::sha256(ikm, salt, info, 42);
    REQUIRE(okm1.isValid());
    CHECK(okm1.view().toByteArray().toHex() ==
          "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    // Test case 3: empty salt and info.
    const SecretBytes okm3 = hkdf::sha256(ikm, {}, {}, 42);
    CHECK(okm3.view().toByteArray().toHex() ==
          "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    CHECK_FALSE(hkdf::sha256(ikm, {}, {}, 255 * 32 + 1).isValid());
}

TEST_CASE("STREAM chunks open only at their index and with their last flag", "[age][encoding]")
{
    const SecretBytes fileKey = SecretBytes::random(16);
    const QByteArray nonce = test::patternBytes(PayloadStream::NonceSize);
    const PayloadStream stream(fileKey, nonce);
    REQUIRE(stream.isValid());
    const QByteArray first = test::patternBytes(PayloadStream::ChunkSize, 1);
    const QByteArray second = test::patternBytes(100, 2);
    QByteArray sealed1(first.size() + PayloadStream::TagSize, '\0');
    QByteArray sealed2(second.size() + PayloadStream::TagSize, '\0');
    auto u = [](QByteArray& b) {
        return reinterpret_cast<unsigned char*>(b.data());
    };
    auto cu = [](const QByteArray& b) {
        return reinterpret_cast<const unsigned char*>(b.data());
    };
    REQUIRE(stream.seal(0, cu(first), first.size(), false, u(sealed1)));
    REQUIRE(stream.seal(1, cu(second), second.size(), true, u(sealed2)));
    CHECK_FALSE(stream.seal(2, cu(first), PayloadStream::ChunkSize + 1, false, u(sealed1)));

    QByteArray out(PayloadStream::ChunkSize, '\0');
    CHECK_FALSE(stream.open(0, cu(sealed2), sealed2.size(), true, u(out)));  // wrong index
    CHECK_FALSE(stream.open(0, cu(sealed1), sealed1.size(), true, u(out)));  // wrong flag
    CHECK_FALSE(stream.open(1, cu(sealed2), sealed2.size(), false, u(out))); // wrong flag
    REQUIRE(stream.open(0, cu(sealed1), sealed1.size(), false, u(out)));
    CHECK(out == first);
    REQUIRE(stream.open(1, cu(sealed2), sealed2.size(), true, u(out)));
    CHECK(out.left(second.size()) == second);

    // The nonce holds the index big-endian in its first 11 bytes: index 256 is not index 1.
    QByteArray at256(sealed2.size(), '\0');
    REQUIRE(stream.seal(256, cu(second), second.size(), true, u(at256)));
    CHECK(at256 != sealed2);
    CHECK_FALSE(stream.open(1, cu(at256), at256.size(), true, u(out)));

    // Another file nonce derives another payload key.
    const PayloadStream other(fileKey, test::patternBytes(PayloadStream::NonceSize, 9));
    CHECK_FALSE(other.open(0, cu(sealed1), sealed1.size(), false, u(out)));
}
