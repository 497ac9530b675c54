// Unit tests of encrypting and decrypting whole age files in memory: X25519 keys and
// passphrases, sizes around the 64 KiB chunk boundary, several recipients, the ASCII armor, and
// streaming (chunks leave the encryptor as they fill; the decryptor hands out ≤ 64 KiB).

#include "AgeTestSupport.h"
#include "share/AgeBytes.h"
#include "share/AgeDecryptor.h"
#include "share/AgeEncryptor.h"
#include "share/PassphraseIdentity.h"
#include "share/PassphraseRecipient.h"
#include "share/PayloadStream.h"
#include "share/X25519Identity.h"

#include <QBuffer>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace debrief;
using K = AgeError::Kind;

namespace {

constexpr qsizetype Chunk = PayloadStream::ChunkSize;
constexpr int CheapWorkFactor = 10; // fast tests; the default (18) is exercised once below

X25519Identity newIdentity()
{
    auto identity = X25519Identity::generate();
    REQUIRE(identity);
    return std::move(*identity);
}

// The payload's size in a binary file: the nonce, then each chunk and its 16-byte tag.
qsizetype payloadSize(qsizetype plaintext)
{
    const qsizetype chunks = plaintext == 0 ? 1 : (plaintext + Chunk - 1) / Chunk;
    return PayloadStream::NonceSize + plaintext + chunks * PayloadStream::TagSize;
}

qsizetype headerSize(const QByteArray& file)
{
    const qsizetype mac = file.indexOf("\n--- ");
    REQUIRE(mac > 0);
    return file.indexOf('\n', mac + 1) + 1;
}

} // namespace

TEST_CASE("X25519 round trip at every size around the chunk boundary", "[age][roundtrip]")
{
    const qsizetype size = GENERATE(0, 1, 100, Chunk - 1, Chunk, Chunk + 1, 2 * Chunk,
                                    3 * Chunk + 17, 1024 * 1024 + 5);
    CAPTURE(size);
    const X25519Identity identity = newIdentity();
    const X25519Recipient recipient = identity.recipient();
    const QByteArray plaintext = test::patternBytes(size, quint32(size));

    AgeError error;
    const auto file = agebytes::encrypt(plaintext, {&recipient}, &error);
    REQUIRE(file);
    CHECK(file->startsWith("age-encryption.org/v1\n-> X25519 "));
    // Exactly the chunks STREAM prescribes: a full last chunk stays full, no empty chunk.
    CHECK(file->size() - headerSize(*file) == payloadSize(size));
    if (size >= 64)
        CHECK_FALSE(file->contains(plaintext.left(64)));

    const auto back = agebytes::decrypt(*file, {&identity}, &error);
    REQUIRE(back);
    CHECK(*back == plaintext);
}

TEST_CASE("Passphrase round trip, and a wrong passphrase is told apart", "[age][roundtrip]")
{
    const qsizetype size = GENERATE(0, Chunk, Chunk + 1);
    const QString passphrase = QStringLiteral("correct horse – battery staple");
    const PassphraseRecipient recipient(passphrase, CheapWorkFactor);
    const QByteArray plaintext = test::patternBytes(size, 3);
    AgeError error;
    const auto file = agebytes::encrypt(plaintext, {&recipient}, &error);
    REQUIRE(file);
    CHECK(file->contains("\n-> scrypt "));
    CHECK(file->contains(" 10\n"));

    const PassphraseIdentity right(passphrase);
    const auto back = agebytes::decrypt(*file, {&right}, &error);
    REQUIRE(back);
    CHECK(*back == plaintext);

    const PassphraseIdentity wrong(QStringLiteral("correct horse battery staple"));
    CHECK_FALSE(agebytes::decrypt(*file, {&wrong}, &error));
    CHECK(error.kind == K::WrongPassphrase);
    const X25519Identity key = newIdentity();
    CHECK_FALSE(agebytes::decrypt(*file, {&key}, &error));
    CHECK(error.kind == K::NoMatch); // keys cannot open a passphrase file
}

TEST_CASE("The default passphrase work factor is age's 18", "[age][roundtrip][slow]")
{
    const PassphraseRecipient recipient(QStringLiteral("a long walk after the meeting"));
    CHECK(recipient.workFactor() == 18);
    const auto file = agebytes::encrypt("backup", {&recipient});
    REQUIRE(file);
    CHECK(file->contains(" 18\n"));
    const PassphraseIdentity identity(QStringLiteral("a long walk after the meeting"));
    CHECK(agebytes::decrypt(*file, {&identity}) == QByteArray("backup"));
}

TEST_CASE("Every one of several recipients opens the file; others do not", "[age][roundtrip]")
{
    const X25519Identity a = newIdentity();
    const X25519Identity b = newIdentity();
    const X25519Identity c = newIdentity();
    const X25519Identity stranger = newIdentity();
    const X25519Recipient ra = a.recipient(), rb = b.recipient(), rc = c.recipient();
    const QByteArray plaintext = test::patternBytes(2 * Chunk + 3, 5);
    const auto file = agebytes::encrypt(plaintext, {&ra, &rb, &rc});
    REQUIRE(file);
    CHECK(file->count("\n-> X25519 ") == 3);
    for (const X25519Identity* identity : {&a, &b, &c})
        CHECK(agebytes::decrypt(*file, {identity}) == plaintext);
    CHECK(agebytes::decrypt(*file, {&stranger, &c}) == plaintext); // any one that fits

    AgeError error;
    CHECK_FALSE(agebytes::decrypt(*file, {&stranger}, &error));
    CHECK(error.kind == K::NoMatch);
    CHECK_FALSE(error.message().isEmpty());
}

TEST_CASE("Armored files round trip and are detected on reading", "[age][roundtrip][armor]")
{
    const qsizetype size = GENERATE(0, 1, 47, 48, 49, Chunk, Chunk + 1);
    CAPTURE(size);
    const X25519Identity identity = newIdentity();
    const X25519Recipient recipient = identity.recipient();
    const QByteArray plaintext = test::patternBytes(size, 11);
    const auto file = agebytes::encrypt(plaintext, {&recipient}, nullptr, true);
    REQUIRE(file);
    CHECK(file->startsWith("-----BEGIN AGE ENCRYPTED FILE-----\n"));
    CHECK(file->endsWith("\n-----END AGE ENCRYPTED FILE-----\n"));
    for (const QByteArray& line : file->split('\n'))
        CHECK(line.size() <= 64);
    CHECK(agebytes::decrypt(*file, {&identity}) == plaintext);
    // CRLF line ends and whitespace around the block are accepted too.
    QByteArray crlf = *file;
    crlf.replace("\n", "\r\n");
    CHECK(agebytes::decrypt("\n  \n" + crlf + " \t\n", {&identity}) == plaintext);
}

TEST_CASE("The encryptor writes each batch as soon as it is known not to hold the last chunk",
          "[age][streaming]")
{
    const X25519Identity identity = newIdentity();
    const X25519Recipient recipient = identity.recipient();
    QByteArray file;
    QBuffer sink(&file);
    sink.open(QIODevice::WriteOnly);
    AgeEncryptor encryptor(&sink);
    REQUIRE(encryptor.begin({&recipient}));
    // The header and the nonce are out at once, and nothing of the payload yet.
    const qsizetype header = headerSize(file);
    CHECK(file.size() == header + PayloadStream::NonceSize);
    const qsizetype batch = AgeEncryptor::MaxBufferedBytes;
    REQUIRE(batch == AgeEncryptor::BatchChunks * Chunk);
    const QByteArray plaintext = test::patternBytes(2 * batch + 10, 2);

    // Fed in odd pieces; at no point is more than one batch of plaintext held back.
    qsizetype fed = 0;
    for (qsizetype at = 0; at < plaintext.size(); at += 10007) {
        const qsizetype piece = qMin<qsizetype>(10007, plaintext.size() - at);
        REQUIRE(encryptor.write(QByteArrayView(plaintext).sliced(at, piece)));
        fed += piece;
        const qsizetype sealedChunks =
            (file.size() - header - PayloadStream::NonceSize) / PayloadStream::SealedChunkSize;
        CHECK(fed - sealedChunks * Chunk <= batch);
    }
    // Two full batches cannot hold the final chunk, so both are out before finish().
    CHECK(file.size() - header == PayloadStream::NonceSize + 2 * AgeEncryptor::BatchChunks *
                                                                 PayloadStream::SealedChunkSize);
    REQUIRE(encryptor.finish());
    CHECK(file.size() - header == payloadSize(plaintext.size()));
    CHECK_FALSE(encryptor.write("more"));

    // The decryptor hands out one chunk at a time.
    QBuffer source(&file);
    source.open(QIODevice::ReadOnly);
    AgeDecryptor decryptor(&source);
    REQUIRE(decryptor.readHeader());
    CHECK_FALSE(decryptor.needsPassphrase());
    CHECK_FALSE(decryptor.isArmored());
    REQUIRE(decryptor.unlock({&identity}));
    QByteArray back;
    QByteArray chunk;
    QList<qsizetype> sizes;
    while (decryptor.readChunk(&chunk)) {
        sizes.append(chunk.size());
        back += chunk;
    }
    CHECK(decryptor.atEnd());
    CHECK_FALSE(decryptor.error());
    QList<qsizetype> expected(2 * AgeEncryptor::BatchChunks, Chunk);
    expected.append(10);
    CHECK(sizes == expected);
    CHECK(back == plaintext);
}

TEST_CASE("A passphrase cannot be mixed with other recipients", "[age][roundtrip]")
{
    const PassphraseRecipient passphrase(QStringLiteral("secret words here"), CheapWorkFactor);
    const PassphraseRecipient another(QStringLiteral("other words here"), CheapWorkFactor);
    const X25519Recipient key = newIdentity().recipient();
    const PassphraseRecipient empty(QString(), CheapWorkFactor);
    const PassphraseRecipient badFactor(QStringLiteral("secret words here"), 0);
    for (const QList<const AgeRecipient*>& recipients :
         {QList<const AgeRecipient*>{}, QList<const AgeRecipient*>{&passphrase, &key},
          QList<const AgeRecipient*>{&key, &passphrase},
          QList<const AgeRecipient*>{&passphrase, &another}, QList<const AgeRecipient*>{&empty},
          QList<const AgeRecipient*>{&badFactor}}) {
        QByteArray out;
        QBuffer sink(&out);
        sink.open(QIODevice::WriteOnly);
        AgeEncryptor encryptor(&sink);
        CHECK_FALSE(encryptor.begin(recipients));
        CHECK(encryptor.error().kind == K::InvalidRecipients);
        CHECK(out.isEmpty());
    }
}

TEST_CASE("Writing to a device that fails reports Io", "[age][streaming]")
{
    const X25519Recipient recipient = newIdentity().recipient();
    QByteArray out;
    QBuffer closed(&out); // never opened
    AgeEncryptor encryptor(&closed);
    CHECK_FALSE(encryptor.begin({&recipient}));
    CHECK(encryptor.error().kind == K::Io);

    QBuffer readOnly(&out);
    readOnly.open(QIODevice::ReadOnly);
    AgeEncryptor second(&readOnly);
    CHECK_FALSE(second.begin({&recipient}));
    CHECK(second.error().kind == K::Io);
}
