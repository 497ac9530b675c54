// The app lock (SECURITY.md AU-1, AU-2, LK-4) through the real QML: turned on with a PIN, Lock
// now leaves only the unlock page (no content in any visible item, no connection, empty
// models), the PIN opens again, a restart asks for it (the key is not in the keyring), wrong
// PINs earn a wait, the recovery code opens, auto-lock after the idle time and in the background
// (where the window hides its contents), and turning the lock off asks again and puts the key
// back in the keyring.

#include "AppUnderTest.h"
#include "ConfirmSecretSupport.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/KeyringUnlock.h"

#include <QTest>
#include <catch2/catch_test_macros.hpp>

using debrief::AppLockController;
using debrief::KeyringUnlock;
using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

const QString Pin = QStringLiteral("271828");
const QString Marker = QStringLiteral("Zebraquokka lock marker");
const QString Unsaved = QStringLiteral("Unsaved quokkazebra words");

void typeInto(AppUnderTest& app, const QString& field, const QString& text)
{
    QQuickItem* item = app.require(field);
    app.reveal(item);
    app.click(item);
    REQUIRE(item->hasActiveFocus());
    app.type(text);
    app.settle();
}

// Every visible item whose text shows needle (text fields, labels, list rows, popups).
QStringList visibleTextsWith(QQuickItem* root, const QString& needle)
{
    QStringList found;
    if (!root)
        return found;
    if (root->isVisible() && textOf(root).contains(needle))
        found.append(root->objectName() + QLatin1Char(':') + textOf(root));
    for (QQuickItem* child : root->childItems())
        found += visibleTextsWith(child, needle);
    return found;
}

// Locked: the unlock page is the only page; nothing of the vault is open or shown.
void requireNothingShown(AppUnderTest& app)
{
    REQUIRE(app.waitForState(VaultController::State::Locked));
    app.require(QStringLiteral("unlockPage"));
    CHECK(app.visibleItem(QStringLiteral("workspace")) == nullptr);
    CHECK(app.all(QStringLiteral("capturePage")).isEmpty());
    CHECK(app.all(QStringLiteral("historyList")).isEmpty());
    for (const QString& text : {Marker, Unsaved}) {
        const QStringList shown = visibleTextsWith(app.window()->contentItem(), text);
        INFO(shown.join(QLatin1Char('\n')).toStdString());
        CHECK(shown.isEmpty());
    }
    CHECK(app.vault().database() == nullptr);
    CHECK(app.services().store() == nullptr);
    CHECK(app.services().audioStore() == nullptr);
    CHECK(app.services().loopStore() == nullptr);
    CHECK(app.history().rowCount() == 0);
    CHECK(app.services().lessons().rowCount() == 0);
    CHECK(app.services().experiments().rowCount() == 0);
    CHECK_FALSE(app.vault().copyKey().isValid());
}

void unlockWithPin(AppUnderTest& app, const QString& pin)
{
    QQuickItem* field = app.require(QStringLiteral("pinField"));
    app.click(field);
    app.key(Qt::Key_A, Qt::ControlModifier);
    app.type(pin);
    app.key(Qt::Key_Return);
}

bool keyInKeyring(FakeSecretStore& keyring, const QString& vaultId)
{
    return keyring.contents().contains(KeyringUnlock::entryName(vaultId));
}

void openSettings(AppUnderTest& app)
{
    app.click(QStringLiteral("settingsButton"));
    app.require(QStringLiteral("settingsPage"));
}

} // namespace

TEST_CASE("The app lock with a PIN: lock, unlock, restart, waits, recovery code, auto-lock, off",
          "[ui][applock]")
{
    const QString dir = freshDir(QStringLiteral("applock"));
    FakeSecretStore keyring;
    ManualClock clock;
    TestPlatform platform(clock);
    QString code;
    QString vaultId;
    {
        AppUnderTest app(dir, keyring, 1280, 800, {}, &platform);
        REQUIRE(app.waitForState(VaultController::State::FirstStart));
        code = textOf(app.require(QStringLiteral("recoveryCodeText")));
        app.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(app.waitForState(VaultController::State::Ready));
        vaultId = app.vault().envelope().vaultId();
        REQUIRE(waitUntil([&] { return keyInKeyring(keyring, vaultId); }));
        app.type(Marker);
        app.click(QStringLiteral("saveButton"));
        REQUIRE(app.history().rowCount() == 1);

        // Settings > Security and privacy: a PIN, typed twice.
        openSettings(app);
        app.reveal(app.require(QStringLiteral("securitySection")));
        CHECK(app.visibleItem(QStringLiteral("lockNowButton")) == nullptr); // lock is off
        app.click(QStringLiteral("lockKindPin"));
        typeInto(app, QStringLiteral("lockSecretField"), Pin);
        typeInto(app, QStringLiteral("lockRepeatField"), Pin);
        app.click(QStringLiteral("lockTurnOnButton"));
        REQUIRE(waitUntil([&] { return app.services().appLock().enabled(); }, 15000));
        CHECK(app.services().appLock().usesPin());
        CHECK(app.vault().envelope().hasSecret(debrief::KeyEnvelope::SecretKind::Pin));
        // Bound to the key: the vault key left the keyring; the PIN's pepper is there.
        CHECK_FALSE(keyInKeyring(keyring, vaultId));
        CHECK(keyring.contents().contains(KeyringUnlock::pinPepperName(vaultId)));
        app.require(QStringLiteral("settingsLockNowButton"));

        // Text being written when the lock comes is saved first, then nothing shows.
        app.key(Qt::Key_Escape);
        app.require(QStringLiteral("capturePage"));
        typeInto(app, QStringLiteral("captureText"), Unsaved);
        app.key(Qt::Key_L, Qt::ControlModifier);
        requireNothingShown(app);
        CHECK(app.visibleItem(QStringLiteral("pinField")) != nullptr);
        CHECK(app.visibleItem(QStringLiteral("secretField")) == nullptr);

        // The PIN opens it again, with both reflections.
        unlockWithPin(app, Pin);
        REQUIRE(app.waitForState(VaultController::State::Ready));
        REQUIRE(app.history().rowCount() == 2);
        CHECK(app.vault().database() != nullptr);
        CHECK_FALSE(keyInKeyring(keyring, vaultId));
        // The toolbar's Lock.
        app.click(QStringLiteral("lockNowButton"));
        requireNothingShown(app);
        CHECK_NO_QML_PROBLEMS(app);
    }

    // A restart asks for the PIN: the key is not in the keyring, and that is no error.
    AppUnderTest app(dir, keyring, 1280, 800, {}, &platform);
    REQUIRE(app.waitForState(VaultController::State::Locked));
    CHECK(app.vault().errorMessage().isEmpty());
    app.require(QStringLiteral("pinField"));
    CHECK(app.visibleItem(QStringLiteral("unlockWait")) == nullptr);

    // Wrong PINs: three are free, the fourth earns a wait; during it the right PIN is refused.
    const auto before = keyring.contents();
    for (int i = 0; i < 4; ++i) {
        unlockWithPin(app, QStringLiteral("000000"));
        REQUIRE(app.waitForState(VaultController::State::Locked));
    }
    CHECK(app.vault().waitSeconds() == 5);
    CHECK(app.vault().errorMessage().contains(QLatin1String("PIN")));
    QQuickItem* wait = app.require(QStringLiteral("unlockWait"));
    CHECK(textOf(wait).contains(QLatin1String("5")));
    CHECK_FALSE(app.require(QStringLiteral("unlockButton"))->isEnabled());
    app.vault().unlockWithPin(Pin);
    QTest::qWait(200);
    CHECK(app.vault().state() == VaultController::State::Locked);
    CHECK_FALSE(app.vault().busy());
    CHECK(keyring.contents() == before); // a wrong secret changes nothing
    clock.advanceSecs(5);
    REQUIRE(waitUntil([&] { return app.vault().waitSeconds() == 0; }, 3000));
    CHECK(app.require(QStringLiteral("unlockButton"))->isEnabled());

    // The recovery code opens it too.
    app.click(QStringLiteral("useRecoveryCodeButton"));
    typeInto(app, QStringLiteral("secretField"), code);
    app.key(Qt::Key_Return);
    REQUIRE(app.waitForState(VaultController::State::Ready));
    REQUIRE(app.history().rowCount() == 2);
    CHECK_FALSE(keyInKeyring(keyring, vaultId)); // the lock is still on

    // Auto-lock after the chosen time without input (default 5 minutes).
    CHECK(app.services().appLock().autoLockMinutes() == AppLockController::DefaultAutoLockMinutes);
    app.services().autoLock().setCheckIntervalMs(20);
    clock.advanceSecs(4 * 60);
    QTest::qWait(100);
    CHECK(app.vault().state() == VaultController::State::Ready);
    clock.advanceSecs(61);
    requireNothingShown(app);

    // In the background the window hides its contents (LK-4), and the chosen time there locks.
    unlockWithPin(app, Pin);
    REQUIRE(app.waitForState(VaultController::State::Ready));
    CHECK(app.visibleItem(QStringLiteral("privacyCover")) == nullptr);
    app.services().setApplicationState(Qt::ApplicationHidden);
    QQuickItem* cover = app.require(QStringLiteral("privacyCover"));
    CHECK(cover->width() == app.window()->width());
    CHECK(cover->height() == app.window()->height());
    clock.advanceSecs(5 * 60 + 1);
    requireNothingShown(app);
    app.services().setApplicationState(Qt::ApplicationActive);
    CHECK(app.visibleItem(QStringLiteral("privacyCover")) == nullptr);

    // Turning the lock off asks for the secret again; then the key is back in the keyring.
    unlockWithPin(app, Pin);
    REQUIRE(app.waitForState(VaultController::State::Ready));
    openSettings(app);
    QQuickItem* off = app.require(QStringLiteral("lockTurnOffButton"));
    app.reveal(off);
    app.click(off);
    CHECK_FALSE(answerSecretDialog(app, QStringLiteral("999999")));
    CHECK(app.services().appLock().enabled()); // a wrong secret changes nothing
    CHECK(keyring.contents() == before);
    REQUIRE(answerSecretDialog(app, Pin)); // the lock's PIN is a current secret too
    REQUIRE(waitUntil([&] { return !app.services().appLock().enabled(); }, 15000));
    REQUIRE(waitUntil([&] { return keyInKeyring(keyring, vaultId); }));
    CHECK_FALSE(keyring.contents().contains(KeyringUnlock::pinPepperName(vaultId)));
    CHECK_FALSE(app.vault().envelope().hasSecret(debrief::KeyEnvelope::SecretKind::Pin));
    CHECK(app.visibleItem(QStringLiteral("lockNowButton")) == nullptr);
    CHECK_NO_QML_PROBLEMS(app);

    // And a restart opens from the keyring again, without asking.
    AppUnderTest again(dir, keyring, 1280, 800, {}, &platform);
    REQUIRE(again.waitForState(VaultController::State::Ready));
    CHECK(again.history().rowCount() == 2);
}

TEST_CASE("The app lock with a passphrase; no PIN is offered without a keyring", "[ui][applock]")
{
    const QString dir = freshDir(QStringLiteral("applock-passphrase"));
    FakeSecretStore keyring;
    keyring.setAvailable(false);
    const QString passphrase = QStringLiteral("quiet harbour at dawn");
    AppUnderTest app(dir, keyring);
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    app.type(Marker);
    app.click(QStringLiteral("saveButton"));
    REQUIRE(app.history().rowCount() == 1);

    // No keyring: no place for a PIN's pepper, so only a passphrase; the vault had none yet,
    // so it is typed twice.
    openSettings(app);
    app.reveal(app.require(QStringLiteral("securitySection")));
    CHECK_FALSE(app.services().appLock().pinOffered());
    CHECK(app.visibleItem(QStringLiteral("lockKindPin")) == nullptr);
    typeInto(app, QStringLiteral("lockSecretField"), passphrase);
    typeInto(app, QStringLiteral("lockRepeatField"), passphrase + QStringLiteral("!"));
    app.click(QStringLiteral("lockTurnOnButton"));
    CHECK_FALSE(textOf(app.require(QStringLiteral("appLockError"))).isEmpty());
    CHECK_FALSE(app.services().appLock().enabled());
    QQuickItem* repeat = app.require(QStringLiteral("lockRepeatField"));
    app.click(repeat);
    app.key(Qt::Key_A, Qt::ControlModifier);
    app.type(passphrase);
    app.click(QStringLiteral("lockTurnOnButton"));
    REQUIRE(waitUntil([&] { return app.services().appLock().enabled(); }, 15000));
    CHECK_FALSE(app.services().appLock().usesPin());
    CHECK(app.vault().envelope().hasSecret(debrief::KeyEnvelope::SecretKind::Passphrase));

    // The settings show the time choice; 15 minutes is remembered in the settings file.
    QQuickItem* minutes = app.require(QStringLiteral("autoLockChoice"));
    app.reveal(minutes);
    app.click(minutes);
    app.click(QStringLiteral("autoLockOption_2"));
    CHECK(app.services().appLock().autoLockMinutes() == 15);
    auto* popup = minutes->property("popup").value<QObject*>();
    REQUIRE(popup);
    REQUIRE(waitUntil([&] { return !popup->property("visible").toBool(); }));

    app.click(QStringLiteral("settingsLockNowButton"));
    requireNothingShown(app);
    CHECK(app.visibleItem(QStringLiteral("pinField")) == nullptr);
    CHECK(app.visibleItem(QStringLiteral("useRecoveryCodeButton")) == nullptr);
    typeInto(app, QStringLiteral("secretField"), QStringLiteral("not the passphrase"));
    app.key(Qt::Key_Return);
    REQUIRE(app.waitForState(VaultController::State::Locked));
    CHECK(app.history().rowCount() == 0);
    app.click(app.require(QStringLiteral("secretField")));
    app.key(Qt::Key_A, Qt::ControlModifier);
    app.type(passphrase);
    app.key(Qt::Key_Return);
    REQUIRE(app.waitForState(VaultController::State::Ready));
    CHECK(app.history().rowCount() == 1);
    CHECK_NO_QML_PROBLEMS(app);
}
