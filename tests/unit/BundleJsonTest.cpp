// entries.json (docs/bundle-format.md) and entries.md: what is written reads back the same, a
// part left out appears nowhere, and malformed or hostile JSON is refused with the right kind.

#include "share/BundleJson.h"
#include "BundleTestSupport.h"
#include "TestStrings.h"
#include "share/BundleMarkdown.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using debrief::test::PartMarkers;
using debrief::test::sampleEntry;
using K = ShareError::Kind;

namespace {

const QString Uuid = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Recipient =
    QStringLiteral("age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p");
const PartMarkers Markers{QStringLiteral("MarkText7"), QStringLiteral("MarkAnswers7"),
                          QStringLiteral("MarkLessons7")};

BundleContent shareOf(QVector<BundleEntry> entries)
{
    BundleContent c;
    c.kind = BundleKind::Share;
    c.created = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    c.sender = {QStringLiteral("Alex"), Recipient};
    c.entries = std::move(entries);
    int n = 0;
    for (BundleEntry& e : c.entries) {
        for (BundleRecording& r : e.recordings)
            r.file = QStringLiteral("audio/%1.opus").arg(++n);
    }
    return c;
}

QJsonObject rootOf(const BundleContent& c)
{
    return QJsonDocument::fromJson(bundlejson::write(c)).object();
}

ShareError readError(const QJsonObject& root, BundleLimits limits = {})
{
    ShareError error;
    const auto c = bundlejson::read(QJsonDocument(root).toJson(), limits, &error);
    CHECK_FALSE(c.has_value());
    CHECK_FALSE(error.message().isEmpty());
    return error;
}

QJsonObject withEntryField(QJsonObject root, const QString& key, const QJsonValue& value)
{
    QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    QJsonObject e = entries.at(0).toObject();
    if (value.isUndefined())
        e.remove(key);
    else
        e.insert(key, value);
    entries[0] = e;
    root.insert(QStringLiteral("entries"), entries);
    return root;
}

} // namespace

TEST_CASE("a share with every part reads back as written", "[bundle-json]")
{
    const BundleContent written = shareOf({sampleEntry(Uuid, Markers)});
    ShareError error;
    const auto read = bundlejson::read(bundlejson::write(written), {}, &error);
    REQUIRE(read);
    CHECK_FALSE(error);
    CHECK(read->kind == BundleKind::Share);
    CHECK(read->created == written.created);
    CHECK(read->sender.name == QStringLiteral("Alex"));
    CHECK(read->sender.recipient == Recipient);
    REQUIRE(read->entries.size() == 1);
    const BundleEntry& a = written.entries.first();
    const BundleEntry& b = read->entries.first();
    CHECK(b.uuid == Uuid);
    CHECK(b.fields == ShareFields::everything());
    CHECK(b.reflection.text == a.reflection.text);
    CHECK(b.reflection.tags == a.reflection.tags);
    CHECK(b.reflection.created == a.reflection.created);
    CHECK(b.reflection.updated == a.reflection.updated);
    CHECK(b.loop.stage == Stage::Apply);
    CHECK(b.loop.failureType == FailureType::Complex);
    CHECK(b.loop.spectrumPoint == SpectrumPoint::ProcessComplexity);
    CHECK(b.loop.answers == a.loop.answers);
    REQUIRE(b.loop.transitions.size() == 1);
    CHECK(b.loop.transitions.first().kind == TransitionKind::Skip);
    CHECK(b.loop.transitions.first().reason == a.loop.transitions.first().reason);
    CHECK(b.loop.transitions.first().at == a.loop.transitions.first().at);
    REQUIRE(b.loop.lessons.size() == 1);
    CHECK(b.loop.lessons.first().text == a.loop.lessons.first().text);
    REQUIRE(b.loop.changes.size() == 2);
    CHECK(b.loop.changes.at(1).text == a.loop.changes.at(1).text);
    CHECK(b.loop.changes.at(0).impact == 0.7);
    REQUIRE(b.loop.experiments.size() == 1);
    // The experiment tests the second change: its position, 1-based.
    CHECK(b.loop.experiments.first().changeId == 2);
    CHECK(b.loop.experiments.first().checkDate == QDate(2024, 4, 1));
    CHECK(b.loop.experiments.first().hypothesis == a.loop.experiments.first().hypothesis);
    CHECK(b.loop.experiments.first().isOpen());
    REQUIRE(b.recordings.size() == 2);
    CHECK(b.recordings.at(0).file == QStringLiteral("audio/1.opus"));
    CHECK(b.recordings.at(1).promptId == QStringLiteral("detect.expected"));
    CHECK(b.recordings.at(1).state == RecordingState::Recovered);
    CHECK(b.recordings.at(1).durationMs == 800);
}

TEST_CASE("a part left out is nowhere in entries.json or entries.md", "[bundle-json]")
{
    struct Case
    {
        ShareFields fields;
        QString absent;
        const char* key;
    };
    for (const Case& c : {Case{{false, true, true, true}, Markers.text, "text"},
                          Case{{true, false, true, true}, Markers.answers, "answers"},
                          Case{{true, true, false, true}, Markers.lessons, "lessons"},
                          Case{{true, true, true, false}, QString(), "voice"}}) {
        BundleEntry e = sampleEntry(Uuid, Markers);
        e.fields = c.fields;
        // The writer writes only what fields say (the composer also empties what is left out).
        const BundleContent content = shareOf({e});
        const QByteArray json = bundlejson::write(content);
        const QString md = bundlemarkdown::render(content);
        const QJsonObject entry =
            QJsonDocument::fromJson(json).object()[QStringLiteral("entries")][0].toObject();
        INFO("left out: " << c.key);
        CHECK_FALSE(entry.contains(QLatin1String(c.key)));
        if (!c.absent.isEmpty()) {
            CHECK_FALSE(json.contains(c.absent.toUtf8()));
            CHECK_FALSE(md.contains(c.absent));
        } else {
            CHECK_FALSE(json.contains("audio/"));
            CHECK_FALSE(md.contains(QStringLiteral("audio/")));
        }
        // Every other part is still there.
        for (const QString& other : {Markers.text, Markers.answers, Markers.lessons}) {
            if (other != c.absent)
                CHECK(json.contains(other.toUtf8()));
        }
        const auto back = bundlejson::read(json, {}, nullptr);
        REQUIRE(back);
        CHECK(back->entries.first().fields == c.fields);
    }
}

TEST_CASE("entries.md shows every part; a readable export says it is not encrypted",
          "[bundle-json]")
{
    const BundleContent content = shareOf({sampleEntry(Uuid, Markers)});
    const QString md = bundlemarkdown::render(content);
    for (const QString& marker : {Markers.text, Markers.answers, Markers.lessons})
        CHECK(md.contains(marker));
    CHECK(md.contains(QStringLiteral("Alex")));
    CHECK(md.contains(QStringLiteral("audio/1.opus")));
    CHECK(md.contains(QStringLiteral("audio/2.opus")));
    CHECK(md.contains(QStringLiteral("strength 4 of 5")));
    CHECK_FALSE(md.contains(bundlemarkdown::unencryptedNotice()));
    const QString readable =
        bundlemarkdown::render(content, bundlemarkdown::Purpose::ReadableExport);
    CHECK(readable.startsWith(bundlemarkdown::unencryptedNotice()));
}

TEST_CASE("comments and backups read back as written", "[bundle-json]")
{
    BundleContent comments;
    comments.kind = BundleKind::Comments;
    comments.created = QDateTime(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC);
    comments.sender = {QStringLiteral("Coach Kim"), Recipient};
    comments.comments.append(
        {Uuid, QStringLiteral("Good catch."), debrief::test::sampleMoment(3), {}, {}});
    const auto readComments = bundlejson::read(bundlejson::write(comments), {}, nullptr);
    REQUIRE(readComments);
    REQUIRE(readComments->comments.size() == 1);
    CHECK(readComments->comments.first().entryUuid == Uuid);
    CHECK(readComments->comments.first().text == QStringLiteral("Good catch."));
    CHECK(readComments->comments.first().written == debrief::test::sampleMoment(3));

    BundleContent backup = shareOf({sampleEntry(Uuid, Markers)});
    backup.kind = BundleKind::Backup;
    backup.entries.first().reflection.example = true;
    backup.coaches.append({QStringLiteral("Kim"), Recipient, backup.created});
    BundleSender sender{{QStringLiteral("Sam"), Recipient}, backup.created, {}};
    BundleReceivedEntry received;
    received.entry = sampleEntry(QStringLiteral("fedcba9876543210fedcba9876543210"), Markers);
    received.entry.recordings.clear();
    received.received = backup.created;
    received.hasComment = true;
    received.comment = QStringLiteral("Try a checklist");
    received.commentUpdated = debrief::test::sampleMoment(9);
    sender.entries.append(received);
    backup.received.append(sender);
    backup.entryComments.append({Uuid,
                                 {QStringLiteral("Kim"), Recipient},
                                 QStringLiteral("Nice"),
                                 debrief::test::sampleMoment(7),
                                 backup.created});
    const auto readBackup = bundlejson::read(bundlejson::write(backup), {}, nullptr);
    REQUIRE(readBackup);
    CHECK(readBackup->kind == BundleKind::Backup);
    CHECK(readBackup->entries.first().reflection.example);
    REQUIRE(readBackup->coaches.size() == 1);
    REQUIRE(readBackup->received.size() == 1);
    REQUIRE(readBackup->received.first().entries.size() == 1);
    CHECK(readBackup->received.first().entries.first().comment ==
          QStringLiteral("Try a checklist"));
    CHECK(readBackup->received.first().entries.first().entry.reflection.text ==
          received.entry.reflection.text);
    REQUIRE(readBackup->entryComments.size() == 1);
    CHECK(readBackup->entryComments.first().text == QStringLiteral("Nice"));
}

TEST_CASE("malformed entries.json is refused with the right kind", "[bundle-json]")
{
    const QJsonObject good = rootOf(shareOf({sampleEntry(Uuid, Markers)}));
    REQUIRE(bundlejson::read(QJsonDocument(good).toJson(), {}, nullptr));

    SECTION("not JSON at all")
    {
        ShareError error;
        CHECK_FALSE(bundlejson::read("{\"format\": \"debrief-bundle\", ", {}, &error));
        CHECK(error.kind == K::InvalidContent);
        CHECK_FALSE(bundlejson::read("[1, 2]", {}, &error));
        CHECK(error.kind == K::InvalidContent);
    }
    SECTION("another program's JSON")
    {
        QJsonObject root = good;
        root.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        CHECK(readError(root).kind == K::NotABundle);
    }
    SECTION("a newer format version")
    {
        QJsonObject root = good;
        root.insert(QStringLiteral("version"), 2);
        CHECK(readError(root).kind == K::UnsupportedVersion);
    }
    SECTION("a version beyond any integer (fuzz/bundle_json_fuzz: it was converted unchecked)")
    {
        QJsonObject root = good;
        root.insert(QStringLiteral("version"), 3.3e58);
        CHECK(readError(root).kind == K::InvalidContent);
        root.insert(QStringLiteral("version"), -1e300);
        CHECK(readError(root).kind == K::InvalidContent);
    }
    SECTION("a version that is not a number")
    {
        QJsonObject root = good;
        root.insert(QStringLiteral("version"), QStringLiteral("1"));
        CHECK(readError(root).kind == K::InvalidContent);
    }
    SECTION("an unknown kind")
    {
        QJsonObject root = good;
        root.insert(QStringLiteral("kind"), QStringLiteral("payload"));
        CHECK(readError(root).kind == K::InvalidContent);
    }
    SECTION("a missing or mistyped field, named in the detail without its value")
    {
        const ShareError missing = readError(withEntryField(good, QStringLiteral("created"), {}));
        CHECK(missing.kind == K::InvalidContent);
        CHECK(missing.detail.contains(QStringLiteral("entries[0].created")));
        const ShareError typed =
            readError(withEntryField(good, QStringLiteral("text"), QJsonValue(42)));
        CHECK(typed.kind == K::InvalidContent);
        CHECK_FALSE(typed.detail.contains(Markers.text));
    }
    SECTION("an entry id that is not an id")
    {
        CHECK(
            readError(withEntryField(good, QStringLiteral("id"), QStringLiteral("../../x"))).kind ==
            K::InvalidContent);
    }
    SECTION("an audio file name outside audio/")
    {
        QJsonObject root = good;
        QJsonArray entries = root[QStringLiteral("entries")].toArray();
        QJsonObject e = entries[0].toObject();
        QJsonArray voice = e[QStringLiteral("voice")].toArray();
        QJsonObject note = voice[0].toObject();
        note.insert(QStringLiteral("file"), QStringLiteral("../../.bashrc"));
        voice[0] = note;
        e.insert(QStringLiteral("voice"), voice);
        entries[0] = e;
        root.insert(QStringLiteral("entries"), entries);
        CHECK(readError(root).kind == K::InvalidContent);
    }
    SECTION("two entries with the same id")
    {
        QJsonObject root = good;
        QJsonArray entries = root[QStringLiteral("entries")].toArray();
        QJsonObject copy = entries[0].toObject();
        copy.remove(QStringLiteral("voice"));
        entries.append(copy);
        root.insert(QStringLiteral("entries"), entries);
        CHECK(readError(root).kind == K::InvalidContent);
    }
    SECTION("a sender key that is not a key")
    {
        QJsonObject root = good;
        root.insert(QStringLiteral("sender"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                {QStringLiteral("recipient"), QStringLiteral("age1nope")}});
        CHECK(readError(root).kind == K::InvalidContent);
    }
    SECTION("beyond the limits")
    {
        BundleLimits small;
        small.maxTextChars = 10;
        CHECK(readError(good, small).kind == K::InvalidContent);
        BundleLimits fewEntries;
        fewEntries.maxEntries = 0;
        CHECK(readError(good, fewEntries).kind == K::InvalidContent);
    }
    SECTION("an experiment pointing past its changes")
    {
        QJsonObject root = good;
        QJsonArray entries = root[QStringLiteral("entries")].toArray();
        QJsonObject e = entries[0].toObject();
        QJsonArray experiments = e[QStringLiteral("experiments")].toArray();
        QJsonObject x = experiments[0].toObject();
        x.insert(QStringLiteral("change"), 7);
        experiments[0] = x;
        e.insert(QStringLiteral("experiments"), experiments);
        entries[0] = e;
        root.insert(QStringLiteral("entries"), entries);
        CHECK(readError(root).kind == K::InvalidContent);
    }
}
