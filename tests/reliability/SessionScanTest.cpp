// SECURITY.md ST-1, ST-2, ST-3, LK-1 over a whole session (label reliability): the real app
// (QML loaded, a private PulseAudio with a virtual microphone) starts for the first time, takes
// a typed reflection and loop answers holding a unique marker, records a spoken reflection,
// searches, shares the entries (an encrypted .debrief file), exports them as Markdown, makes a
// backup, turns the app lock on with a PIN, locks with text being written (saved first) and
// unlocks with the PIN, turns the lock off again (re-asked), quits, starts again (unlocking
// from the keyring) and searches again. Afterwards:
// - no file anywhere in the sandbox (HOME, every XDG folder, TMPDIR, the data folder) holds the
//   marker, the share or backup passphrase, the recovery code, the vault key, the lock's PIN or
//   its pepper, in any
//   encoding; the Markdown export is the one file that holds the marker (it is readable on
//   purpose), and it does hold it, so the scan would have found a leak;
// - no file outside the vault holds audio (Ogg, Opus, WAV, MP4 headers);
// - the process's whole stderr (captured at the file descriptor) holds none of them either.
// The vault, the share and the backup are checked to be encrypted from their first byte.

#include "AppUnderTest.h"
#include "AudioCheck.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "share/ShareExporter.h"
#include "share/VaultBackup.h"
#include "vault/ReflectionStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUuid>
#include <catch2/catch_test_macros.hpp>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using debrief::HistoryModel;
using debrief::RecordController;
using debrief::VaultController;
using debrief::VaultError;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

// Everything the process writes to file descriptor 2 while it lives (Qt's log, SQLCipher,
// GStreamer, PulseAudio), into a file of the sandbox; afterwards passed on to the real stderr,
// so nothing (a sanitizer report) is hidden.
class StderrCapture
{
public:
    explicit StderrCapture(const QString& path)
        : m_path(path)
    {
        std::fflush(stderr);
        m_saved = ::dup(2);
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        REQUIRE(fd >= 0);
        REQUIRE(::dup2(fd, 2) == 2);
        ::close(fd);
    }
    ~StderrCapture() { stop(); }
    QByteArray stop()
    {
        if (m_saved >= 0) {
            std::fflush(stderr);
            ::dup2(m_saved, 2);
            ::close(m_saved);
            m_saved = -1;
            QFile f(m_path);
            if (f.open(QIODevice::ReadOnly))
                m_captured = f.readAll();
            std::fwrite(m_captured.constData(), 1, size_t(m_captured.size()), stderr);
        }
        return m_captured;
    }

private:
    QString m_path;
    int m_saved = -1;
    QByteArray m_captured;
};

// Every byte form a string could take on disk or in a stream.
QList<QByteArray> encodings(const QString& s)
{
    QByteArray le(reinterpret_cast<const char*>(s.utf16()), s.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    return {s.toUtf8(), s.toLower().toUtf8(), s.toUpper().toUtf8(), le, be};
}

struct Needle
{
    QString what;
    QList<QByteArray> forms;
};

QStringList found(const QByteArray& bytes, const QList<Needle>& needles)
{
    QStringList hits;
    for (const Needle& n : needles) {
        for (const QByteArray& form : n.forms) {
            if (bytes.contains(form)) {
                hits.append(n.what);
                break;
            }
        }
    }
    return hits;
}

QByteArray contentsOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

qint64 idAt(HistoryModel& model, int row)
{
    return model.data(model.index(row), HistoryModel::IdRole).toLongLong();
}

} // namespace

TEST_CASE("A whole session, share, export and backup included, leaves nothing readable behind",
          "[session]")
{
    if (qEnvironmentVariableIsEmpty("PULSE_SERVER"))
        SKIP("run inside tests/support/with-virtual-mic.sh");
    const QString sandbox = qEnvironmentVariable("DEBRIEF_TEST_SANDBOX");
    REQUIRE_FALSE(sandbox.isEmpty());
    for (const char* name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                             "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"})
        REQUIRE(qEnvironmentVariable(name).startsWith(sandbox));
    const QString marker = QStringLiteral("Mk") + QUuid::createUuid().toString(QUuid::Id128);
    const QString sharePassphrase = QStringLiteral("share ") + QUuid::createUuid().toString();
    const QString backupPassphrase = QStringLiteral("backup ") + QUuid::createUuid().toString();
    const QByteArray pcm = speechPcm(QStringLiteral("The quarterly review went badly again."));
    REQUIRE_FALSE(pcm.isEmpty());

    // Where a person would save what they export: their documents folder.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    REQUIRE(documents.startsWith(sandbox));
    REQUIRE(QDir().mkpath(documents));
    const QString sharePath = QDir(documents).filePath(QStringLiteral("for-my-coach.debrief"));
    const QString markdownPath = QDir(documents).filePath(QStringLiteral("reflections.md"));
    const QString backupPath = QDir(documents).filePath(QStringLiteral("debrief.backup"));
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    REQUIRE(dataDir.startsWith(sandbox));

    StderrCapture stderrCapture(QDir(sandbox).filePath(QStringLiteral("captured-stderr")));
    qWarning("session scan: stderr is captured from here"); // the capture's control
    FakeSecretStore keyring;
    QString recoveryCode;
    const QString pin =
        QString::number(QRandomGenerator::global()->bounded(100'000'000, 999'999'999));
    QByteArray pepperHex;
    {
        AppUnderTest app(dataDir, keyring, 390, 844);
        REQUIRE(app.waitForState(VaultController::State::FirstStart));
        recoveryCode = textOf(app.require(QStringLiteral("recoveryCodeText")));
        REQUIRE(recoveryCode.size() > 20);
        app.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(app.waitForState(VaultController::State::Ready));

        // Typed, then its loop.
        app.click(QStringLiteral("captureText"));
        app.type(QStringLiteral("The pitch failed ") + marker);
        app.key(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(waitUntil([&] { return app.history().count() == 1; }));
        const qint64 typedId = idAt(app.history(), 0);
        auto& loop = app.services().loop();
        REQUIRE(loop.load(typedId));
        loop.setAnswer(QStringLiteral("detect.facts"), {}, QStringLiteral("facts ") + marker);
        REQUIRE(loop.advance());
        loop.setAnswer(QStringLiteral("analyse.why_difference"), {},
                       QStringLiteral("why ") + marker);
        REQUIRE(loop.saveNow());
        REQUIRE(loop.addLesson(QStringLiteral("lesson ") + marker, loop.viewedStage()) > 0);

        // Spoken.
        RecordController& recorder = app.services().recorder();
        recorder.start();
        REQUIRE(waitUntil([&] { return recorder.state() == RecordController::State::Recording; },
                          8000));
        QProcess pacat;
        REQUIRE(startSpeaking(pacat, pcm));
        REQUIRE(pacat.waitForFinished(15000));
        recorder.stop();
        REQUIRE(waitUntil([&] { return app.history().count() == 2; }, 8000));
        const qint64 voiceId = idAt(app.history(), 0);
        CHECK(app.history()
                  .data(app.history().index(0), HistoryModel::VoiceDurationRole)
                  .toLongLong() > 1000);

        // Searched.
        VaultError error;
        CHECK(app.services().store()->search(marker, 20, &error).size() == 1);
        app.services().lessons().setQuery(marker);
        CHECK(app.services().lessons().count() == 1);

        // Shared with a coach (passphrase), exported as Markdown, backed up.
        debrief::Database& db = *app.vault().database();
        const debrief::ShareSelection both = {{typedId, debrief::ShareFields::everything()},
                                              {voiceId, debrief::ShareFields::everything()}};
        debrief::ShareError shareError;
        debrief::ShareExporter exporter(db);
        INFO(shareError.message().toStdString());
        REQUIRE(exporter.share(both, debrief::ShareProtection::passphrase(sharePassphrase),
                               sharePath, nullptr, &shareError));
        REQUIRE(exporter.exportMarkdown(both, markdownPath, &shareError));
        REQUIRE(
            debrief::VaultBackup(db).backup(backupPath, backupPassphrase, nullptr, &shareError));

        // The app lock with a PIN: locked with text being written (saved first), unlocked with
        // the PIN, turned off again after a re-ask (the key goes back to the keyring).
        debrief::AppLockController& lock = app.services().appLock();
        lock.turnOnWithPin(pin, pin);
        REQUIRE(waitUntil([&] { return lock.enabled(); }, 15000));
        for (auto it = keyring.contents().cbegin(); it != keyring.contents().cend(); ++it)
            pepperHex = it.value(); // only the pepper: the key left the keyring
        REQUIRE(keyring.contents().size() == 1);
        app.click(QStringLiteral("captureText"));
        app.type(QStringLiteral("Locked mid-sentence ") + marker);
        REQUIRE(lock.lockNow());
        REQUIRE(app.waitForState(VaultController::State::Locked));
        CHECK(app.vault().database() == nullptr);
        CHECK(app.history().count() == 0);
        app.vault().unlockWithPin(pin);
        REQUIRE(app.waitForState(VaultController::State::Ready));
        CHECK(app.history().count() == 3);
        app.services().secretCheck().verify(pin, QStringLiteral("appLockOff"));
        REQUIRE(waitUntil([&] { return !lock.enabled(); }, 15000));
        REQUIRE(waitUntil([&] { return keyring.contents().size() == 1; }));
        CHECK(keyring.contents().cbegin().value() != pepperHex);
        CHECK_NO_QML_PROBLEMS(app);
    } // quit

    // Started again: unlocked from the keyring, everything there, searched once more.
    {
        AppUnderTest app(dataDir, keyring, 390, 844);
        REQUIRE(app.waitForState(VaultController::State::Ready));
        CHECK(app.history().count() == 3);
        VaultError error;
        CHECK(app.services().store()->search(marker, 20, &error).size() == 2);
        CHECK_NO_QML_PROBLEMS(app);
    }
    const QByteArray captured = stderrCapture.stop();

    const QByteArray vaultKeyHex =
        keyring.contents().isEmpty() ? QByteArray() : keyring.contents().cbegin().value();
    REQUIRE(vaultKeyHex.size() == 64);
    const QList<Needle> secrets = {
        {QStringLiteral("marker"), encodings(marker)},
        {QStringLiteral("share passphrase"), encodings(sharePassphrase)},
        {QStringLiteral("backup passphrase"), encodings(backupPassphrase)},
        {QStringLiteral("recovery code"), encodings(recoveryCode)},
        {QStringLiteral("vault key"), encodings(QString::fromLatin1(vaultKeyHex))},
        {QStringLiteral("lock PIN"), encodings(pin)},
        {QStringLiteral("PIN pepper"), encodings(QString::fromLatin1(pepperHex))},
    };
    const QList<Needle> audio = {
        {QStringLiteral("Opus header"), {QByteArrayLiteral("OpusHead")}},
        {QStringLiteral("Ogg page"), {QByteArrayLiteral("OggS")}},
        {QStringLiteral("WAV header"), {QByteArrayLiteral("RIFF")}},
        {QStringLiteral("MP4 header"), {QByteArrayLiteral("ftyp")}},
    };

    // Encrypted from the first byte.
    CHECK_FALSE(contentsOf(dataDir + QStringLiteral("/vault.db")).startsWith("SQLite format 3"));
    for (const QString& path : {sharePath, backupPath})
        CHECK(contentsOf(path).startsWith("age-encryption.org/v1\n"));
    // The readable export holds the marker (the scan below would see a leak) and nothing else.
    const QByteArray markdown = contentsOf(markdownPath);
    CHECK(found(markdown, secrets) == QStringList{QStringLiteral("marker")});
    CHECK(found(markdown, audio).isEmpty());

    QStringList leaks;
    int scanned = 0;
    for (const QString& path : filesUnder(sandbox)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue; // sockets
        ++scanned;
        const QByteArray bytes = f.readAll();
        if (path != markdownPath) {
            for (const QString& hit : found(bytes, secrets))
                leaks.append(path + QStringLiteral(": ") + hit);
        }
        // Ciphertext may hold four given bytes by chance: the encrypted files are checked
        // above for being encrypted instead.
        const QString name = QFileInfo(path).fileName();
        if (!name.startsWith(QStringLiteral("vault.db")) && path != sharePath &&
            path != backupPath) {
            for (const QString& hit : found(bytes, audio))
                leaks.append(path + QStringLiteral(": ") + hit);
        }
    }
    INFO("sandbox " << sandbox.toStdString() << ", " << scanned << " files scanned");
    INFO(leaks.join(QLatin1Char('\n')).toStdString());
    CHECK(leaks.isEmpty());
    // The scan saw the session's files: the vault, its key file, the exports, the captured log.
    CHECK(QFile::exists(dataDir + QStringLiteral("/vault.keys")));
    CHECK(scanned >= 6);
    CHECK(captured.contains("session scan: stderr is captured from here"));
    CHECK(found(captured, secrets).isEmpty());
    std::printf("session scan: %d files and %lld bytes of stderr scanned, %lld leaks\n", scanned,
                static_cast<long long>(captured.size()), static_cast<long long>(leaks.size()));
}
