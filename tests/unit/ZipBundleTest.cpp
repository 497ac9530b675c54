// The zip layer of Debrief files: ZipStreamWriter streams an archive that libzip reads back
// byte for byte while holding only the file being written; BundleReader refuses hostile zips
// (unsafe or unknown names, duplicates, zip bombs, oversize, damage) with the right kind.

#include "BundleTestSupport.h"
#include "TestStrings.h"
#include "share/BundleJson.h"
#include "share/BundleReader.h"
#include "share/ShareProgress.h"
#include "share/ZipReader.h"
#include "share/ZipStreamWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using debrief::test::PartMarkers;
using K = ShareError::Kind;

namespace {

struct ZipFile
{
    QString name;
    QByteArray bytes;
    bool compress = true;
};

QByteArray zipOf(const QList<ZipFile>& files, qint64* peak = nullptr)
{
    QByteArray out;
    ZipStreamWriter zip([&out](QByteArrayView bytes) {
        out.append(bytes.data(), bytes.size());
        return true;
    });
    for (const ZipFile& f : files)
        zip.addFile(f.name, f.bytes.size(), f.compress,
                    [bytes = f.bytes](ShareError*) -> std::optional<QByteArray> { return bytes; });
    REQUIRE(zip.write(nullptr));
    CHECK(zip.bytesWritten() == out.size());
    if (peak)
        *peak = zip.peakHeldBytes();
    return out;
}

QByteArray ogg(int size, char fill)
{
    return QByteArray("OggS") + QByteArray(size - 4, fill);
}

// A valid share: entries.md, entries.json and its two voice notes.
QList<ZipFile> shareFiles()
{
    BundleContent c;
    c.kind = BundleKind::Share;
    c.created = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    c.sender = {QStringLiteral("Alex"),
                QStringLiteral("age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p")};
    c.entries.append(debrief::test::sampleEntry(
        QStringLiteral("0123456789abcdef0123456789abcdef"),
        PartMarkers{QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("l")}));
    c.entries[0].recordings[0].file = QStringLiteral("audio/1.opus");
    c.entries[0].recordings[1].file = QStringLiteral("audio/2.opus");
    return {{QStringLiteral("entries.md"), "# Reflections\n"},
            {QStringLiteral("entries.json"), bundlejson::write(c)},
            {QStringLiteral("audio/1.opus"), ogg(3000, 'a'), false},
            {QStringLiteral("audio/2.opus"), ogg(2000, 'b'), false}};
}

ShareError openError(const QByteArray& zip, BundleLimits limits = {})
{
    QByteArray copy = zip;
    QBuffer device(&copy);
    device.open(QIODevice::ReadOnly);
    ShareError error;
    CHECK_FALSE(BundleReader::openZip(&device, limits, &error));
    CHECK_FALSE(error.message().isEmpty());
    return error;
}

// Renames a file inside a finished zip (same length; names are not covered by checksums).
QByteArray renamed(QByteArray zip, const QByteArray& from, const QByteArray& to)
{
    REQUIRE(from.size() == to.size());
    REQUIRE(zip.count(from) == 2); // its local header and its central directory entry
    zip.replace(from, to);
    return zip;
}

} // namespace

TEST_CASE("a streamed zip reads back byte for byte", "[zip]")
{
    const QList<ZipFile> files = shareFiles();
    QByteArray zip = zipOf(files);
    QBuffer device(&zip);
    device.open(QIODevice::ReadOnly);
    ShareError error;
    const auto reader = ZipReader::open(&device, {}, &error);
    REQUIRE(reader);
    REQUIRE(reader->files().size() == files.size());
    for (const ZipFile& f : files) {
        const auto bytes = reader->read(f.name, 1 << 20, &error);
        REQUIRE(bytes);
        CHECK(*bytes == f.bytes);
    }
    // Audio is stored as recorded, text compressed.
    CHECK(reader->find(QStringLiteral("audio/1.opus"))->compressedSize == 3000);
    CHECK(reader->find(QStringLiteral("entries.json"))->compressedSize <
          reader->find(QStringLiteral("entries.json"))->size);

    QBuffer again(&zip);
    again.open(QIODevice::ReadOnly);
    const auto bundle = BundleReader::openZip(&again, {}, &error);
    REQUIRE(bundle);
    CHECK(bundle->content().entries.size() == 1);
    CHECK(bundle->audio(QStringLiteral("audio/2.opus"), &error) == ogg(2000, 'b'));
}

TEST_CASE("the zip writer holds only the file being written", "[zip]")
{
    QList<ZipFile> files;
    for (int i = 1; i <= 24; ++i)
        files.append(
            {QStringLiteral("audio/%1.opus").arg(i), ogg(1024 * 1024, char('a' + i)), false});
    qint64 peak = 0;
    const QByteArray zip = zipOf(files, &peak);
    CHECK(zip.size() > 24 * 1024 * 1024);
    INFO("peak held: " << peak);
    CHECK(peak < 1024 * 1024 + 4096);
}

TEST_CASE("cancelling a zip stops it with Cancelled", "[zip]")
{
    ShareProgress progress([](qint64, qint64) {});
    qint64 calls = 0;
    ShareProgress cancelling([&](qint64 done, qint64) {
        if (done > 0 && ++calls == 1)
            cancelling.cancel();
    });
    QByteArray out;
    ZipStreamWriter zip([&out](QByteArrayView b) {
        out.append(b.data(), b.size());
        return true;
    });
    for (int i = 1; i <= 4; ++i)
        zip.addFile(QStringLiteral("audio/%1.opus").arg(i), 300000, false,
                    [](ShareError*) -> std::optional<QByteArray> { return ogg(300000, 'x'); });
    cancelling.start(4 * 300000);
    CHECK_FALSE(zip.write(&cancelling));
    CHECK(zip.error().kind == K::Cancelled);
}

TEST_CASE("a failing file or sink fails the zip with its reason", "[zip]")
{
    ZipStreamWriter failingFile([](QByteArrayView) { return true; });
    failingFile.addFile(QStringLiteral("entries.md"), 10, true, [](ShareError* e) {
        *e = ShareError::fromVault(VaultError::Kind::Damaged);
        return std::optional<QByteArray>();
    });
    CHECK_FALSE(failingFile.write(nullptr));
    CHECK(failingFile.error().kind == K::Vault);

    ZipStreamWriter fullDisk([](QByteArrayView) { return false; });
    fullDisk.addFile(QStringLiteral("entries.md"), 3, true,
                     [](ShareError*) { return std::optional<QByteArray>("abc"); });
    CHECK_FALSE(fullDisk.write(nullptr));
    CHECK(fullDisk.error().kind == K::FileIo);
}

TEST_CASE("hostile or damaged zips are refused before anything is read", "[zip]")
{
    const QList<ZipFile> good = shareFiles();
    const QByteArray zip = zipOf(good);

    SECTION("not a zip, or cut short")
    {
        CHECK(openError("this is not a zip at all").kind == K::NotABundle);
        CHECK(openError(zip.left(zip.size() - 30)).kind == K::NotABundle);
        CHECK(openError(QByteArray()).kind == K::NotABundle);
    }
    SECTION("a name that climbs out of the folder")
    {
        QList<ZipFile> files = good;
        files.append({QStringLiteral("xx/evil.sh"), "#!/bin/sh\n"});
        CHECK(openError(renamed(zipOf(files), "xx/evil.sh", "../evil.sh")).kind ==
              K::UnsafeContent);
        files.last().name = QStringLiteral("xevil.sh");
        CHECK(openError(renamed(zipOf(files), "xevil.sh", "/evil.sh")).kind == K::UnsafeContent);
    }
    SECTION("a file with an unknown name")
    {
        QList<ZipFile> files = good;
        files.append({QStringLiteral("notes.txt"), "hello"});
        CHECK(openError(zipOf(files)).kind == K::UnsafeContent);
    }
    SECTION("two files with the same name")
    {
        QList<ZipFile> files = good;
        files.append({QStringLiteral("entries.jsoo"), "{}"});
        // libzip itself finds such a directory inconsistent; the reader would refuse it too.
        const K kind = openError(renamed(zipOf(files), "entries.jsoo", "entries.json")).kind;
        CHECK((kind == K::NotABundle || kind == K::UnsafeContent));
    }
    SECTION("an audio file no voice note names, or a voice note without its file")
    {
        QList<ZipFile> extra = good;
        extra.append({QStringLiteral("audio/3.opus"), ogg(100, 'c'), false});
        CHECK(openError(zipOf(extra)).kind == K::UnsafeContent);
        QList<ZipFile> missing = good;
        missing.removeLast();
        CHECK(openError(zipOf(missing)).kind == K::InvalidContent);
    }
    SECTION("no entries.json")
    {
        QList<ZipFile> files = good;
        files.removeAt(1);
        CHECK(openError(zipOf(files)).kind == K::NotABundle);
    }
    SECTION("a zip bomb: a small file that inflates enormously")
    {
        QList<ZipFile> files = good;
        files[0].bytes = QByteArray(8 * 1024 * 1024, ' ');
        BundleLimits limits;
        CHECK(openError(zipOf(files), limits).kind == K::TooLarge);
    }
    SECTION("more files, or larger ones, than allowed")
    {
        BundleLimits fewFiles;
        fewFiles.maxZipFiles = 3;
        CHECK(openError(zip, fewFiles).kind == K::TooLarge);
        BundleLimits smallTotal;
        smallTotal.maxTotalBytes = 1000;
        CHECK(openError(zip, smallTotal).kind == K::TooLarge);
        BundleLimits smallJson;
        smallJson.maxJsonBytes = 100;
        CHECK(openError(zip, smallJson).kind == K::TooLarge);
        BundleLimits smallAudio;
        smallAudio.maxAudioBytes = 1000;
        CHECK(openError(zip, smallAudio).kind == K::TooLarge);
    }
    SECTION("damaged data: the checksum does not match")
    {
        QByteArray damaged = zip;
        const qsizetype at = damaged.indexOf(QByteArray(64, 'a'));
        REQUIRE(at > 0);
        damaged[at + 10] = 'z';
        QBuffer device(&damaged);
        device.open(QIODevice::ReadOnly);
        ShareError error;
        const auto reader = BundleReader::openZip(&device, {}, &error);
        REQUIRE(reader); // the directory is fine
        CHECK_FALSE(reader->audio(QStringLiteral("audio/1.opus"), &error));
        CHECK(error.kind == K::NotABundle);
    }
    SECTION("audio that is not Ogg")
    {
        QList<ZipFile> files = good;
        files[2].bytes = QByteArray(3000, 'a');
        QByteArray bytes = zipOf(files);
        QBuffer device(&bytes);
        device.open(QIODevice::ReadOnly);
        ShareError error;
        const auto reader = BundleReader::openZip(&device, {}, &error);
        REQUIRE(reader);
        CHECK_FALSE(reader->audio(QStringLiteral("audio/1.opus"), &error));
        CHECK(error.kind == K::InvalidContent);
    }
}

TEST_CASE("every seed of the bundle fuzz corpus is a valid Debrief file", "[zip]")
{
    const QDir corpus(QStringLiteral(DEBRIEF_FUZZ_CORPUS_DIR "/bundle"));
    const QStringList seeds = corpus.entryList(QDir::Files);
    REQUIRE(seeds.size() >= 5);
    for (const QString& seed : seeds) {
        QFile file(corpus.filePath(seed));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QBuffer device(&bytes);
        device.open(QIODevice::ReadOnly);
        ShareError error;
        const auto reader = BundleReader::openZip(&device, {}, &error);
        INFO(seed.toStdString() << ": " << error.detail.toStdString());
        REQUIRE(reader);
        for (const BundleRecording* r : reader->content().recordings())
            CHECK(reader->audio(r->file, &error));
    }
    const QDir json(QStringLiteral(DEBRIEF_FUZZ_CORPUS_DIR "/bundle_json"));
    for (const QString& seed : json.entryList(QDir::Files)) {
        QFile file(json.filePath(seed));
        REQUIRE(file.open(QIODevice::ReadOnly));
        ShareError error;
        INFO(seed.toStdString());
        CHECK(bundlejson::read(file.readAll(), {}, &error));
    }
}
