#include "BackupUiSupport.h"

#include "AppUnderTest.h"
#include "ShareFixture.h"
#include "TestEnvironment.h"
#include "core/Recording.h"
#include "share/ShareExporter.h"
#include "vault/AudioStore.h"
#include "vault/ReflectionStore.h"
#include "vault/ReflectionUuids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUrl>
#include <catch2/catch_test_macros.hpp>

namespace debrief::test {

QString createVault(AppUnderTest& app)
{
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    const QString code = app.vault().recoveryCode();
    REQUIRE_FALSE(code.isEmpty());
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    return code;
}

int populate(AppUnderTest& app)
{
    const qint64 first = app.entries().add(QStringLiteral("The pitch ran long\nNo time for Q&A."));
    const qint64 second = app.entries().add(QStringLiteral("Missed the train to the offsite"));
    REQUIRE(first > 0);
    REQUIRE(second > 0);
    LoopController& loop = app.services().loop();
    REQUIRE(loop.load(first));
    REQUIRE(loop.advance());
    REQUIRE(loop.saveNow());
    TagsController& tags = app.services().tags();
    tags.load(second);
    REQUIRE(tags.add(QStringLiteral("travel")));
    // Every part, a voice note and a spoken answer, written to the vault as the app would.
    addSampleEntry(*app.vault().database(), markersFor(QStringLiteral("Ui"), 1), 1);
    app.history().reload();
    app.settle();
    VaultError error;
    const int count = int(ReflectionStore(*app.vault().database()).count(&error));
    REQUIRE_FALSE(error);
    REQUIRE(count == 3);
    return count;
}

void addLargeVoiceNotes(AppUnderTest& app, int count, int megabytes)
{
    AudioStore audio(*app.vault().database());
    QByteArray chunk(1024 * 1024, '\0');
    for (int note = 0; note < count; ++note) {
        VaultError error;
        const RecordingInfo info = audio.startVoiceReflection(
            LocalMoment::fromDateTime(QDateTime::currentDateTime()), oggOpusFormat(), &error);
        REQUIRE_FALSE(error);
        for (int n = 0; n < megabytes; ++n) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(chunk.data()),
                                                  chunk.size() / int(sizeof(quint32)));
            if (n == 0)
                chunk.replace(0, 4, "OggS"); // what a restore checks of a voice note
            REQUIRE_FALSE(audio.appendChunk(info.id, chunk, 1000LL * (n + 1)));
        }
        REQUIRE_FALSE(audio.finish(info.id, {}, 1000LL * megabytes));
    }
    app.history().reload();
}

void writeShare(AppUnderTest& app, const QString& path, const QString& passphrase)
{
    Database& db = *app.vault().database();
    VaultError vaultError;
    ShareSelection selection;
    for (ReflectionId id : ReflectionUuids(db).all(&vaultError))
        selection.append({id, ShareFields::everything()});
    REQUIRE_FALSE(vaultError);
    REQUIRE_FALSE(selection.isEmpty());
    ShareError error;
    REQUIRE(ShareExporter(db).share(selection, ShareProtection::passphrase(passphrase), path,
                                    nullptr, &error));
}

void openBackupFromSettings(AppUnderTest& app)
{
    app.click(QStringLiteral("settingsButton"));
    QQuickItem* button = app.require(QStringLiteral("settingsBackupButton"));
    app.reveal(button);
    app.click(button);
    app.require(QStringLiteral("backupPage"));
}

void typeInto(AppUnderTest& app, const QString& field, const QString& text)
{
    QQuickItem* item = app.require(field);
    app.reveal(item);
    app.click(item);
    REQUIRE(item->hasActiveFocus());
    app.type(text);
    app.settle();
}

void clearField(AppUnderTest& app, const QString& field)
{
    QQuickItem* item = app.require(field);
    app.reveal(item);
    app.click(item);
    app.key(Qt::Key_A, Qt::ControlModifier);
    app.key(Qt::Key_Backspace);
    REQUIRE(textOf(item).isEmpty());
}

namespace {

QObject* dialogNamed(AppUnderTest& app, const QString& dialog)
{
    const QList<QObject*> found = app.all(dialog);
    REQUIRE(found.size() == 1);
    return found.constFirst();
}

} // namespace

bool dialogOpen(AppUnderTest& app, const QString& dialog)
{
    return dialogNamed(app, dialog)->property("visible").toBool();
}

void answerDialog(AppUnderTest& app, const QString& dialog, const QString& section,
                  const char* function, const QString& path)
{
    QObject* fileDialog = dialogNamed(app, dialog);
    REQUIRE(waitUntil([&] { return fileDialog->property("visible").toBool(); }));
    REQUIRE(QMetaObject::invokeMethod(fileDialog, "close"));
    REQUIRE(QMetaObject::invokeMethod(app.require(section), function,
                                      Q_ARG(QVariant, QVariant(QUrl::fromLocalFile(path)))));
    app.settle();
}

bool waitForTask(AppUnderTest& app)
{
    VaultTask* task = app.services().backup().task();
    const bool ended = waitUntil([&] { return !task->running(); }, 120000);
    app.settle();
    return ended;
}

void restoreThroughPage(AppUnderTest& app, const QString& path, const QString& secret)
{
    QQuickItem* section = app.require(QStringLiteral("restoreSection"));
    REQUIRE(QMetaObject::invokeMethod(section, "chooseFile",
                                      Q_ARG(QVariant, QVariant(QUrl::fromLocalFile(path)))));
    app.settle();
    CHECK(textOf(app.require(QStringLiteral("restoreFileLabel"))) == QFileInfo(path).fileName());
    clearField(app, QStringLiteral("restoreSecretField"));
    typeInto(app, QStringLiteral("restoreSecretField"), secret);
    QQuickItem* restore = app.require(QStringLiteral("restoreButton"));
    app.reveal(restore);
    app.click(restore);
    REQUIRE(waitForTask(app));
}

AgeRun ageDecrypt(const QString& file, const QString& passphrase)
{
    AgeRun run;
    if (QStandardPaths::findExecutable(QStringLiteral("age")).isEmpty()) {
        WARN("age is not installed: the backup was not opened with the age CLI");
        return run;
    }
    run.ran = true;
    const QString zip = file + QStringLiteral(".zip");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PTY_ANSWER"), passphrase);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DEBRIEF_PTY_ANSWER),
                  {QStringLiteral("--timeout"), QStringLiteral("120"), QStringLiteral("--"),
                   QStringLiteral("age"), QStringLiteral("-d"), QStringLiteral("-o"), zip, file});
    process.waitForFinished(180000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    QFile out(zip);
    if (out.open(QIODevice::ReadOnly))
        run.out = out.readAll();
    out.remove();
    return run;
}

} // namespace debrief::test
