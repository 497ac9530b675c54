#include "MarkedContent.h"

#include "VaultTestHelpers.h"
#include "core/Recording.h"
#include "vault/AudioStore.h"
#include "vault/LoopStore.h"
#include "vault/ReflectionStore.h"
#include "vault/Statement.h"
#include "vault/TagStore.h"

#include <catch2/catch_test_macros.hpp>
#include <sqlite3.h>

namespace debrief::test {

namespace {

LocalMoment at(int n, int minute)
{
    return momentAt(1700000000000LL + n * 86400000LL + minute * 60000LL);
}

QString withMarker(const char* words, const QByteArray& marker)
{
    return QString::fromUtf8(words) + QLatin1Char(' ') + QString::fromUtf8(marker);
}

void record(AudioStore& audio, const RecordingInfo& info, const QByteArray& marker)
{
    // Audio is whatever the encoder gave; the marker stands in for a recognisable stretch of it.
    REQUIRE_FALSE(audio.appendChunk(info.id, QByteArray("OggS") + QByteArray(900, 'a'), 1000));
    REQUIRE_FALSE(audio.appendChunk(info.id, QByteArray(300, 'b') + marker + "-audio", 2000));
    REQUIRE_FALSE(audio.finish(info.id, marker + QByteArray(5000, 'c'), 3000));
}

} // namespace

ReflectionId plantMarkedEntry(Database& db, const QByteArray& marker, int n)
{
    AudioStore audio(db);
    VaultError error;
    const RecordingInfo voice = audio.startVoiceReflection(at(n, 0), oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    const ReflectionId id = voice.reflectionId;
    record(audio, voice, marker);

    ReflectionStore reflections(db);
    for (int edit = 1; edit <= 3; ++edit)
        REQUIRE_FALSE(reflections.update(
            id,
            withMarker("The demo crashed in front of the board, version", marker) +
                QStringLiteral(" %1").arg(edit),
            at(n, edit)));
    REQUIRE_FALSE(TagStore(db).addTag(id, QStringLiteral("tag") + QString::fromUtf8(marker)));

    LoopStore loop(db);
    REQUIRE_FALSE(loop.setAnswer(id, QStringLiteral("detect.expected"), {},
                                 {withMarker("It should have run", marker), 0, 1, at(n, 5)},
                                 at(n, 5)));
    REQUIRE_FALSE(loop.setAnswer(
        id, QStringLiteral("detect.expected"), {},
        {withMarker("It should have run smoothly", marker), 0, 1, at(n, 6)}, at(n, 6)));
    const auto skipped =
        loop.transition(id, TransitionKind::Skip, withMarker("no time", marker), at(n, 7), &error);
    REQUIRE_FALSE(error);
    REQUIRE(skipped.allowed);
    REQUIRE(loop.addLesson(id, Stage::Analyse, withMarker("Rehearse first", marker), at(n, 8),
                           &error) > 0);
    REQUIRE_FALSE(error);
    const ChangeId change = loop.addChange(id, withMarker("Dry run", marker), 0.7, 0.4, &error);
    REQUIRE_FALSE(error);
    const ExperimentId experiment = loop.addExperiment(id, change, at(n, 9), &error);
    REQUIRE_FALSE(error);
    REQUIRE_FALSE(loop.updateExperimentPlan(experiment, change, withMarker("A spare", marker),
                                            QStringLiteral("Bring one"), QDate(2024, 4, 1),
                                            QStringLiteral("No crash")));

    const RecordingInfo spoken =
        audio.startAnswer(id, QStringLiteral("detect.feeling"), oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    record(audio, spoken, marker);
    return id;
}

ReflectionId plantPlainEntry(Database& db, int n)
{
    VaultError error;
    const ReflectionId id = ReflectionStore(db).add(
        QStringLiteral("Entry %1: the offsite plan fell apart, nobody booked the room").arg(n),
        at(n, 0), &error);
    REQUIRE_FALSE(error);
    REQUIRE(LoopStore(db).addLesson(id, Stage::Detect, QStringLiteral("Book rooms early"), at(n, 1),
                                    &error) > 0);
    REQUIRE_FALSE(TagStore(db).addTag(id, QStringLiteral("planning")));
    return id;
}

QVector<qint64> pagesHolding(Database& db, const QByteArray& needle)
{
    // Debian's libsqlcipher is built without the sqlite_dbpage table (only its shell has it).
    // sqlite3_serialize reads the same thing: every page from 1 to page_count, in use or on the
    // free list alike, through the pager, which decrypts it (and takes the newest copy from the
    // WAL).
    const qint64 pageSize = queryInt(db, "PRAGMA page_size;");
    const qint64 pageCount = queryInt(db, "PRAGMA page_count;");
    sqlite3_int64 size = 0;
    unsigned char* image = sqlite3_serialize(db.handle(), "main", &size, 0);
    REQUIRE(image);
    const QByteArray pages =
        QByteArray::fromRawData(reinterpret_cast<const char*>(image), qsizetype(size));
    CHECK(size == pageCount * pageSize);
    CHECK(pages.startsWith("SQLite format 3")); // decrypted: page 1 as SQLite sees it
    QVector<qint64> found;
    for (qint64 page = 0; page < pageCount; ++page) {
        if (pages.mid(page * pageSize, pageSize).contains(needle))
            found.append(page + 1);
    }
    sqlite3_free(image);
    return found;
}

void checkpointTruncate(Database& db)
{
    int logFrames = -1;
    int copied = -1;
    REQUIRE(sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames,
                                      &copied) == SQLITE_OK);
    CHECK(logFrames == 0); // TRUNCATE leaves an empty WAL
}

} // namespace debrief::test
