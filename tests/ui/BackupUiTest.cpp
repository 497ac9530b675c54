// Backup and restore in the real QML, offscreen: the Backup and restore page driven through its
// fields and buttons (the file dialogs' answers given to the same functions their onAccepted
// calls). A backup of a vault with texts, loop stages, tags and voice notes opens with the
// reference `age` CLI; a second, fresh app restores it from its empty history with identical
// contents (every table and every voice note, by digest) and shows the entries at once; the
// same backup merged again adds nothing; a wrong passphrase, a share given to restore and a
// wrong recovery code change nothing and say why; the recovery code protects a backup; a
// cancelled backup leaves no file. Each backup asks for the vault's recovery code again first:
// a wrong one opens no save dialog and writes nothing.

#include "AppUnderTest.h"
#include "BackupUiSupport.h"
#include "ConfirmSecretSupport.h"
#include "ShareFixture.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/RecoveryCode.h"

#include <QDir>
#include <QFile>
#include <QUrl>
#include <catch2/catch_test_macros.hpp>

using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

const QString Passphrase = QStringLiteral("tide lantern orbit walnut");

} // namespace

TEST_CASE("Backup through the page opens with age; a fresh app restores it from its empty "
          "history, identical and listed at once; merging again adds nothing; a wrong "
          "passphrase changes nothing",
          "[ui][backup]")
{
    const QString folder = freshDir(QStringLiteral("backup-ui-files"));
    const QString file = QDir(folder).filePath(QStringLiteral("debrief-backup.debrief"));
    QMap<QString, QString> original;
    int entries = 0;
    {
        FakeSecretStore keyring;
        AppUnderTest app(freshDir(QStringLiteral("backup-ui-source")), keyring, 1280, 800);
        const QString code = createVault(app);
        entries = populate(app);
        original = vaultDigest(*app.vault().database());
        CHECK(original.value(QStringLiteral("recordings")).startsWith(QStringLiteral("2 rows")));

        openBackupFromSettings(app);
        // The meter: a common word is weak; four unrelated words are not.
        typeInto(app, QStringLiteral("backupPassphraseField"), QStringLiteral("password1"));
        CHECK(textOf(app.require(QStringLiteral("backupStrengthLabel"))) ==
              QStringLiteral("Strength: Weak"));
        clearField(app, QStringLiteral("backupPassphraseField"));
        typeInto(app, QStringLiteral("backupPassphraseField"), Passphrase);
        const QString strength = textOf(app.require(QStringLiteral("backupStrengthLabel")));
        CHECK((strength == QStringLiteral("Strength: Good") ||
               strength == QStringLiteral("Strength: Strong")));
        typeInto(app, QStringLiteral("backupRepeatField"), Passphrase + QStringLiteral("x"));
        app.click(QStringLiteral("backupButton"));
        CHECK(textOf(app.require(QStringLiteral("backupProblem"))).contains("not the same"));
        CHECK_FALSE(dialogOpen(app, QStringLiteral("backupSaveDialog")));
        CHECK(app.visibleItem(QStringLiteral("confirmSecretField")) == nullptr);
        clearField(app, QStringLiteral("backupRepeatField"));
        typeInto(app, QStringLiteral("backupRepeatField"), Passphrase);
        app.click(QStringLiteral("backupButton"));
        // The vault's recovery code again (AU-2): a wrong one is refused, nothing is written.
        CHECK_FALSE(dialogOpen(app, QStringLiteral("backupSaveDialog")));
        CHECK_FALSE(answerSecretDialog(app, QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")));
        CHECK_FALSE(textOf(app.require(QStringLiteral("confirmSecretError"))).isEmpty());
        CHECK_FALSE(dialogOpen(app, QStringLiteral("backupSaveDialog")));
        CHECK_FALSE(app.services().backup().task()->running());
        CHECK(filesUnder(folder).isEmpty());
        REQUIRE(answerSecretDialog(app, code));
        REQUIRE(dialogOpen(app, QStringLiteral("backupSaveDialog")));
        answerDialog(app, QStringLiteral("backupSaveDialog"), QStringLiteral("backupSection"),
                     "backUpTo", file);
        REQUIRE(waitForTask(app));
        const QString result = textOf(app.require(QStringLiteral("backupResult")));
        CHECK(result.contains(QDir::toNativeSeparators(file)));
        REQUIRE(QFile::exists(file));
        // The passphrase is not left on screen.
        CHECK(textOf(app.require(QStringLiteral("backupPassphraseField"))).isEmpty());
        CHECK_NO_QML_PROBLEMS(app);
    }

    // The reference age CLI opens it with that passphrase: a zip with the readable entries.
    const AgeRun opened = ageDecrypt(file, Passphrase);
    if (opened.ran) {
        INFO(opened.err.toStdString());
        CHECK(opened.exitCode == 0);
        CHECK(opened.out.startsWith("PK\x03\x04"));
        CHECK(opened.out.contains("entries.json"));
        CHECK(opened.out.contains("entries.md"));
        CHECK(opened.out.contains("audio/"));
    }

    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("backup-ui-target")), keyring, 1280, 800);
    createVault(app);
    // A new device: the empty history offers the restore, which the page then shows first.
    app.click(QStringLiteral("restoreFromBackupButton"));
    REQUIRE(app.visibleItem(QStringLiteral("backupPage")));
    CHECK(app.require(QStringLiteral("restoreEverything"))->property("checked").toBool());
    const QMap<QString, QString> empty = vaultDigest(*app.vault().database());

    // A wrong passphrase says so and changes nothing.
    restoreThroughPage(app, file, QStringLiteral("not the passphrase at all"));
    CHECK(textOf(app.require(QStringLiteral("restoreError")))
              .contains(QStringLiteral("does not open this backup")));
    CHECK(vaultDigest(*app.vault().database()) == empty);
    CHECK(app.history().count() == 0);

    // The right one: identical contents, listed at once (no restart).
    restoreThroughPage(app, file, Passphrase);
    const QString report = textOf(app.require(QStringLiteral("restoreResult")));
    CHECK(report.contains(QStringLiteral("%1 reflections added").arg(entries)));
    CHECK(vaultDigest(*app.vault().database()) == original);
    QQuickItem* list = app.require(QStringLiteral("historyList"));
    REQUIRE(waitUntil([&] { return list->property("count").toInt() == entries; }));
    CHECK(app.history().count() == entries);
    CHECK_FALSE(app.visibleItem(QStringLiteral("historyEmptyVault")));
    // The passphrase is not left on screen.
    CHECK(textOf(app.require(QStringLiteral("restoreSecretField"))).isEmpty());

    // Now the vault holds entries: only the merge is offered, and it adds nothing twice.
    CHECK_FALSE(app.visibleItem(QStringLiteral("restoreEverything")));
    CHECK(app.require(QStringLiteral("restoreMerge"))->property("checked").toBool());
    restoreThroughPage(app, file, Passphrase);
    const QString again = textOf(app.require(QStringLiteral("restoreResult")));
    CHECK(again.contains(QStringLiteral("no new reflection")));
    CHECK(again.contains(QStringLiteral("%1 already here").arg(entries)));
    CHECK(vaultDigest(*app.vault().database()) == original);
    CHECK(app.history().count() == entries);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("The recovery code protects a backup on a phone; a mistyped one writes nothing",
          "[ui][backup-code]")
{
    const QString folder = freshDir(QStringLiteral("backup-code-files"));
    const QString file = QDir(folder).filePath(QStringLiteral("with-code.debrief"));
    QString code;
    QMap<QString, QString> original;
    {
        FakeSecretStore keyring;
        AppUnderTest app(freshDir(QStringLiteral("backup-code-source")), keyring, 390, 844);
        REQUIRE(app.waitForState(VaultController::State::FirstStart));
        code = app.vault().recoveryCode();
        REQUIRE_FALSE(code.isEmpty());
        app.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(app.waitForState(VaultController::State::Ready));
        REQUIRE(app.entries().add(QStringLiteral("The pitch ran long")) > 0);
        original = vaultDigest(*app.vault().database());

        // The phone's menu leads there too.
        app.click(QStringLiteral("moreButton"));
        app.click(QStringLiteral("backupMenuButton"));
        app.click(QStringLiteral("backupUseRecoveryCode"));
        CHECK_FALSE(app.visibleItem(QStringLiteral("backupRepeatField")));

        // Not a code at all: said before any dialog.
        typeInto(app, QStringLiteral("backupRecoveryCodeField"), QStringLiteral("hello"));
        app.click(QStringLiteral("backupButton"));
        CHECK(textOf(app.require(QStringLiteral("backupProblem")))
                  .startsWith(QStringLiteral("That is not a recovery code")));
        CHECK_FALSE(dialogOpen(app, QStringLiteral("backupSaveDialog")));

        // A code, but not this vault's: checked before anything is written.
        const QString other = debrief::recoverycode::generate();
        clearField(app, QStringLiteral("backupRecoveryCodeField"));
        typeInto(app, QStringLiteral("backupRecoveryCodeField"), other);
        app.click(QStringLiteral("backupButton"));
        REQUIRE(answerSecretDialog(app, code));
        answerDialog(app, QStringLiteral("backupSaveDialog"), QStringLiteral("backupSection"),
                     "backUpTo", file);
        REQUIRE(waitForTask(app));
        CHECK(textOf(app.require(QStringLiteral("backupError")))
                  .contains(QStringLiteral("not this vault's recovery code")));
        CHECK_FALSE(QFile::exists(file));

        // This vault's code, typed loosely (lower case, spaces).
        clearField(app, QStringLiteral("backupRecoveryCodeField"));
        typeInto(app, QStringLiteral("backupRecoveryCodeField"),
                 code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        app.click(QStringLiteral("backupButton"));
        REQUIRE(answerSecretDialog(app, code));
        answerDialog(app, QStringLiteral("backupSaveDialog"), QStringLiteral("backupSection"),
                     "backUpTo", file);
        REQUIRE(waitForTask(app));
        CHECK(textOf(app.require(QStringLiteral("backupResult")))
                  .contains(QStringLiteral("recovery code opens it")));
        REQUIRE(QFile::exists(file));
        CHECK_NO_QML_PROBLEMS(app);
    }

    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("backup-code-target")), keyring, 390, 844);
    createVault(app);
    openBackupFromSettings(app);
    restoreThroughPage(app, file, code);
    CHECK(textOf(app.require(QStringLiteral("restoreResult")))
              .contains(QStringLiteral("1 reflection added")));
    CHECK(vaultDigest(*app.vault().database()) == original);
    CHECK(app.history().count() == 1);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("A share given to restore points to \"Open a shared file\" and changes nothing",
          "[ui][backup-kind]")
{
    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("backup-kind")), keyring, 1280, 800);
    createVault(app);
    populate(app);
    const QString share =
        QDir(freshDir(QStringLiteral("backup-kind-files"))).filePath("for-kim.debrief");
    writeShare(app, share, Passphrase);
    const QMap<QString, QString> before = vaultDigest(*app.vault().database());
    const int listed = app.history().count();

    openBackupFromSettings(app);
    restoreThroughPage(app, share, Passphrase);
    CHECK(textOf(app.require(QStringLiteral("restoreError")))
              .contains(QStringLiteral("“Open a shared file”")));
    CHECK(vaultDigest(*app.vault().database()) == before);
    CHECK(app.history().count() == listed);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Cancel during a backup leaves no file; cancel during a restore changes nothing",
          "[ui][backup-cancel]")
{
    const QString folder = freshDir(QStringLiteral("backup-cancel-files"));
    const QString cancelled = QDir(folder).filePath(QStringLiteral("cancelled.debrief"));
    const QString file = QDir(folder).filePath(QStringLiteral("complete.debrief"));
    {
        FakeSecretStore keyring;
        AppUnderTest app(freshDir(QStringLiteral("backup-cancel")), keyring, 1280, 800);
        const QString code = createVault(app);
        addLargeVoiceNotes(app, 32, 2); // 64 MB: long enough to cancel half way
        openBackupFromSettings(app);
        typeInto(app, QStringLiteral("backupPassphraseField"), Passphrase);
        typeInto(app, QStringLiteral("backupRepeatField"), Passphrase);
        app.click(QStringLiteral("backupButton"));
        REQUIRE(answerSecretDialog(app, code));
        answerDialog(app, QStringLiteral("backupSaveDialog"), QStringLiteral("backupSection"),
                     "backUpTo", cancelled);
        // Under way: part of the file written, then Cancel.
        QObject* task = app.services().backup().task();
        REQUIRE(waitUntil([&] { return task->property("progress").toDouble() > 0; }, 30000));
        REQUIRE(task->property("running").toBool());
        CHECK(app.visibleItem(QStringLiteral("backupProgress")));
        app.click(QStringLiteral("backupCancelButton"));
        REQUIRE(waitForTask(app));
        CHECK(textOf(app.require(QStringLiteral("backupResult")))
                  .startsWith(QStringLiteral("Cancelled.")));
        CHECK_FALSE(QFile::exists(cancelled));
        CHECK(filesUnder(folder).isEmpty());

        // The same again, to the end: a backup to restore below.
        app.click(QStringLiteral("backupButton"));
        REQUIRE(answerSecretDialog(app, code));
        answerDialog(app, QStringLiteral("backupSaveDialog"), QStringLiteral("backupSection"),
                     "backUpTo", file);
        REQUIRE(waitForTask(app));
        REQUIRE(QFile::exists(file));
        CHECK_NO_QML_PROBLEMS(app);
    }

    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("backup-cancel-target")), keyring, 1280, 800);
    createVault(app);
    const QMap<QString, QString> empty = vaultDigest(*app.vault().database());
    openBackupFromSettings(app);
    QQuickItem* section = app.require(QStringLiteral("restoreSection"));
    REQUIRE(QMetaObject::invokeMethod(section, "chooseFile",
                                      Q_ARG(QVariant, QVariant(QUrl::fromLocalFile(file)))));
    typeInto(app, QStringLiteral("restoreSecretField"), Passphrase);
    app.click(QStringLiteral("restoreButton"));
    QObject* task = app.services().backup().task();
    const bool started =
        waitUntil([&] { return task->property("progress").toDouble() > 0; }, 30000);
    INFO("restore: " << app.services().backup().errorMessage().toStdString());
    REQUIRE(started);
    REQUIRE(task->property("running").toBool());
    CHECK(app.visibleItem(QStringLiteral("restoreProgress")));
    CHECK_FALSE(app.visibleItem(QStringLiteral("backupProgress")));
    app.click(QStringLiteral("restoreCancelButton"));
    REQUIRE(waitForTask(app));
    CHECK(textOf(app.require(QStringLiteral("restoreResult")))
              .startsWith(QStringLiteral("Cancelled.")));
    CHECK(vaultDigest(*app.vault().database()) == empty);
    CHECK(app.history().count() == 0);
    CHECK_NO_QML_PROBLEMS(app);
}
