// SECURITY.md ST-2 (label integration): the real recorder, in a helper process, is killed with
// SIGKILL about three seconds into a recording. The vault opens; the recording is there as a
// normal, playable voice note marked "recovered" with at least a second of the speech; and no
// file anywhere in the sandbox (HOME, XDG dirs, TMPDIR) holds audio (OggS, RIFF) or the
// marker saved beside it outside the vault.

#include "AudioCheck.h"
#include "RecordingFixture.h"
#include "TestEnvironment.h"
#include "vault/AudioStore.h"
#include "vault/ReflectionStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QUuid>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

TEST_CASE("kill -9 mid-recording: the audio is recovered and nothing leaks", "[kill]")
{
    if (!virtualMicAvailable())
        SKIP("run inside tests/support/with-virtual-mic.sh");
    const QString helperPath = qEnvironmentVariable("DEBRIEF_RECORD_HELPER");
    REQUIRE(QFile::exists(helperPath));
    const QString sandbox = qEnvironmentVariable("DEBRIEF_TEST_SANDBOX");
    REQUIRE_FALSE(sandbox.isEmpty());
    REQUIRE(qEnvironmentVariable("TMPDIR").startsWith(sandbox));
    const QByteArray pcm = speechPcm(QStringLiteral(
        "The client asked for the numbers and I had left them on my desk. Next time I check "
        "the bag the night before."));
    REQUIRE(pcm.size() > 48000 * 2 * 3);

    const QString dir = freshDir(QStringLiteral("kill"));
    const QString path = QDir(dir).filePath(QStringLiteral("vault.db"));
    const VaultKey key = VaultKey::generate();
    const QString keyPath = QDir(dir).filePath(QStringLiteral("test.key"));
    {
        QFile keyFile(keyPath);
        REQUIRE(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(key.toHex());
    }
    const QByteArray marker = "Mrk" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();

    QProcess helper;
    helper.start(helperPath, {path, keyPath});
    REQUIRE(helper.waitForStarted(5000));
    helper.write(marker + '\n');
    helper.closeWriteChannel();
    QByteArray out;
    REQUIRE(waitUntil(
        [&] {
            out += helper.readAllStandardOutput();
            return out.contains("recording ") || helper.state() == QProcess::NotRunning;
        },
        10000));
    INFO("helper stderr: " << helper.readAllStandardError().toStdString());
    REQUIRE(out.startsWith("recording "));
    const ReflectionId id = out.mid(10).trimmed().toLongLong();
    REQUIRE(id > 0);
    Speaker speaker;
    speaker.play(pcm);
    QTest::qWait(3000);
    helper.kill(); // SIGKILL: no chance to finish anything
    REQUIRE(helper.waitForFinished(5000));
    CHECK(helper.exitStatus() == QProcess::CrashExit);
    const QByteArray helperErr = helper.readAllStandardError();
    speaker.waitDone(10000);

    // The next start: the vault opens and the recording is a recovered voice note.
    VaultError error;
    auto db = Database::open(path, key, &error);
    REQUIRE(db);
    ReflectionStore store(*db);
    CHECK_FALSE(store.summary(id, &error)); // hidden until recovered
    AudioStore audio(*db);
    CHECK(audio.markInterrupted(&error) == 1);
    REQUIRE_FALSE(error);
    const auto row = store.summary(id, &error);
    REQUIRE(row);
    CHECK(row->voiceRecovered);
    CHECK(row->voiceDurationMs >= 1000);
    const auto info = audio.infoFor(id, QString(), &error);
    REQUIRE(info);
    CHECK(info->state == RecordingState::Recovered);
    const DecodedAudio decoded = decodeOggOpus(audio.read(info->id, &error));
    REQUIRE(decoded.ok);
    INFO("recovered " << decoded.durationMs() << " ms");
    CHECK(decoded.durationMs() >= 1000);
    CHECK(decoded.durationMs() == info->durationMs);
    CHECK(rmsOf(decoded.samples) > 0.005);                  // the speech, not silence
    CHECK(store.get(1, &error)->text.toLatin1() == marker); // the text saved beside it
    db.reset();

    // Nothing outside the vault: no audio magic, no marker, in any file of the sandbox.
    QStringList leaks;
    for (const QString& file : filesUnder(sandbox)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue; // sockets
        const QByteArray bytes = f.readAll();
        if (bytes.contains(marker))
            leaks.append(file + QStringLiteral(" (marker)"));
        // The vault itself is ciphertext; four bytes of it may match by chance.
        if (QFileInfo(file).fileName().startsWith(QStringLiteral("vault.db")))
            continue;
        if (bytes.contains("OggS") || bytes.contains("RIFF"))
            leaks.append(file + QStringLiteral(" (audio)"));
    }
    INFO("leaks: " << leaks.join(QStringLiteral(", ")).toStdString());
    CHECK(leaks.isEmpty());
    CHECK(filesUnder(sandbox).size() > 3); // the scan saw the sandbox
    QFile vaultFile(path);
    REQUIRE(vaultFile.open(QIODevice::ReadOnly));
    CHECK_FALSE(vaultFile.read(16).startsWith("SQLite format 3"));
    CHECK_FALSE(helperErr.contains(marker));
    CHECK_FALSE(out.contains(marker));
}
