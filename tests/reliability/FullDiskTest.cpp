// SECURITY.md RE-3 (label reliability): with no room left to write, each kind of save the app
// makes (a new reflection, an edit, a stage answer, a chunk of a recording) fails with DiskFull
// and its plain-language message, reading goes on, nothing committed is lost, and the very same
// writes succeed once there is room again, on the same connections, as the app retries them.
// Twice: under a file size limit (runs anywhere) and on a real, full, small file system
// (tests/support/with-small-disk.sh; skipped where a private mount is not allowed).

#include "NoRoom.h"
#include "VaultTestHelpers.h"
#include "vault/AudioStore.h"
#include "vault/LoopStore.h"
#include "vault/Statement.h"

#include <QDir>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;

namespace {

StageAnswer answerWith(const QString& text)
{
    StageAnswer answer;
    answer.text = text;
    answer.promptVersion = 1;
    return answer;
}

void requireIntact(Database& db)
{
    Statement integrity(db, "PRAGMA integrity_check;");
    REQUIRE(integrity.next());
    CHECK(integrity.text(0) == QStringLiteral("ok"));
    Statement pages(db, "PRAGMA cipher_integrity_check;");
    CHECK_FALSE(pages.next());
    CHECK_FALSE(ftsIntegrityCheck(db));
}

void fullDiskThenRoomAgain(NoRoom::Kind kind, const QString& dir)
{
    const VaultOpener opener{VaultFiles(dir)};
    const VaultKey key = VaultKey::generate();
    VaultError error;
    OpenVault vault =
        opener.create(key.copy(), KeyEnvelope::SecretKind::Passphrase, TestPassphrase, &error);
    REQUIRE(vault);
    // The recorder writes on a connection of its own.
    auto recorderDb = Database::open(opener.files().databasePath(), key, &error);
    REQUIRE(recorderDb);
    ReflectionStore reflections(*vault.db);
    LoopStore loops(*vault.db);
    AudioStore audio(*recorderDb);

    // Committed before the disk fills.
    const auto when = momentAt(1700000000000);
    const QString kept = QStringLiteral("The demo crashed in front of the client.");
    const ReflectionId keptId = reflections.add(kept, when, &error);
    REQUIRE_FALSE(error);
    REQUIRE_FALSE(loops.setAnswer(keptId, QStringLiteral("detect.facts"), {},
                                  answerWith(QStringLiteral("the build was a day old")), when));
    const RecordingInfo recording = audio.startVoiceReflection(when, oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    const QByteArray firstChunk(3000, 'a');
    REQUIRE_FALSE(audio.appendChunk(recording.id, firstChunk, 1000));
    // Every later commit needs new room (the WAL would otherwise reuse its own old space).
    REQUIRE_FALSE(vault.db->exec("PRAGMA wal_checkpoint(TRUNCATE);"));
    const qint64 count = reflections.count(&error);

    // What the person is writing when the disk is full: it lives in memory until it is saved.
    const QString draft = QStringLiteral("Next time I rehearse on the real laptop. ").repeated(50);
    const QString edited = kept + QStringLiteral(" And the backup plan was missing.");
    const StageAnswer answer = answerWith(QStringLiteral("I skipped the dry run. ").repeated(40));
    const QByteArray secondChunk(6000, 'b');
    const QString diskFull = VaultError(K::DiskFull).message();
    {
        NoRoom room(kind, dir);

        CHECK(reflections.add(draft, when, &error) == 0);
        CHECK(error.kind == K::DiskFull);
        const VaultError editError = reflections.update(keptId, edited, when);
        CHECK(editError.kind == K::DiskFull);
        const VaultError answerError =
            loops.setAnswer(keptId, QStringLiteral("analyse.why_difference"), {}, answer, when);
        CHECK(answerError.kind == K::DiskFull);
        const VaultError chunkError = audio.appendChunk(recording.id, secondChunk, 2000);
        CAPTURE(error, editError, answerError, chunkError);
        CHECK(chunkError.kind == K::DiskFull);
        // In plain words, different from every other failure's.
        CHECK(error.message() == diskFull);
        CHECK(diskFull.contains(QStringLiteral("disk is full")));

        // Reading goes on, and shows what was committed.
        CHECK(reflections.count(&error) == count);
        CHECK(reflections.get(keptId, &error)->text == kept);
        CHECK(reflections.search(QStringLiteral("demo"), 10, &error).size() == 1);
        CHECK_FALSE(error);
        CHECK(audio.read(recording.id, &error) == firstChunk);
    }

    // Room again: the same writes, retried on the same connections, succeed.
    const ReflectionId draftId = reflections.add(draft, when, &error);
    REQUIRE_FALSE(error);
    REQUIRE_FALSE(reflections.update(keptId, edited, when));
    REQUIRE_FALSE(
        loops.setAnswer(keptId, QStringLiteral("analyse.why_difference"), {}, answer, when));
    REQUIRE_FALSE(audio.appendChunk(recording.id, secondChunk, 2000));
    REQUIRE_FALSE(audio.finish(recording.id, {}, 2000));
    recorderDb.reset();
    vault = {};

    // The next start: everything is there and the file is sound.
    vault = opener.openWithKey(key.copy(), &error);
    REQUIRE(vault);
    requireIntact(*vault.db);
    ReflectionStore reopened(*vault.db);
    CHECK(reopened.get(draftId, &error)->text == draft);
    CHECK(reopened.get(keptId, &error)->text == edited);
    const auto loop = LoopStore(*vault.db).load(keptId, &error);
    REQUIRE(loop);
    CHECK(loop->answers.get(QStringLiteral("detect.facts"), {}).text ==
          QStringLiteral("the build was a day old"));
    CHECK(loop->answers.get(QStringLiteral("analyse.why_difference"), {}).text == answer.text);
    CHECK(AudioStore(*vault.db).read(recording.id, &error) == firstChunk + secondChunk);
    CHECK(reopened.count(&error) == count + 2); // the draft, and the finished voice note
}

} // namespace

TEST_CASE("No room under a file size limit: DiskFull, nothing lost, the retry saves", "[full-disk]")
{
    fullDiskThenRoomAgain(NoRoom::Kind::FileSizeLimit, freshDir(QStringLiteral("fsize")));
}

TEST_CASE("A full file system: DiskFull, nothing lost, the retry saves", "[small-disk]")
{
    const QString small = NoRoom::smallDiskDir();
    if (small.isEmpty())
        SKIP("run inside tests/support/with-small-disk.sh");
    const QString dir = QDir(small).filePath(QStringLiteral("vault"));
    REQUIRE(QDir().mkpath(dir));
    fullDiskThenRoomAgain(NoRoom::Kind::FullFileSystem, dir);
}
