// AudioStore on a real vault: a voice note and its reflection appear together or not at all,
// chunks add up to the recording, history hides a recording under way, a crash leaves a
// "recovered" recording (and nothing for one that never got audio), discard and undo.

#include "VaultTestHelpers.h"

#include "vault/AudioStore.h"
#include "vault/Statement.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;

namespace {

struct Fixture
{
    std::unique_ptr<Database> db;
    Fixture(const char* name)
        : db(openMigrated(freshDir(QString::fromLatin1(name)) + QStringLiteral("/vault.db"),
                          VaultKey::generate()))
    {
    }
    qint64 count(const char* sql) { return queryInt(*db, sql); }
};

RecordingInfo startNote(AudioStore& audio, qint64 atMs = 1700000000000)
{
    VaultError error;
    const RecordingInfo rec = audio.startVoiceReflection(momentAt(atMs), oggOpusFormat(), &error);
    INFO(Catch::StringMaker<VaultError>::convert(error));
    REQUIRE_FALSE(error);
    REQUIRE(rec.id > 0);
    REQUIRE(rec.reflectionId > 0);
    return rec;
}

} // namespace

TEST_CASE("A voice note is hidden while recording and in history once finished", "[audio]")
{
    Fixture f("audio-note");
    AudioStore audio(*f.db);
    ReflectionStore store(*f.db);
    VaultError error;
    const RecordingInfo rec = startNote(audio);
    CHECK(rec.promptId.isEmpty());
    CHECK(rec.state == RecordingState::Recording);
    CHECK(f.count("SELECT count(*) FROM reflections;") == 1);
    CHECK(store.count(&error) == 0);
    CHECK_FALSE(store.summary(rec.reflectionId, &error));
    CHECK(store.page(std::nullopt, 10, &error).isEmpty());

    REQUIRE_FALSE(audio.appendChunk(rec.id, QByteArrayLiteral("first-"), 1000));
    REQUIRE_FALSE(audio.appendChunk(rec.id, QByteArrayLiteral("second-"), 2000));
    auto info = audio.info(rec.id, &error);
    REQUIRE(info);
    CHECK(info->durationMs == 2000);
    CHECK(info->byteCount == 13);
    CHECK(info->state == RecordingState::Recording);
    CHECK(store.count(&error) == 0);

    REQUIRE_FALSE(audio.finish(rec.id, QByteArrayLiteral("last"), 2345));
    info = audio.infoFor(rec.reflectionId, QString(), &error);
    REQUIRE(info);
    CHECK(info->state == RecordingState::Complete);
    CHECK(info->durationMs == 2345);
    CHECK(info->byteCount == 17);
    CHECK(info->format == oggOpusFormat());
    CHECK(audio.read(rec.id, &error) == QByteArrayLiteral("first-second-last"));
    CHECK(store.count(&error) == 1);
    const auto row = store.summary(rec.reflectionId, &error);
    REQUIRE(row);
    CHECK(row->voiceDurationMs == 2345);
    CHECK_FALSE(row->voiceRecovered);
    CHECK(row->created == momentAt(1700000000000));
    CHECK_FALSE(ftsIntegrityCheck(*f.db));
}

TEST_CASE("A voice note's reflection and recording are made together or not at all", "[audio]")
{
    Fixture f("audio-atomic");
    AudioStore audio(*f.db);
    VaultError error;
    // The recording row cannot be written: the reflection made just before must not stay.
    REQUIRE_FALSE(f.db->exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON recordings BEGIN "
                             "SELECT RAISE(ABORT, 'refused'); END;"));
    const RecordingInfo rec = audio.startVoiceReflection(momentAt(5), oggOpusFormat(), &error);
    CHECK(error);
    CHECK(rec.id == 0);
    CHECK(f.count("SELECT count(*) FROM reflections;") == 0);
    CHECK_FALSE(ftsIntegrityCheck(*f.db));
    REQUIRE_FALSE(f.db->exec("DROP TRIGGER refuse;"));

    // A chunk that cannot be written leaves the recording as it was.
    const RecordingInfo ok = startNote(audio);
    REQUIRE_FALSE(audio.appendChunk(ok.id, QByteArrayLiteral("kept"), 1000));
    REQUIRE_FALSE(f.db->exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON recording_chunks BEGIN "
                             "SELECT RAISE(ABORT, 'refused'); END;"));
    CHECK(audio.appendChunk(ok.id, QByteArrayLiteral("lost"), 2000));
    CHECK(audio.info(ok.id, &error)->durationMs == 1000);
    CHECK(audio.read(ok.id, &error) == QByteArrayLiteral("kept"));
}

TEST_CASE("After a crash, cut-off recordings are recovered; empty ones leave nothing",
          "[audio][recovery]")
{
    Fixture f("audio-recover");
    AudioStore audio(*f.db);
    ReflectionStore store(*f.db);
    VaultError error;
    const ReflectionId written = store.add(QStringLiteral("Written first"), momentAt(1), &error);

    // Cut off with audio: kept as recovered.
    const RecordingInfo cut = startNote(audio, 10);
    REQUIRE_FALSE(audio.appendChunk(cut.id, QByteArrayLiteral("audio"), 1500));
    // Cut off before any audio: its empty reflection goes too.
    const RecordingInfo empty = startNote(audio, 20);
    REQUIRE_FALSE(audio.appendChunk(empty.id, QByteArrayLiteral("headers only"), 0));
    // A spoken answer cut off before any audio: only the recording goes.
    const RecordingInfo answer =
        audio.startAnswer(written, QStringLiteral("detect.what"), oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    // A finished one is left alone.
    const RecordingInfo done = startNote(audio, 30);
    REQUIRE_FALSE(audio.finish(done.id, QByteArrayLiteral("done"), 900));
    CHECK(store.count(&error) == 2);

    CHECK(audio.markInterrupted(&error) == 1);
    REQUIRE_FALSE(error);
    CHECK(audio.info(cut.id, &error)->state == RecordingState::Recovered);
    CHECK(audio.read(cut.id, &error) == QByteArrayLiteral("audio"));
    const auto row = store.summary(cut.reflectionId, &error);
    REQUIRE(row);
    CHECK(row->voiceRecovered);
    CHECK(row->voiceDurationMs == 1500);
    CHECK_FALSE(audio.info(empty.id, &error));
    CHECK_FALSE(store.get(empty.reflectionId, &error));
    CHECK_FALSE(audio.info(answer.id, &error));
    CHECK(store.get(written, &error)->text == QStringLiteral("Written first"));
    CHECK(audio.info(done.id, &error)->state == RecordingState::Complete);
    CHECK(store.count(&error) == 3);
    CHECK(f.count("SELECT count(*) FROM recording_chunks WHERE recording_id NOT IN (SELECT id "
                  "FROM recordings);") == 0);
    CHECK_FALSE(ftsIntegrityCheck(*f.db));
    // Nothing more to do the next time.
    CHECK(audio.markInterrupted(&error) == 0);
    CHECK(store.count(&error) == 3);
}

TEST_CASE("Discard removes a voice note with its empty reflection, never written text", "[audio]")
{
    Fixture f("audio-discard");
    AudioStore audio(*f.db);
    ReflectionStore store(*f.db);
    VaultError error;
    const RecordingInfo note = startNote(audio);
    REQUIRE_FALSE(audio.appendChunk(note.id, QByteArrayLiteral("words"), 800));
    REQUIRE_FALSE(audio.discard(note.id));
    CHECK_FALSE(store.get(note.reflectionId, &error));
    CHECK(f.count("SELECT count(*) FROM recordings;") == 0);
    CHECK(f.count("SELECT count(*) FROM recording_chunks;") == 0);

    // A voice note someone has written beside: the text stays.
    const RecordingInfo annotated = startNote(audio);
    REQUIRE_FALSE(audio.finish(annotated.id, QByteArrayLiteral("voice"), 700));
    REQUIRE_FALSE(
        store.update(annotated.reflectionId, QStringLiteral("Notes beside it"), momentAt(9)));
    REQUIRE_FALSE(audio.discard(annotated.id));
    CHECK(store.get(annotated.reflectionId, &error)->text == QStringLiteral("Notes beside it"));
    CHECK_FALSE(audio.info(annotated.id, &error));
    CHECK(store.summary(annotated.reflectionId, &error)->voiceDurationMs == -1);
    CHECK_FALSE(ftsIntegrityCheck(*f.db));
    CHECK(audio.discard(12345).kind == K::NotFound);
}

TEST_CASE("A deleted voice reflection comes back with its audio (undo)", "[audio]")
{
    Fixture f("audio-undo");
    AudioStore audio(*f.db);
    ReflectionStore store(*f.db);
    VaultError error;
    const RecordingInfo note = startNote(audio);
    REQUIRE_FALSE(audio.appendChunk(note.id, QByteArrayLiteral("one,"), 1000));
    REQUIRE_FALSE(audio.finish(note.id, QByteArrayLiteral("two"), 1800));
    const RecordingInfo answer = audio.startAnswer(note.reflectionId, QStringLiteral("analyse.why"),
                                                   oggOpusFormat(), &error);
    REQUIRE_FALSE(audio.finish(answer.id, QByteArrayLiteral("because"), 600));
    const auto reflection = store.get(note.reflectionId, &error);
    REQUIRE(reflection);

    const auto saved = audio.copyOut(note.reflectionId, &error);
    REQUIRE_FALSE(error);
    REQUIRE(saved.size() == 2);
    REQUIRE_FALSE(store.remove(note.reflectionId));
    CHECK(f.count("SELECT count(*) FROM recordings;") == 0);
    CHECK(f.count("SELECT count(*) FROM recording_chunks;") == 0);

    REQUIRE_FALSE(store.restore(*reflection));
    REQUIRE_FALSE(audio.restore(saved));
    CHECK(audio.read(note.id, &error) == QByteArrayLiteral("one,two"));
    CHECK(audio.read(answer.id, &error) == QByteArrayLiteral("because"));
    const auto info = audio.infoFor(note.reflectionId, QString(), &error);
    REQUIRE(info);
    CHECK(info->id == note.id);
    CHECK(info->state == RecordingState::Complete);
    CHECK(info->durationMs == 1800);
    CHECK(audio.recordingsOf(note.reflectionId, &error).size() == 2);
    CHECK(store.summary(note.reflectionId, &error)->voiceDurationMs == 1800);
}

TEST_CASE("One spoken answer per prompt, only for an existing reflection", "[audio]")
{
    Fixture f("audio-answer");
    AudioStore audio(*f.db);
    ReflectionStore store(*f.db);
    VaultError error;
    const ReflectionId id = store.add(QStringLiteral("text"), momentAt(1), &error);
    const RecordingInfo first =
        audio.startAnswer(id, QStringLiteral("apply.lesson"), oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    CHECK(first.promptId == QStringLiteral("apply.lesson"));
    audio.startAnswer(id, QStringLiteral("apply.lesson"), oggOpusFormat(), &error);
    CHECK(error.kind == K::AlreadyExists);
    audio.startAnswer(id + 100, QStringLiteral("apply.lesson"), oggOpusFormat(), &error);
    CHECK(error.kind == K::NotFound);
    // Answers do not make a reflection a voice note in history.
    REQUIRE_FALSE(audio.finish(first.id, QByteArrayLiteral("a"), 100));
    CHECK(store.summary(id, &error)->voiceDurationMs == -1);
}
