// Unit tests of reading damaged and hostile age files: each kind of damage gives its own error
// (wrong key, damaged header, tampered header, truncated or tampered payload, bad armor), the
// size limits on untrusted headers hold, and no plaintext is returned from a failed file.

#include "AgeTestSupport.h"
#include "share/AgeBytes.h"
#include "share/AgeDecryptor.h"
#include "share/PassphraseIdentity.h"
#include "share/PassphraseRecipient.h"
#include "share/PayloadStream.h"
#include "share/X25519Identity.h"

#include <QBuffer>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using K = AgeError::Kind;

namespace {

constexpr qsizetype Chunk = PayloadStream::ChunkSize;

struct Fixture
{
    X25519Identity identity = *X25519Identity::generate();
    QByteArray plaintext = test::patternBytes(2 * Chunk + 100, 21);
    QByteArray file;
    qsizetype payloadStart = 0; // where the nonce begins

    Fixture()
    {
        const X25519Recipient recipient = identity.recipient();
        file = *agebytes::encrypt(plaintext, {&recipient});
        payloadStart = file.indexOf('\n', file.indexOf("\n--- ") + 1) + 1;
    }

    AgeError::Kind openKind(const QByteArray& bytes) const
    {
        AgeError error;
        const auto result = agebytes::decrypt(bytes, {&identity}, &error);
        if (result)
            return K::None;
        CHECK_FALSE(error.message().isEmpty());
        return error.kind;
    }
};

// Streams bytes into a sink and reports the error and what was released before it.
AgeError decryptReleasing(const QByteArray& bytes, const AgeIdentity& identity,
                          QByteArray* released, AgeHeaderLimits limits = {})
{
    QByteArray input = bytes;
    QBuffer source(&input);
    source.open(QIODevice::ReadOnly);
    QBuffer sink(released);
    sink.open(QIODevice::WriteOnly);
    AgeError error;
    AgeDecryptor::decrypt(&source, &sink, {&identity}, &error, limits);
    return error;
}

} // namespace

TEST_CASE("Each kind of damage is reported as such", "[age][reader]")
{
    Fixture f;
    REQUIRE(f.openKind(f.file) == K::None);
    const qsizetype firstChunk = f.payloadStart + PayloadStream::NonceSize;

    SECTION("a flipped payload byte")
    {
        QByteArray bad = f.file;
        bad[firstChunk + Chunk + 40] = char(bad[firstChunk + Chunk + 40] ^ 1);
        CHECK(f.openKind(bad) == K::PayloadTampered);
        QByteArray released;
        decryptReleasing(bad, f.identity, &released);
        CHECK(released == f.plaintext.left(Chunk)); // only the chunk that authenticated
    }
    SECTION("cut after a whole chunk")
    {
        CHECK(f.openKind(f.file.left(firstChunk + PayloadStream::SealedChunkSize)) == K::Truncated);
        CHECK(f.openKind(f.file.left(firstChunk)) == K::Truncated);
    }
    SECTION("cut inside a chunk")
    {
        CHECK(f.openKind(f.file.left(firstChunk + 1000)) == K::PayloadTampered);
        CHECK(f.openKind(f.file.chopped(1)) == K::PayloadTampered);
    }
    SECTION("cut inside the nonce or the header")
    {
        CHECK(f.openKind(f.file.left(f.payloadStart + 5)) == K::HeaderInvalid);
        CHECK(f.openKind(f.file.left(f.payloadStart - 10)) == K::HeaderInvalid);
    }
    SECTION("data after the final chunk")
    {
        CHECK(f.openKind(f.file + "x") == K::PayloadTampered);
    }
    SECTION("a changed header is caught by its MAC")
    {
        // Swap the stanza for one of the same recipient made for another file key.
        const X25519Recipient recipient = f.identity.recipient();
        const QByteArray other = *agebytes::encrypt("other", {&recipient});
        const qsizetype otherMac = other.indexOf("\n--- ");
        const qsizetype mac = f.file.indexOf("\n--- ");
        const QByteArray swapped = other.left(otherMac) + f.file.mid(mac);
        CHECK(f.openKind(swapped) == K::HeaderTampered);
        QByteArray badMac = f.file;
        badMac[mac + 6] = badMac[mac + 6] == 'A' ? 'B' : 'A';
        const K kind = f.openKind(badMac);
        CHECK((kind == K::HeaderTampered || kind == K::HeaderInvalid)); // non-canonical or wrong
    }
    SECTION("not an age file at all")
    {
        CHECK(f.openKind(QByteArray()) == K::NotAgeFile);
        CHECK(f.openKind("PK\x03\x04 a zip file") == K::NotAgeFile);
        CHECK(f.openKind(test::patternBytes(5000)) != K::None);
    }
    SECTION("a later format version")
    {
        CHECK(f.openKind("age-encryption.org/v2\n-> X25519 abc\n") == K::UnsupportedVersion);
    }
    SECTION("line endings changed to CRLF")
    {
        QByteArray crlf = f.file.left(f.payloadStart);
        crlf.replace("\n", "\r\n");
        CHECK(f.openKind(crlf + f.file.mid(f.payloadStart)) == K::HeaderInvalid);
    }
}

TEST_CASE("Recipient types Debrief cannot use are named, not mistaken for a wrong key",
          "[age][reader]")
{
    Fixture f;
    const QByteArray header = "age-encryption.org/v1\n-> mlkem768x25519 AAAA\nAAAA\n--- "
                              "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n";
    AgeError error;
    CHECK_FALSE(agebytes::decrypt(header, {&f.identity}, &error));
    CHECK(error.kind == K::UnsupportedRecipient);
    CHECK(error.detail.contains(QLatin1String("mlkem768x25519")));
}

TEST_CASE("Untrusted headers are held to size limits", "[age][reader][limits]")
{
    Fixture f;
    QByteArray released;
    SECTION("too many stanzas")
    {
        QList<X25519Recipient> recipients;
        for (int i = 0; i < 5; ++i)
            recipients.append(X25519Identity::generate()->recipient());
        recipients.append(f.identity.recipient());
        QList<const AgeRecipient*> pointers;
        for (const X25519Recipient& r : recipients)
            pointers.append(&r);
        const QByteArray many = *agebytes::encrypt("hello", pointers);
        AgeHeaderLimits limits;
        limits.maxStanzas = 5;
        CHECK(decryptReleasing(many, f.identity, &released, limits).kind == K::TooLarge);
        limits.maxStanzas = 6;
        CHECK_FALSE(decryptReleasing(many, f.identity, &released, limits));
        CHECK(released == "hello");
    }
    SECTION("a header larger than allowed")
    {
        AgeHeaderLimits limits;
        limits.maxBytes = 100;
        CHECK(decryptReleasing(f.file, f.identity, &released, limits).kind == K::TooLarge);
    }
    SECTION("an argument line longer than allowed")
    {
        const QByteArray longArgs = "age-encryption.org/v1\n-> grease " + QByteArray(5000, 'a') +
                                    "\n\n" + f.file.mid(f.file.indexOf("\n-> ") + 1);
        CHECK(decryptReleasing(longArgs, f.identity, &released).kind == K::TooLarge);
    }
    SECTION("a body line longer than 64 columns")
    {
        const QByteArray longBody = "age-encryption.org/v1\n-> grease\n" + QByteArray(65, 'A') +
                                    "\n\n" + f.file.mid(f.file.indexOf("\n-> ") + 1);
        CHECK(decryptReleasing(longBody, f.identity, &released).kind == K::HeaderInvalid);
    }
}

TEST_CASE("Passphrase stanzas asking for too much work are refused before any work",
          "[age][reader][limits]")
{
    const PassphraseRecipient recipient(QStringLiteral("twelve words"), 12);
    const auto file = agebytes::encrypt("x", {&recipient});
    REQUIRE(file);
    const PassphraseIdentity strict(QStringLiteral("twelve words"), 11);
    AgeError error;
    CHECK_FALSE(agebytes::decrypt(*file, {&strict}, &error));
    CHECK(error.kind == K::WorkFactorTooLarge);
    const PassphraseIdentity enough(QStringLiteral("twelve words"), 12);
    CHECK(agebytes::decrypt(*file, {&enough}) == QByteArray("x"));
}

TEST_CASE("A failed decryption returns no plaintext", "[age][reader]")
{
    Fixture f;
    QByteArray bad = f.file;
    bad.chop(1);
    AgeError error;
    const auto result = agebytes::decrypt(bad, {&f.identity}, &error);
    CHECK_FALSE(result);
    CHECK(error.kind == K::PayloadTampered);
}

TEST_CASE("Armor damage is reported as ArmorInvalid", "[age][reader][armor]")
{
    Fixture f;
    const X25519Recipient recipient = f.identity.recipient();
    const QByteArray armored = *agebytes::encrypt("short text", {&recipient}, nullptr, true);
    REQUIRE(f.openKind(armored) == K::None);
    QByteArray bad = armored;
    CHECK(f.openKind(armored + "garbage\n") == K::ArmorInvalid);
    CHECK(f.openKind("garbage\n" + armored) == K::ArmorInvalid); // a quoted armor
    CHECK(f.openKind(QByteArray(armored).replace("BEGIN AGE", "BEGIN PGP")) == K::ArmorInvalid);
    CHECK(f.openKind(armored.left(armored.indexOf("-----END"))) == K::ArmorInvalid);
    CHECK(f.openKind(QByteArray(2000, ' ') + armored) == K::ArmorInvalid);
    bad.insert(armored.indexOf('\n') + 1, "\n");
    CHECK(f.openKind(bad) == K::ArmorInvalid);
}
