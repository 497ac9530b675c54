// AgeSeekableReader: the plaintext of an age file read at random, one chunk at a time, equals
// the plaintext; a file cut short, extended or tampered with fails before or at the damaged
// chunk, and never hands out unauthenticated bytes.

#include "share/AgeSeekableReader.h"
#include "AgeTestSupport.h"
#include "share/AgeBytes.h"
#include "share/PayloadStream.h"
#include "share/X25519Identity.h"

#include <QBuffer>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace debrief;
using K = AgeError::Kind;

namespace {

constexpr qint64 Chunk = PayloadStream::ChunkSize;

QByteArray pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + i / 7) & 0xff);
    return bytes;
}

} // namespace

TEST_CASE("random reads equal the plaintext at every size", "[age-seekable]")
{
    const auto identity = X25519Identity::generate();
    REQUIRE(identity);
    const X25519Recipient recipient = identity->recipient();
    const qint64 size =
        GENERATE(qint64(0), qint64(1), Chunk - 1, Chunk, Chunk + 1, 3 * Chunk, 3 * Chunk + 77);
    const QByteArray plain = pattern(size);
    QByteArray file = *agebytes::encrypt(plain, {&recipient});
    QBuffer device(&file);
    device.open(QIODevice::ReadOnly);
    AgeSeekableReader reader(&device);
    REQUIRE(reader.unlock({&*identity}));
    CHECK(reader.size() == size);
    CHECK(reader.readAll() == plain);
    // Backwards, across chunk borders.
    for (qint64 at : {size - 1, size / 2, Chunk - 3, qint64(0)}) {
        if (at < 0 || at >= size)
            continue;
        REQUIRE(reader.seek(at));
        CHECK(reader.read(10) == plain.mid(at, 10));
    }
}

TEST_CASE("a file cut short, extended or tampered with does not read", "[age-seekable]")
{
    const auto identity = X25519Identity::generate();
    REQUIRE(identity);
    const X25519Recipient recipient = identity->recipient();
    const QByteArray plain = pattern(3 * Chunk + 100);
    const QByteArray file = *agebytes::encrypt(plain, {&recipient});

    const auto unlock = [&](QByteArray bytes, AgeError* error) {
        QBuffer device(&bytes);
        device.open(QIODevice::ReadOnly);
        AgeSeekableReader reader(&device);
        const bool ok = reader.unlock({&*identity});
        *error = reader.error();
        return ok;
    };
    AgeError error;
    CHECK_FALSE(unlock(file.left(file.size() - PayloadStream::SealedChunkSize), &error));
    CHECK(error.kind == K::PayloadTampered);
    CHECK_FALSE(unlock(file.left(file.size() - 5), &error));
    CHECK(error.kind == K::PayloadTampered);
    CHECK_FALSE(unlock(file + QByteArray(20, 'x'), &error));
    CHECK(error.kind == K::PayloadTampered);

    // A flipped byte in the second chunk: the first reads, the second does not.
    QByteArray tampered = file;
    tampered[tampered.size() - 2 * PayloadStream::SealedChunkSize] ^= 1;
    QBuffer device(&tampered);
    device.open(QIODevice::ReadOnly);
    AgeSeekableReader reader(&device);
    REQUIRE(reader.unlock({&*identity}));
    CHECK(reader.read(Chunk) == plain.left(Chunk));
    char c = 0;
    CHECK(reader.read(&c, 1) < 0);
    CHECK(reader.error().kind == K::PayloadTampered);

    // Armored: needs streaming, not an error of the file.
    QByteArray armored = *agebytes::encrypt(plain.left(100), {&recipient}, nullptr, true);
    QBuffer armoredDevice(&armored);
    armoredDevice.open(QIODevice::ReadOnly);
    AgeSeekableReader armoredReader(&armoredDevice);
    CHECK_FALSE(armoredReader.unlock({&*identity}));
    CHECK(armoredReader.needsStreaming());
}
