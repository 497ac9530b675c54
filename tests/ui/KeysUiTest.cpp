// Passphrase and keys through the real QML, offscreen (Settings > Passphrase and keys): a
// passphrase added and changed, a new recovery code, a rotated vault key; each proven by
// restarting and unlocking with the new secret while the old one is refused. A wrong current
// secret changes no byte of the key envelope.

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/KeyringUnlock.h"
#include "vault/VaultOpener.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <catch2/catch_test_macros.hpp>

using debrief::KeyManagementController;
using debrief::VaultController;
using debrief::VaultError;
using debrief::VaultFiles;
using debrief::VaultKey;
using debrief::VaultOpener;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

const QString FirstPassphrase = QStringLiteral("quiet lake behind the old mill");
const QString SecondPassphrase = QStringLiteral("seven lanterns over a wet harbour");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString envelopePath(const QString& dir)
{
    return VaultFiles(dir).envelopePath();
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

void clickRevealed(AppUnderTest& app, const QString& name)
{
    QQuickItem* item = app.require(name);
    app.reveal(item);
    app.click(item);
}

bool waitIdle(AppUnderTest& app)
{
    KeyManagementController& keys = app.services().keys();
    return waitUntil([&] { return !keys.busy(); }, 60000);
}

void openKeysFromSettings(AppUnderTest& app)
{
    app.click(QStringLiteral("settingsButton"));
    clickRevealed(app, QStringLiteral("settingsKeysButton"));
    app.require(QStringLiteral("keysPage"));
}

// First start with a recovery code; returns the code shown.
QString startWithRecoveryCode(AppUnderTest& app)
{
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    const QString code = textOf(app.require(QStringLiteral("recoveryCodeText")));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    return code;
}

void save(AppUnderTest& app, const QString& text)
{
    app.require(QStringLiteral("captureText"));
    app.type(text);
    app.click(QStringLiteral("saveButton"));
}

// The passphrase form: current secret, the new one twice, the button.
void submitPassphrase(AppUnderTest& app, const QString& current, const QString& next)
{
    typeInto(app, QStringLiteral("passphraseCurrentField"), current);
    typeInto(app, QStringLiteral("newPassphraseField"), next);
    typeInto(app, QStringLiteral("newPassphraseRepeatField"), next);
    clickRevealed(app, QStringLiteral("changePassphraseButton"));
    REQUIRE(waitIdle(app));
    app.settle();
}

// A start without a keyring: unlocks with secret (true) or stays locked with an error.
bool unlocksWith(const QString& dir, const QString& secret)
{
    FakeSecretStore noKeyring;
    noKeyring.setAvailable(false);
    AppUnderTest app(dir, noKeyring);
    REQUIRE(app.waitForState(VaultController::State::Locked));
    QQuickItem* page = app.require(QStringLiteral("unlockPage"));
    app.require(QStringLiteral("secretField"));
    app.type(secret);
    app.key(Qt::Key_Return);
    waitUntil([&] { return !app.vault().busy(); }, 30000);
    app.settle();
    const bool ready = app.vault().state() == VaultController::State::Ready;
    if (!ready) {
        CHECK(app.vault().state() == VaultController::State::Locked);
        CHECK_FALSE(app.vault().errorMessage().isEmpty()); // shown on the unlock page
        CHECK(app.visibleItem(QStringLiteral("unlockPage")) == page);
    }
    CHECK_NO_QML_PROBLEMS(app);
    return ready;
}

const QRegularExpression CodePattern(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$"));

} // namespace

TEST_CASE("A passphrase is added, then changed; only the new one unlocks", "[ui][keys]")
{
    const QString dir = freshDir(QStringLiteral("keys-passphrase"));
    FakeSecretStore keyring;
    QString code;
    {
        AppUnderTest app(dir, keyring);
        code = startWithRecoveryCode(app);
        save(app, QStringLiteral("The budget review ran over and I lost my point."));
        openKeysFromSettings(app);
        CHECK(textOf(app.require(QStringLiteral("changePassphraseButton"))) ==
              QStringLiteral("Add passphrase"));

        // Too short and mismatched are refused before any key derivation.
        submitPassphrase(app, code, QStringLiteral("short"));
        CHECK(textOf(app.require(QStringLiteral("passphraseError"))).contains(QStringLiteral("8")));
        app.services().keys().clearMessages();

        // Added with the recovery code.
        KeyManagementController& keys = app.services().keys();
        for (const char* field :
             {"passphraseCurrentField", "newPassphraseField", "newPassphraseRepeatField"})
            app.all(QLatin1String(field)).constFirst()->setProperty("text", QString());
        submitPassphrase(app, code, FirstPassphrase);
        REQUIRE(keys.errorMessage().isEmpty());
        CHECK(keys.hasPassphrase());
        CHECK_FALSE(textOf(app.require(QStringLiteral("keysResult"))).isEmpty());
        CHECK(textOf(app.require(QStringLiteral("passphraseCurrentField"))).isEmpty());
        CHECK(textOf(app.require(QStringLiteral("changePassphraseButton"))) ==
              QStringLiteral("Change passphrase"));

        // Changed with the passphrase itself; the meter rated the new one.
        typeInto(app, QStringLiteral("newPassphraseField"), SecondPassphrase);
        CHECK(app.require(QStringLiteral("passphraseMeter")) != nullptr);
        CHECK_FALSE(textOf(app.require(QStringLiteral("passphraseMeterLabel"))).isEmpty());
        app.all(QStringLiteral("newPassphraseField")).constFirst()->setProperty("text", QString());
        submitPassphrase(app, FirstPassphrase, SecondPassphrase);
        REQUIRE(keys.errorMessage().isEmpty());
        CHECK(textOf(app.require(QStringLiteral("keysResult")))
                  .contains(QStringLiteral("no longer")));
        CHECK_NO_QML_PROBLEMS(app);
    }
    CHECK_FALSE(unlocksWith(dir, FirstPassphrase));
    CHECK(unlocksWith(dir, SecondPassphrase));
    CHECK(unlocksWith(dir, code)); // the recovery code stays as it was
}

TEST_CASE("A new recovery code is shown once; the old one is refused", "[ui][keys-code]")
{
    const QString dir = freshDir(QStringLiteral("keys-code"));
    FakeSecretStore keyring;
    QString oldCode;
    QString newCode;
    {
        AppUnderTest app(dir, keyring);
        oldCode = startWithRecoveryCode(app);
        openKeysFromSettings(app);
        const QByteArray before = readAll(envelopePath(dir));

        typeInto(app, QStringLiteral("codeCurrentField"), oldCode);
        clickRevealed(app, QStringLiteral("newRecoveryCodeButton"));
        REQUIRE(waitIdle(app));
        newCode = textOf(app.require(QStringLiteral("newRecoveryCodeText")));
        CHECK(CodePattern.match(newCode).hasMatch());
        CHECK(newCode != oldCode);
        // Shown, not yet written: the old code still opens until "I have written it down".
        CHECK(readAll(envelopePath(dir)) == before);
        clickRevealed(app, QStringLiteral("copyNewCodeButton"));
        CHECK(QGuiApplication::clipboard()->text() == newCode);
        QGuiApplication::clipboard()->clear();

        clickRevealed(app, QStringLiteral("confirmNewCodeButton"));
        REQUIRE(waitIdle(app));
        app.settle();
        CHECK(app.services().keys().errorMessage().isEmpty());
        CHECK(app.visibleItem(QStringLiteral("newRecoveryCodeText")) == nullptr);
        CHECK(textOf(app.require(QStringLiteral("keysResult")))
                  .contains(QStringLiteral("no longer")));
        CHECK(readAll(envelopePath(dir)) != before);
        // Nothing of the code is left on screen or in the controller.
        CHECK(app.services().keys().pendingCode().isEmpty());
        CHECK_NO_QML_PROBLEMS(app);
    }
    CHECK_FALSE(unlocksWith(dir, oldCode));
    CHECK(unlocksWith(dir, newCode));
}

TEST_CASE("Rotating the key keeps every entry and the keyring holds the new key",
          "[ui][keys-rotate]")
{
    const QString dir = freshDir(QStringLiteral("keys-rotate"));
    FakeSecretStore keyring;
    QString oldCode;
    QString newCode;
    QByteArray oldKeyHex;
    QString entryName;
    {
        AppUnderTest app(dir, keyring);
        oldCode = startWithRecoveryCode(app);
        save(app, QStringLiteral("Missed the deadline for the grant."));
        save(app, QStringLiteral("Snapped at a colleague in standup."));
        REQUIRE(app.history().rowCount() == 2);
        entryName = debrief::KeyringUnlock::entryName(app.vault().envelope().vaultId());
        REQUIRE(waitUntil([&] { return keyring.contents().contains(entryName); }));
        oldKeyHex = keyring.contents().value(entryName);
        openKeysFromSettings(app);
        submitPassphrase(app, oldCode, FirstPassphrase);
        REQUIRE(app.services().keys().errorMessage().isEmpty());

        // The recovery code is not the way to rotate when there is a passphrase: nothing changes.
        const QByteArray before = readAll(envelopePath(dir));
        typeInto(app, QStringLiteral("rotateCurrentField"), oldCode);
        clickRevealed(app, QStringLiteral("rotateKeyButton"));
        REQUIRE(waitIdle(app));
        app.settle();
        CHECK(textOf(app.require(QStringLiteral("rotateError")))
                  .contains(QStringLiteral("passphrase")));
        CHECK(readAll(envelopePath(dir)) == before);
        app.all(QStringLiteral("rotateCurrentField")).constFirst()->setProperty("text", QString());

        typeInto(app, QStringLiteral("rotateCurrentField"), FirstPassphrase);
        clickRevealed(app, QStringLiteral("rotateKeyButton"));
        REQUIRE(waitIdle(app));
        newCode = textOf(app.require(QStringLiteral("newRecoveryCodeText")));
        CHECK(CodePattern.match(newCode).hasMatch());
        CHECK(readAll(envelopePath(dir)) == before); // nothing before the code is written down
        clickRevealed(app, QStringLiteral("confirmNewCodeButton"));
        REQUIRE(waitIdle(app));
        app.settle();
        INFO(app.services().keys().errorMessage().toStdString());
        REQUIRE(app.services().keys().errorMessage().isEmpty());
        CHECK(
            textOf(app.require(QStringLiteral("keysResult"))).contains(QStringLiteral("new key")));
        CHECK_FALSE(QFile::exists(VaultFiles(dir).pendingEnvelopePath()));

        // The keyring holds the new key; the workspace still reads and writes the vault.
        REQUIRE(waitUntil([&] { return keyring.contents().value(entryName) != oldKeyHex; }));
        CHECK(app.history().rowCount() == 2);
        app.click(QStringLiteral("newReflectionButton"));
        save(app, QStringLiteral("Written after the new key."));
        CHECK(app.history().rowCount() == 3);
        CHECK_NO_QML_PROBLEMS(app);
    }
    // The old key opens nothing; the keyring's new one does.
    VaultOpener opener{VaultFiles(dir)};
    VaultError error;
    CHECK_FALSE(opener.openWithKey(VaultKey::fromHex(oldKeyHex), &error));
    {
        AppUnderTest app(dir, keyring);
        REQUIRE(app.waitForState(VaultController::State::Ready)); // from the keyring, no prompt
        CHECK(app.history().rowCount() == 3);
        CHECK_NO_QML_PROBLEMS(app);
    }
    CHECK(unlocksWith(dir, FirstPassphrase));
    CHECK_FALSE(unlocksWith(dir, oldCode));
    CHECK(unlocksWith(dir, newCode));
}

TEST_CASE("A wrong current secret shows an error and changes nothing", "[ui][keys-wrong]")
{
    const QString dir = freshDir(QStringLiteral("keys-wrong"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring);
    startWithRecoveryCode(app);
    openKeysFromSettings(app);
    const QByteArray before = readAll(envelopePath(dir));
    const QString wrong = QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF");

    submitPassphrase(app, wrong, FirstPassphrase);
    const QString error = textOf(app.require(QStringLiteral("passphraseError")));
    CHECK(error.contains(QStringLiteral("Nothing was changed")));
    for (const char* jargon : {"sqlite", "cipher", "Argon", "0x"})
        CHECK_FALSE(error.contains(QLatin1String(jargon), Qt::CaseInsensitive));

    typeInto(app, QStringLiteral("codeCurrentField"), wrong);
    clickRevealed(app, QStringLiteral("newRecoveryCodeButton"));
    REQUIRE(waitIdle(app));
    app.settle();
    CHECK_FALSE(textOf(app.require(QStringLiteral("codeError"))).isEmpty());
    CHECK(app.visibleItem(QStringLiteral("newRecoveryCodeText")) == nullptr);

    typeInto(app, QStringLiteral("rotateCurrentField"), wrong);
    clickRevealed(app, QStringLiteral("rotateKeyButton"));
    REQUIRE(waitIdle(app));
    app.settle();
    CHECK_FALSE(textOf(app.require(QStringLiteral("rotateError"))).isEmpty());
    CHECK(app.visibleItem(QStringLiteral("newRecoveryCodeText")) == nullptr);

    CHECK(readAll(envelopePath(dir)) == before);
    CHECK_FALSE(QFile::exists(VaultFiles(dir).pendingEnvelopePath()));
    // Three wrong secrets count towards the shared growing delays.
    CHECK(app.services().attempts().failures() == 3);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("With a PIN lock, rotating asks for the PIN too; the PIN still unlocks after",
          "[ui][keys-pin]")
{
    const QString dir = freshDir(QStringLiteral("keys-pin"));
    FakeSecretStore keyring;
    const QString pin = QStringLiteral("604193");
    QString newCode;
    QString entryName;
    {
        AppUnderTest app(dir, keyring);
        const QString code = startWithRecoveryCode(app);
        save(app, QStringLiteral("Forgot the names at the client dinner."));
        entryName = debrief::KeyringUnlock::entryName(app.vault().envelope().vaultId());
        app.services().appLock().turnOnWithPin(pin, pin);
        REQUIRE(waitUntil([&] { return app.services().appLock().enabled(); }, 15000));
        REQUIRE(waitUntil([&] { return !keyring.contents().contains(entryName); }));
        openKeysFromSettings(app);
        const QByteArray before = readAll(envelopePath(dir));

        // The PIN field shows; without the PIN, or with a wrong one, nothing changes.
        typeInto(app, QStringLiteral("rotateCurrentField"), code);
        clickRevealed(app, QStringLiteral("rotateKeyButton"));
        REQUIRE(waitIdle(app));
        CHECK(textOf(app.require(QStringLiteral("rotateError"))).contains(QStringLiteral("PIN")));
        typeInto(app, QStringLiteral("rotatePinField"), QStringLiteral("111111"));
        clickRevealed(app, QStringLiteral("rotateKeyButton"));
        REQUIRE(waitIdle(app));
        app.settle();
        CHECK(textOf(app.require(QStringLiteral("rotateError"))).contains(QStringLiteral("PIN")));
        CHECK(app.visibleItem(QStringLiteral("newRecoveryCodeText")) == nullptr);
        CHECK(readAll(envelopePath(dir)) == before);

        app.all(QStringLiteral("rotatePinField")).constFirst()->setProperty("text", QString());
        typeInto(app, QStringLiteral("rotatePinField"), pin);
        clickRevealed(app, QStringLiteral("rotateKeyButton"));
        REQUIRE(waitIdle(app));
        newCode = textOf(app.require(QStringLiteral("newRecoveryCodeText")));
        clickRevealed(app, QStringLiteral("confirmNewCodeButton"));
        REQUIRE(waitIdle(app));
        app.settle();
        INFO(app.services().keys().errorMessage().toStdString());
        REQUIRE(app.services().keys().errorMessage().isEmpty());
        CHECK(readAll(envelopePath(dir)) != before);
        // The lock is on: the new key stays out of the keyring too.
        CHECK_FALSE(keyring.contents().contains(entryName));
        CHECK(app.history().rowCount() == 1);
        CHECK_NO_QML_PROBLEMS(app);
    }
    {
        // A restart asks for the PIN, which opens the rotated vault.
        AppUnderTest app(dir, keyring);
        REQUIRE(app.waitForState(VaultController::State::Locked));
        QQuickItem* field = app.require(QStringLiteral("pinField"));
        app.click(field);
        app.type(pin);
        app.key(Qt::Key_Return);
        REQUIRE(app.waitForState(VaultController::State::Ready));
        CHECK(app.history().rowCount() == 1);
        CHECK_NO_QML_PROBLEMS(app);
    }
    // The new recovery code opens the rotated vault too.
    VaultOpener opener{VaultFiles(dir)};
    VaultError error;
    CHECK(opener.openWithSecret(newCode, &error));
}
