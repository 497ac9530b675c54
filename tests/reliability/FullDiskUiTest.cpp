// SECURITY.md RE-3 in the app (label reliability): the disk fills while a person writes. Save on
// the capture page shows the plain "disk is full" message in place, the text stays in the
// editor, nothing saved before is lost; once there is room, the same Save saves it. Loop answers
// typed meanwhile stay pending and are written once there is room; an edit on the entry page
// stays in its editor and Save changes saves it later. Under a file size limit
// (anywhere) and on a real, full, small file system (with-small-disk.sh).

#include "AppUnderTest.h"
#include "NoRoom.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/Database.h"
#include "vault/LoopStore.h"

#include <QDir>
#include <catch2/catch_test_macros.hpp>

using debrief::HistoryModel;
using debrief::LoopController;
using debrief::VaultController;
using debrief::VaultError;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

QString firstLineAt(HistoryModel& model, int row)
{
    return model.data(model.index(row), HistoryModel::FirstLineRole).toString();
}

void typingWhileTheDiskFills(NoRoom::Kind kind, const QString& dir)
{
    const QString diskFull = VaultError(VaultError::Kind::DiskFull).message();
    const QString draft = QStringLiteral("The offsite went badly: nobody had read the brief.");
    const QString answer = QStringLiteral("I sent the brief an hour before.");
    const QString edit = QStringLiteral(" Then it filled again.");
    FakeSecretStore keyring;
    qint64 firstId = 0;
    {
        AppUnderTest app(dir, keyring);
        REQUIRE(app.waitForState(VaultController::State::FirstStart));
        app.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(app.waitForState(VaultController::State::Ready));
        QQuickItem* capture = app.require(QStringLiteral("captureText"));
        REQUIRE(waitUntil([&] { return capture->hasActiveFocus(); }));
        app.type(QStringLiteral("Saved before the disk filled"));
        app.key(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(waitUntil([&] { return app.history().count() == 1; }));
        firstId = app.history().data(app.history().index(0), HistoryModel::IdRole).toLongLong();
        // Every later commit needs new room (the WAL would otherwise reuse its own old space).
        REQUIRE_FALSE(app.vault().database()->exec("PRAGMA wal_checkpoint(TRUNCATE);"));

        app.type(draft);
        LoopController& loop = app.services().loop();
        {
            NoRoom room(kind, dir);
            app.click(QStringLiteral("saveButton"));
            app.settle();
            // Said in place, in plain words; the text is still in the editor, nothing added.
            CHECK(app.entries().errorMessage() == diskFull);
            QQuickItem* banner = app.visibleItem(QStringLiteral("errorBanner"));
            REQUIRE(banner);
            CHECK(textOf(banner) == diskFull);
            CHECK(textOf(capture) == draft);
            CHECK(app.history().count() == 1);

            // A loop answer typed meanwhile: kept, pending, said to have failed.
            REQUIRE(loop.load(firstId));
            loop.setAnswer(QStringLiteral("detect.facts"), {}, answer);
            CHECK_FALSE(loop.saveNow());
            CHECK(loop.errorMessage() == diskFull);
            CHECK(loop.dirty());
        }

        // Room again: the same Save saves the same text, and the answer is written.
        app.click(QStringLiteral("saveButton"));
        REQUIRE(waitUntil([&] { return app.history().count() == 2; }));
        CHECK(app.entries().errorMessage().isEmpty());
        CHECK(textOf(capture).isEmpty());
        CHECK(app.visibleItem(QStringLiteral("errorBanner")) == nullptr);
        CHECK(loop.saveNow());
        CHECK(loop.errorMessage().isEmpty());
        CHECK_FALSE(loop.dirty());

        // An edit on the entry page while the disk is full: the same, for Save changes.
        QQuickItem* list = app.require(QStringLiteral("historyList"));
        app.click(app.require(QStringLiteral("historyRow_1"), list));
        QQuickItem* entryText = app.require(QStringLiteral("entryText"));
        REQUIRE(textOf(entryText) == QStringLiteral("Saved before the disk filled"));
        app.click(entryText);
        app.key(Qt::Key_End, Qt::ControlModifier);
        app.type(edit);
        {
            NoRoom room(kind, dir);
            app.click(QStringLiteral("saveChangesButton"));
            app.settle();
            CHECK(app.entries().errorMessage() == diskFull);
            QQuickItem* banner = app.visibleItem(QStringLiteral("errorBanner"));
            REQUIRE(banner);
            CHECK(textOf(banner) == diskFull);
            CHECK(textOf(entryText) == QStringLiteral("Saved before the disk filled") + edit);
            CHECK(app.require(QStringLiteral("saveChangesButton"))->isEnabled());
        }
        app.click(QStringLiteral("saveChangesButton"));
        CHECK(app.entries().errorMessage().isEmpty());
        CHECK_FALSE(app.require(QStringLiteral("saveChangesButton"))->isEnabled());
        CHECK_NO_QML_PROBLEMS(app);
    }

    // The next start: both entries and the answer are in the vault.
    AppUnderTest app(dir, keyring);
    REQUIRE(app.waitForState(VaultController::State::Ready));
    REQUIRE(app.history().count() == 2);
    CHECK(firstLineAt(app.history(), 0) == draft);
    CHECK(app.entries().load(firstId).value(QStringLiteral("text")).toString() ==
          QStringLiteral("Saved before the disk filled") + edit);
    VaultError error;
    const auto record = debrief::LoopStore(*app.vault().database()).load(firstId, &error);
    REQUIRE(record);
    CHECK(record->answers.get(QStringLiteral("detect.facts"), {}).text == answer);
}

} // namespace

TEST_CASE("The disk fills while writing (file size limit): the text stays and saves later",
          "[full-disk-ui]")
{
    typingWhileTheDiskFills(NoRoom::Kind::FileSizeLimit, freshDir(QStringLiteral("ui-fsize")));
}

TEST_CASE("The file system fills while writing: the text stays and saves later", "[small-disk-ui]")
{
    const QString small = NoRoom::smallDiskDir();
    if (small.isEmpty())
        SKIP("run inside tests/support/with-small-disk.sh");
    const QString dir = QDir(small).filePath(QStringLiteral("ui"));
    REQUIRE(QDir().mkpath(dir));
    typingWhileTheDiskFills(NoRoom::Kind::FullFileSystem, dir);
}
