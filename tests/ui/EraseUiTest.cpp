// Erase everything and the privacy page in the real QML, offscreen (label ui). Erase is asked
// twice (what goes, then the recovery code again): Cancel at either step and a wrong code leave
// every entry; the right code erases them all, every list and the reminders follow (the OS's
// scheduled notifications cancelled), the Undo copy of a delete is gone, and the vault goes on.
// The privacy page, from Settings and from the first start, says the key things in plain words
// and shows the real data folder.

#include "AppUnderTest.h"
#include "ConfirmSecretSupport.h"
#include "ShareUiSupport.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/ReflectionStore.h"

#include <QDir>
#include <QLocale>
#include <catch2/catch_test_macros.hpp>

using debrief::VaultController;
using debrief::VaultError;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

void openSettings(AppUnderTest& app)
{
    app.click(QStringLiteral("settingsButton"));
    app.require(QStringLiteral("settingsPage"));
}

// Settings > Erase everything…, to the first confirmation.
void askErase(AppUnderTest& app)
{
    if (!app.visibleItem(QStringLiteral("settingsPage")))
        openSettings(app);
    revealAndClick(app, QStringLiteral("settingsEraseButton"));
    REQUIRE(dialogVisible(app, QStringLiteral("eraseConfirmDialog")));
}

qint64 reflectionsInVault(AppUnderTest& app)
{
    VaultError error;
    const qint64 count = debrief::ReflectionStore(*app.vault().database()).count(&error);
    REQUIRE_FALSE(error);
    return count;
}

} // namespace

TEST_CASE("Erase everything asks twice; Cancel and a wrong code keep every entry; the right "
          "code empties history, lists and reminders, and the vault goes on",
          "[ui][erase]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    ManualClock clock;
    TestPlatform platform(clock);
    AppUnderTest app(freshDir(QStringLiteral("erase-ui")), keyring, 1280, 800, {}, &platform);
    const QString code = createVault(app);
    plant(app, 3, QStringLiteral("EraseUi"));
    // One written in the app: reminders are planned for it.
    const qint64 written = app.entries().add(QStringLiteral("The launch slipped again"));
    REQUIRE(written > 0);
    REQUIRE(waitUntil([&] { return app.history().count() == 4; }));
    REQUIRE(waitUntil([&] { return !platform.scheduler.scheduled().isEmpty(); }));
    // The first reminder comes and stays on screen.
    QDateTime first;
    for (const auto& nudge : platform.scheduler.scheduled()) {
        if (!first.isValid() || nudge.atUtc < first)
            first = nudge.atUtc;
    }
    clock.setNow(first);
    platform.scheduler.advanceTo(first);
    REQUIRE(waitUntil([&] { return !platform.notifier.shown().isEmpty(); }));
    const QString shownKey = platform.notifier.shown().constFirst().key;
    app.services().lessons().refresh();
    REQUIRE(app.services().lessons().rowCount() > 0);
    // A delete with its Undo on offer: a copy of that entry lives in memory.
    REQUIRE(app.entries().remove(written));
    REQUIRE(app.entries().canUndoRemove());
    REQUIRE(waitUntil([&] { return app.history().count() == 3; }));

    // First step: what goes and what stays; Cancel keeps everything.
    askErase(app);
    CHECK(textOf(app.require(QStringLiteral("eraseWhatGoes")))
              .contains(QStringLiteral("every reflection and voice note")));
    CHECK(textOf(app.require(QStringLiteral("eraseWhatStays")))
              .contains(QStringLiteral("passphrase or recovery code")));
    app.click(QStringLiteral("eraseConfirmCancel"));
    CHECK(waitUntil([&] { return !dialogVisible(app, QStringLiteral("eraseConfirmDialog")); }));
    CHECK(app.visibleItem(QStringLiteral("confirmSecretField")) == nullptr);
    CHECK(reflectionsInVault(app) == 3);

    // Second step: Cancel there keeps everything too.
    askErase(app);
    app.click(QStringLiteral("eraseConfirmContinue"));
    cancelSecretDialog(app);
    CHECK_FALSE(app.services().privacy().task()->running());
    CHECK(reflectionsInVault(app) == 3);

    // A wrong code: said so, nothing erased, the dialog still asks.
    askErase(app);
    app.click(QStringLiteral("eraseConfirmContinue"));
    CHECK_FALSE(answerSecretDialog(app, QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")));
    CHECK_FALSE(textOf(app.require(QStringLiteral("confirmSecretError"))).isEmpty());
    CHECK_FALSE(app.services().privacy().task()->running());
    CHECK(reflectionsInVault(app) == 3);
    CHECK(app.history().count() == 3);
    cancelSecretDialog(app);

    // The right code: everything goes.
    REQUIRE_FALSE(platform.notifier.withdrawn().contains(shownKey));
    askErase(app);
    app.click(QStringLiteral("eraseConfirmContinue"));
    REQUIRE(answerSecretDialog(app, code));
    REQUIRE(waitForTask(app, *app.services().privacy().task()));
    INFO(app.services().privacy().errorMessage().toStdString());
    CHECK(textOf(app.require(QStringLiteral("eraseResult")))
              .startsWith(QStringLiteral("Everything was erased")));
    CHECK(reflectionsInVault(app) == 0);
    CHECK(app.history().count() == 0);
    CHECK(app.services().lessons().rowCount() == 0);
    CHECK(app.services().experiments().rowCount() == 0);
    CHECK_FALSE(app.entries().canUndoRemove());
    CHECK(app.entries().undoRemove() == 0);
    REQUIRE(waitUntil([&] { return platform.scheduler.scheduled().isEmpty(); }));
    CHECK(platform.notifier.withdrawn().contains(shownKey));
    CHECK(app.vault().state() == VaultController::State::Ready);
    app.click(QStringLiteral("closeEraseButton"));
    REQUIRE(waitUntil([&] { return !dialogVisible(app, QStringLiteral("eraseStatusDialog")); }));
    // A fresh start on screen, nothing erased shown.
    CHECK(app.visibleItem(QStringLiteral("capturePage")));
    CHECK(app.visibleItem(QStringLiteral("historyEmptyVault")));

    // The vault goes on.
    const qint64 fresh = app.entries().add(QStringLiteral("A fresh start"));
    CHECK(fresh > 0);
    REQUIRE(waitUntil([&] { return app.history().count() == 1; }));
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("The privacy page, from Settings and from the first start, says what is kept where "
          "and how, in plain words",
          "[ui][privacy-page]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    const QString dir = freshDir(QStringLiteral("privacy-page"));
    AppUnderTest app(dir, keyring, 1280, 800);
    const QString folder = QDir::toNativeSeparators(QDir(dir).absolutePath());
    const auto pageText = [&app] {
        QStringList texts;
        QObject* page = app.require(QStringLiteral("privacyPage"));
        for (QQuickItem* item : page->findChildren<QQuickItem*>()) {
            const QString text = textOf(item);
            if (item->isVisible() && !text.isEmpty())
                texts.append(text);
        }
        return texts.join(QLatin1Char('\n'));
    };
    const auto checkSentences = [&](const QString& text) {
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("encrypted with SQLCipher (AES-256)")));
        CHECK(text.contains(QStringLiteral("system keyring")));
        CHECK(text.contains(QStringLiteral("Argon2id")));
        CHECK(text.contains(QStringLiteral("cannot be recalled")));
        CHECK(text.contains(QStringLiteral("Markdown and PDF exports are NOT encrypted")));
        CHECK(text.contains(QStringLiteral("never connects to the internet")));
        CHECK(text.contains(QStringLiteral("no analytics")));
        CHECK(text.contains(QStringLiteral("never what you wrote")));
        CHECK(text.contains(QStringLiteral("Erase everything")));
    };

    // First start: the link opens it before anything is written.
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("setupPrivacyLink"));
    app.settle();
    checkSentences(pageText());
    CHECK(textOf(app.require(QStringLiteral("privacyDataFolder"))) == folder);
    app.click(QStringLiteral("closePrivacyButton"));
    REQUIRE(waitUntil([&] { return app.visibleItem(QStringLiteral("privacyPage")) == nullptr; }));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));

    // Settings > Privacy…
    openSettings(app);
    revealAndClick(app, QStringLiteral("settingsPrivacyButton"));
    app.require(QStringLiteral("privacyPage"));
    checkSentences(pageText());
    CHECK(textOf(app.require(QStringLiteral("privacyDataFolder"))) == folder);
    CHECK(textOf(app.require(QStringLiteral("privacySettingsFile")))
              .endsWith(QStringLiteral("settings.ini")));
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("When Undo is no longer offered, the deleted entry's copy in memory goes too",
          "[ui][erase]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("undo-window")), keyring, 1280, 800);
    createVault(app);
    const qint64 first = app.entries().add(QStringLiteral("The pitch ran long"));
    const qint64 second = app.entries().add(QStringLiteral("Missed the train"));
    REQUIRE(first > 0);
    REQUIRE(second > 0);
    REQUIRE(waitUntil([&] { return app.history().count() == 2; }));
    const auto deleteThroughPage = [&app](qint64 id) {
        QQuickItem* row = app.require(QStringLiteral("historyRow_%1").arg(app.history().rowOf(id)));
        app.click(row);
        revealAndClick(app, QStringLiteral("deleteButton")); // Undo stands in for asking
        REQUIRE(waitUntil([&] { return app.history().rowOf(id) < 0; }));
        app.settle();
        CHECK(textOf(app.require(QStringLiteral("snackbarMessage"))) ==
              QStringLiteral("Reflection deleted."));
    };

    // Two deletes in a row: the second one's Undo is on offer, and kept while it is.
    deleteThroughPage(first);
    deleteThroughPage(second);
    CHECK(app.entries().canUndoRemove());
    // The message goes by itself: the copy goes with it, Undo has nothing left.
    QObject* snackbar = app.all(QStringLiteral("snackbar")).value(0);
    REQUIRE(snackbar);
    CHECK(snackbar->property("shown").toBool());
    REQUIRE(waitUntil([&] { return !snackbar->property("shown").toBool(); }, 20000));
    CHECK_FALSE(app.entries().canUndoRemove());
    CHECK(app.entries().undoRemove() == 0);
    CHECK(app.history().count() == 0);
    CHECK_NO_QML_PROBLEMS(app);
}
