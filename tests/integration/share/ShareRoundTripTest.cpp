// Sharing end to end on real SQLCipher vaults (label integration): select → share → open in a
// second vault → the same content, voice notes byte for byte and playable; a part left out is
// nowhere in the decrypted zip; comments go back to the sender; malformed files import nothing.

#include "AudioCheck.h"
#include "BundleTestSupport.h"
#include "ShareFixture.h"
#include "TestEnvironment.h"
#include "TestStrings.h"
#include "share/AgeBytes.h"
#include "share/AgeDecryptor.h"
#include "share/BundleJson.h"
#include "share/SecretBytes.h"
#include "share/ShareExporter.h"
#include "share/ShareImporter.h"
#include "share/ShareKeys.h"
#include "share/ShareProgress.h"
#include "share/SharedWithMe.h"
#include "share/X25519Identity.h"
#include "share/ZipReader.h"
#include "share/ZipStreamWriter.h"
#include "vault/EntryCommentStore.h"
#include "vault/ReceivedStore.h"
#include "vault/ReflectionStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = ShareError::Kind;

namespace {

struct Pair
{
    TestVault sender;
    TestVault coach;
    QString coachKey;
    QVector<SampleEntry> entries;
    QVector<EntryMarkers> markers;
};

Pair makePair(const QString& name, int count = 3)
{
    Pair p{makeVault(name + QStringLiteral("-sender")),
           makeVault(name + QStringLiteral("-coach")),
           {},
           {},
           {}};
    ShareError error;
    REQUIRE(ShareKeys(*p.sender.db).setDisplayName(QStringLiteral("Alex"), &error));
    REQUIRE(ShareKeys(*p.coach.db).setDisplayName(QStringLiteral("Coach Kim"), &error));
    p.coachKey = *ShareKeys(*p.coach.db).publicKey(&error);
    for (int n = 1; n <= count; ++n) {
        p.markers.append(markersFor(name.left(3) + QStringLiteral("Mk"), n));
        p.entries.append(addSampleEntry(*p.sender.db, p.markers.last(), n));
    }
    return p;
}

ShareSelection everything(const Pair& p)
{
    ShareSelection s;
    for (const SampleEntry& e : p.entries)
        s.append({e.id, ShareFields::everything()});
    return s;
}

// The zip inside an age file, decrypted in memory with the coach's key.
QByteArray decryptWith(Database& db, const QString& path)
{
    ShareError error;
    const auto identity = ShareKeys(db).identity(&error);
    REQUIRE(identity);
    AgeError ageError;
    const auto zip = agebytes::decrypt(readFile(path), {&*identity}, &ageError);
    INFO(ageError.detail.toStdString());
    REQUIRE(zip);
    return *zip;
}

// Every file of a zip, decompressed.
QMap<QString, QByteArray> unzipAll(QByteArray zip)
{
    QBuffer device(&zip);
    device.open(QIODevice::ReadOnly);
    ShareError error;
    const auto reader = ZipReader::open(&device, {}, &error);
    REQUIRE(reader);
    QMap<QString, QByteArray> files;
    for (const ZipReader::File& f : reader->files())
        files.insert(f.name, *reader->read(f.name, qint64(1) << 30, &error));
    return files;
}

int receivedCount(Database& db)
{
    int n = 0;
    VaultError error;
    for (const ShareSender& s : ReceivedStore(db).senders(&error))
        n += s.entryCount;
    REQUIRE_FALSE(error);
    return n;
}

QString encryptedZip(Pair& p, const QString& name, const QByteArray& zip)
{
    const auto recipient = X25519Recipient::parse(p.coachKey);
    REQUIRE(recipient);
    const QString path = QDir(p.coach.dir).filePath(name);
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(*agebytes::encrypt(zip, {&*recipient}));
    return path;
}

QByteArray zipOf(const QMap<QString, QByteArray>& files, const QStringList& order)
{
    QByteArray out;
    ZipStreamWriter zip([&out](QByteArrayView b) {
        out.append(b.data(), b.size());
        return true;
    });
    for (const QString& name : order)
        zip.addFile(
            name, files.value(name).size(), !name.startsWith(QStringLiteral("audio/")),
            [bytes = files.value(name)](ShareError*) { return std::optional<QByteArray>(bytes); });
    REQUIRE(zip.write(nullptr));
    return out;
}

} // namespace

TEST_CASE("select, share, open in a second vault: the same content and voice", "[share]")
{
    Pair p = makePair(QStringLiteral("roundtrip"));
    const QString file = QDir(p.sender.dir).filePath(QStringLiteral("for-kim.debrief"));
    QList<int> percents;
    ShareProgress progress([&](qint64 done, qint64 total) {
        percents.append(int(done * 100 / qMax<qint64>(total, 1)));
    });
    ShareError error;
    REQUIRE(
        ShareExporter(*p.sender.db)
            .share(everything(p), ShareProtection::coachKey(p.coachKey), file, &progress, &error));
    CHECK(percents.first() == 0);
    CHECK(percents.last() == 100);
    CHECK(readFile(file).startsWith("age-encryption.org/v1\n"));
    for (const EntryMarkers& m : p.markers)
        CHECK_FALSE(containsAnyEncoding(readFile(file), m.text));

    REQUIRE(ShareImporter::needsPassphrase(file, &error) == false);
    const auto report = ShareImporter(*p.coach.db).importFile(file, {}, nullptr, &error);
    INFO(error.detail.toStdString());
    REQUIRE(report);
    CHECK(report->kind == BundleKind::Share);
    CHECK(report->added == 3);
    CHECK(report->senderName == QStringLiteral("Alex"));

    SharedWithMe coach(*p.coach.db);
    const auto senders = coach.senders(&error);
    REQUIRE(senders.size() == 1);
    CHECK(senders.first().name == QStringLiteral("Alex"));
    CHECK(senders.first().recipient == *ShareKeys(*p.sender.db).publicKey(&error));
    const auto received = coach.entries(senders.first().id, &error);
    REQUIRE(received.size() == 3);
    for (const ReceivedEntryView& v : received) {
        // "Entry <n>: …"
        const int n = v.entry.reflection.text.section(u' ', 1, 1).chopped(1).toInt();
        REQUIRE((n >= 1 && n <= 3));
        const SampleEntry& sample = p.entries.at(n - 1);
        VaultError vaultError;
        const auto original = ReflectionStore(*p.sender.db).get(sample.id, &vaultError);
        REQUIRE(original);
        CHECK(v.entry.reflection.text == original->text);
        CHECK(v.entry.reflection.tags == original->tags);
        CHECK(v.entry.reflection.created == original->created);
        CHECK(v.entry.loop.stage == Stage::Apply);
        CHECK(v.entry.loop.answers.size() == 2);
        CHECK(v.entry.loop.lessons.size() == 1);
        CHECK(v.entry.loop.experiments.size() == 1);
        CHECK(v.entry.loop.experiments.first().changeId == 2);
        CHECK(v.markdown.contains(p.markers.at(n - 1).lessons));
        const auto voice = coach.audio(v.id, QString(), &error);
        REQUIRE(voice);
        CHECK(*voice == sample.voice);
        const auto spoken = coach.audio(v.id, QStringLiteral("detect.expected"), &error);
        REQUIRE(spoken);
        CHECK(*spoken == sample.spoken);
        // The voice plays: it decodes to as long as it was recorded.
        const DecodedAudio decoded = decodeOggOpus(*voice);
        REQUIRE(decoded.ok);
        CHECK(std::abs(decoded.durationMs() - (1200 + 100 * n)) < 60);
    }

    // Shared again (a later version of one entry): replaced, not duplicated.
    REQUIRE_FALSE(ReflectionStore(*p.sender.db)
                      .update(p.entries.first().id, QStringLiteral("Entry 1: rewritten."),
                              LocalMoment::fromDateTime(QDateTime::currentDateTime())));
    const QString again = QDir(p.sender.dir).filePath(QStringLiteral("again.debrief"));
    REQUIRE(ShareExporter(*p.sender.db)
                .share({{p.entries.first().id, ShareFields::everything()}},
                       ShareProtection::coachKey(p.coachKey), again, nullptr, &error));
    const auto second = ShareImporter(*p.coach.db).importFile(again, {}, nullptr, &error);
    REQUIRE(second);
    CHECK(second->replaced == 1);
    CHECK(receivedCount(*p.coach.db) == 3);
}

TEST_CASE("a part left out appears nowhere in the decrypted zip", "[share]")
{
    Pair p = makePair(QStringLiteral("leftout"));
    const ShareSelection selection = {
        {p.entries.at(0).id, {false, true, true, true}},  // no text
        {p.entries.at(1).id, {true, false, true, false}}, // no answers, no voice
        {p.entries.at(2).id, {true, true, false, true}},  // no lessons
    };
    ShareError error;
    const auto preview = ShareExporter(*p.sender.db).preview(selection, &error);
    REQUIRE(preview);
    const QString file = QDir(p.sender.dir).filePath(QStringLiteral("partial.debrief"));
    REQUIRE(ShareExporter(*p.sender.db)
                .share(selection, ShareProtection::coachKey(p.coachKey), file, nullptr, &error));
    const QByteArray zip = decryptWith(*p.coach.db, file);
    const QMap<QString, QByteArray> files = unzipAll(zip);
    REQUIRE(files.contains(QStringLiteral("entries.md")));
    REQUIRE(files.contains(QStringLiteral("entries.json")));

    const QStringList absent = {p.markers.at(0).text, p.markers.at(1).answers,
                                p.markers.at(2).lessons};
    const QStringList present = {p.markers.at(0).answers, p.markers.at(0).lessons,
                                 p.markers.at(1).text,    p.markers.at(1).lessons,
                                 p.markers.at(2).text,    p.markers.at(2).answers};
    // Every file's bytes, decompressed, and the raw zip too.
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        for (const QString& marker : absent) {
            INFO(it.key().toStdString() << " holds " << marker.toStdString());
            CHECK_FALSE(containsAnyEncoding(it.value(), marker));
        }
    }
    for (const QString& marker : absent)
        CHECK_FALSE(containsAnyEncoding(zip, marker));
    for (const QString& marker : present) {
        INFO(marker.toStdString());
        CHECK(files.value(QStringLiteral("entries.json")).contains(marker.toUtf8()));
        CHECK(files.value(QStringLiteral("entries.md")).contains(marker.toUtf8()));
    }
    // The preview is exactly what the coach reads.
    CHECK(files.value(QStringLiteral("entries.md")) == preview->toUtf8());
    // Entry 2 went without voice (and so without its spoken answer): two voice notes each for
    // entries 1 and 3.
    int audio = 0;
    for (const QString& name : files.keys())
        audio += name.startsWith(QStringLiteral("audio/")) ? 1 : 0;
    CHECK(audio == 4);
    CHECK(files.value(QStringLiteral("audio/1.opus")) == p.entries.at(0).voice);
    CHECK(files.value(QStringLiteral("audio/3.opus")) == p.entries.at(2).voice);
}

TEST_CASE("a passphrase share opens with the passphrase only", "[share]")
{
    Pair p = makePair(QStringLiteral("passphrase"), 1);
    const QString file = QDir(p.sender.dir).filePath(QStringLiteral("pass.debrief"));
    ShareError error;
    CHECK_FALSE(ShareExporter(*p.sender.db)
                    .share(everything(p), ShareProtection::passphrase(QStringLiteral("short")),
                           file, nullptr, &error));
    CHECK(error.kind == K::PassphraseTooShort);
    CHECK_FALSE(QFile::exists(file));
    CHECK_FALSE(ShareExporter(*p.sender.db)
                    .share(everything(p), ShareProtection::coachKey(QStringLiteral("age1nope")),
                           file, nullptr, &error));
    CHECK(error.kind == K::InvalidKey);

    const QString phrase = QStringLiteral("thursday coffee at nine");
    REQUIRE(ShareExporter(*p.sender.db)
                .share(everything(p), ShareProtection::passphrase(phrase), file, nullptr, &error));
    CHECK(ShareImporter::needsPassphrase(file, &error) == true);
    CHECK_FALSE(ShareImporter(*p.coach.db).importFile(file, {}, nullptr, &error));
    CHECK(error.kind == K::Age);
    CHECK(error.age.kind == AgeError::Kind::NoMatch);
    CHECK_FALSE(ShareImporter(*p.coach.db)
                    .importFile(file, QStringLiteral("wrong passphrase"), nullptr, &error));
    CHECK(error.age.kind == AgeError::Kind::WrongPassphrase);
    CHECK(receivedCount(*p.coach.db) == 0);
    const auto report = ShareImporter(*p.coach.db).importFile(file, phrase, nullptr, &error);
    REQUIRE(report);
    CHECK(report->added == 1);
}

TEST_CASE("the coach's comments go back to the sender and sit beside the entries", "[share]")
{
    Pair p = makePair(QStringLiteral("comments"));
    const QString file = QDir(p.sender.dir).filePath(QStringLiteral("share.debrief"));
    ShareError error;
    REQUIRE(
        ShareExporter(*p.sender.db)
            .share(everything(p), ShareProtection::coachKey(p.coachKey), file, nullptr, &error));
    REQUIRE(ShareImporter(*p.coach.db).importFile(file, {}, nullptr, &error));

    SharedWithMe coach(*p.coach.db);
    const qint64 senderId = coach.senders(&error).first().id;
    const QString reply = QDir(p.coach.dir).filePath(QStringLiteral("comments.debrief"));
    CHECK_FALSE(coach.sendComments(senderId, reply, nullptr, &error));
    CHECK(error.kind == K::NothingToSend);
    // Comment on two of the three entries.
    QMap<QString, QString> commented; // entry uuid -> comment
    for (const ReceivedEntryView& v : coach.entries(senderId, &error)) {
        if (commented.size() == 2)
            break;
        const QString text = QStringLiteral("Comment %1 ").arg(commented.size()) +
                             p.markers.at(commented.size()).comment;
        REQUIRE(coach.setComment(v.id, text, &error));
        commented.insert(v.entry.uuid, text);
    }
    REQUIRE(coach.sendComments(senderId, reply, nullptr, &error));
    CHECK_FALSE(containsAnyEncoding(readFile(reply), p.markers.at(0).comment));

    const auto report = ShareImporter(*p.sender.db).importFile(reply, {}, nullptr, &error);
    INFO(error.detail.toStdString());
    REQUIRE(report);
    CHECK(report->kind == BundleKind::Comments);
    CHECK(report->added == 2);
    CHECK(report->senderName == QStringLiteral("Coach Kim"));
    int found = 0;
    for (const SampleEntry& e : p.entries) {
        const auto comments = EntryCommentStore(*p.sender.db).commentsOn(e.id, &error.vault);
        for (const EntryComment& c : comments) {
            ++found;
            CHECK(c.coachName == QStringLiteral("Coach Kim"));
            CHECK(c.coachRecipient == p.coachKey);
            CHECK(commented.values().contains(c.text));
        }
    }
    CHECK(found == 2);
    // The same comments again: nothing new, nothing doubled.
    const auto again = ShareImporter(*p.sender.db).importFile(reply, {}, nullptr, &error);
    REQUIRE(again);
    CHECK(again->added == 0);
    CHECK(EntryCommentStore(*p.sender.db).all(&error.vault).size() == 2);
}

TEST_CASE("a malformed or hostile file gives a clear error and imports nothing", "[share]")
{
    Pair p = makePair(QStringLiteral("malformed"), 2);
    const QString good = QDir(p.sender.dir).filePath(QStringLiteral("good.debrief"));
    ShareError error;
    REQUIRE(
        ShareExporter(*p.sender.db)
            .share(everything(p), ShareProtection::coachKey(p.coachKey), good, nullptr, &error));
    const QMap<QString, QByteArray> files = unzipAll(decryptWith(*p.coach.db, good));
    const QStringList order = {QStringLiteral("entries.md"),   QStringLiteral("entries.json"),
                               QStringLiteral("audio/1.opus"), QStringLiteral("audio/2.opus"),
                               QStringLiteral("audio/3.opus"), QStringLiteral("audio/4.opus")};
    REQUIRE(files.keys().size() == order.size());
    const QByteArray json = files.value(QStringLiteral("entries.json"));

    struct Bad
    {
        const char* what;
        QByteArray zip;
        K kind;
    };
    QMap<QString, QByteArray> badJson = files;
    badJson.insert(QStringLiteral("entries.json"), json.left(json.size() / 2));
    QMap<QString, QByteArray> newer = files;
    newer.insert(QStringLiteral("entries.json"),
                 QByteArray(json).replace("\"version\": 1", "\"version\": 7"));
    QMap<QString, QByteArray> wrongSchema = files;
    wrongSchema.insert(QStringLiteral("entries.json"),
                       QByteArray(json).replace("\"stage\": \"apply\"", "\"stage\": 3"));
    QMap<QString, QByteArray> traversal = files;
    traversal.insert(QStringLiteral("xx/evil.sh"), "#!/bin/sh\n");
    QByteArray traversalZip = zipOf(traversal, order + QStringList{QStringLiteral("xx/evil.sh")});
    traversalZip.replace("xx/evil.sh", "../evil.sh");
    // The second entry's audio is not Ogg: found only while importing, after the first entry
    // was written, so the transaction must take everything back.
    QMap<QString, QByteArray> lateFailure = files;
    lateFailure.insert(QStringLiteral("audio/3.opus"), QByteArray(5000, 'x'));
    const QList<Bad> cases = {
        {"not a zip", QByteArray("PK\x03\x04 but not really a zip at all"), K::NotABundle},
        {"bad JSON", zipOf(badJson, order), K::InvalidContent},
        {"newer version", zipOf(newer, order), K::UnsupportedVersion},
        {"wrong schema", zipOf(wrongSchema, order), K::InvalidContent},
        {"path traversal", traversalZip, K::UnsafeContent},
        {"late failure", zipOf(lateFailure, order), K::InvalidContent},
    };
    for (const Bad& bad : cases) {
        INFO(bad.what);
        const QString path = encryptedZip(p, QStringLiteral("bad.debrief"), bad.zip);
        CHECK_FALSE(ShareImporter(*p.coach.db).importFile(path, {}, nullptr, &error));
        CHECK(error.kind == bad.kind);
        CHECK_FALSE(error.message().isEmpty());
        CHECK(receivedCount(*p.coach.db) == 0);
        CHECK(ReceivedStore(*p.coach.db).senders(&error.vault).isEmpty());
    }

    // Oversize: the same good file under tighter limits.
    BundleLimits tight;
    tight.maxAudioBytes = 1000;
    CHECK_FALSE(ShareImporter(*p.coach.db, tight).importFile(good, {}, nullptr, &error));
    CHECK(error.kind == K::TooLarge);
    // Damaged on disk: one flipped byte in the payload.
    QByteArray damaged = readFile(good);
    damaged[damaged.size() - 100] ^= 0x20;
    const QString damagedPath = QDir(p.coach.dir).filePath(QStringLiteral("damaged.debrief"));
    QFile out(damagedPath);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(damaged);
    out.close();
    CHECK_FALSE(ShareImporter(*p.coach.db).importFile(damagedPath, {}, nullptr, &error));
    CHECK(error.kind == K::Age);
    CHECK(error.age.kind == AgeError::Kind::PayloadTampered);
    // For someone else.
    TestVault stranger = makeVault(QStringLiteral("malformed-stranger"));
    CHECK_FALSE(ShareImporter(*stranger.db).importFile(good, {}, nullptr, &error));
    CHECK(error.age.kind == AgeError::Kind::NoMatch);
    CHECK(receivedCount(*p.coach.db) == 0);
    // A cancelled import leaves nothing either.
    ShareProgress cancelled;
    cancelled.cancel();
    CHECK_FALSE(ShareImporter(*p.coach.db).importFile(good, {}, &cancelled, &error));
    CHECK(error.kind == K::Cancelled);
    CHECK(receivedCount(*p.coach.db) == 0);
    // And the good file still imports.
    REQUIRE(ShareImporter(*p.coach.db).importFile(good, {}, nullptr, &error));
    CHECK(receivedCount(*p.coach.db) == 2);
}
