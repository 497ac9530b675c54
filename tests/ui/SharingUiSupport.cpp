#include "SharingUiSupport.h"

#include "TestEnvironment.h"
#include "vault/AudioStore.h"

#include <catch2/catch_test_macros.hpp>

namespace debrief::test {

void createVault(AppUnderTest& app)
{
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
}

qint64 addTextEntry(AppUnderTest& app, const TextEntry& entry)
{
    const qint64 id = app.entries().add(entry.text);
    REQUIRE(id > 0);
    LoopController& loop = app.services().loop();
    REQUIRE(loop.load(id));
    REQUIRE(loop.advance());
    loop.setAnswer(QStringLiteral("analyse.why_difference"), {}, entry.answer);
    REQUIRE(loop.advance());
    REQUIRE(loop.addLesson(entry.lesson, loop.viewedStage()) > 0);
    REQUIRE(loop.saveNow());
    app.settle();
    return id;
}

qint64 addVoiceEntry(AppUnderTest& app, const QByteArray& oggOpus, qint64 durationMs)
{
    AudioStore* store = app.services().audioStore();
    REQUIRE(store);
    VaultError error;
    const RecordingInfo info = store->startVoiceReflection(
        LocalMoment::fromDateTime(QDateTime::currentDateTime()), oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    REQUIRE_FALSE(store->finish(info.id, oggOpus, durationMs));
    app.history().onAdded(info.reflectionId);
    app.settle();
    return info.reflectionId;
}

void shareEntries(AppUnderTest& app, const QVector<qint64>& ids, const ShareProtection& protection,
                  const QString& path)
{
    ShareSelection selection;
    for (qint64 id : ids)
        selection.append({id, ShareFields::everything()});
    ShareError error;
    const bool shared =
        ShareExporter(*app.vault().database()).share(selection, protection, path, nullptr, &error);
    INFO(error.detail.toStdString());
    REQUIRE(shared);
}

QObject* dialogNamed(AppUnderTest& app, const QString& objectName)
{
    QObject* dialog = app.all(objectName).value(0);
    INFO("dialog " << objectName.toStdString());
    REQUIRE(dialog);
    return dialog;
}

bool dialogOpen(AppUnderTest& app, const QString& objectName)
{
    return dialogNamed(app, objectName)->property("visible").toBool();
}

void clickAndWaitClosed(AppUnderTest& app, const QString& button, const QString& dialog)
{
    app.click(button);
    // Gone with its page, or closed.
    REQUIRE(waitUntil([&] {
        QObject* d = app.all(dialog).value(0);
        return !d || !d->property("visible").toBool();
    }));
    app.settle();
}

QUrl closeFileDialog(AppUnderTest& app, const QString& objectName)
{
    QObject* dialog = dialogNamed(app, objectName);
    REQUIRE(waitUntil([&] { return dialog->property("visible").toBool(); }));
    const QUrl suggested = dialog->property("selectedFile").toUrl();
    REQUIRE(QMetaObject::invokeMethod(dialog, "close"));
    REQUIRE(waitUntil([&] { return !dialog->property("visible").toBool(); }));
    app.settle();
    return suggested;
}

void waitForTask(AppUnderTest& app, VaultTask& task, int timeoutMs)
{
    REQUIRE(waitUntil([&] { return !task.running(); }, timeoutMs));
    app.settle();
}

} // namespace debrief::test
