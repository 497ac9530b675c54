// The real QML, offscreen: first start with a recovery code, capture with the button and with
// Ctrl+Enter, history, edit, delete and undo; the history model checked by
// QAbstractItemModelTester throughout.

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using debrief::HistoryModel;
using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

QString firstLineAt(HistoryModel& model, int row)
{
    return model.data(model.index(row), HistoryModel::FirstLineRole).toString();
}

qint64 idAt(HistoryModel& model, int row)
{
    return model.data(model.index(row), HistoryModel::IdRole).toLongLong();
}

// True when some item under root shows exactly this text.
bool showsText(QQuickItem* root, const QString& text)
{
    if (!root)
        return false;
    if (root->isVisible() && textOf(root) == text)
        return true;
    for (QQuickItem* child : root->childItems()) {
        if (showsText(child, text))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("First start: recovery code, capture, history, edit, delete and undo", "[ui][flow]")
{
    const QString dir = freshDir(QStringLiteral("flow"));
    FakeSecretStore secrets;
    AppUnderTest app(dir, secrets);
    QAbstractItemModelTester tester(&app.history(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The setup page shows a one-time recovery code; nothing is on disk yet.
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.require(QStringLiteral("setupPage"));
    const QString code = textOf(app.require(QStringLiteral("recoveryCodeText")));
    CHECK(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$"))
              .match(code)
              .hasMatch());
    CHECK(filesUnder(dir).isEmpty());

    // "I have saved it" creates the vault and remembers the key in the keyring.
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    CHECK(waitUntil([&] { return !secrets.contents().isEmpty(); }));
    CHECK(app.visibleItem(QStringLiteral("setupPage")) == nullptr);

    // Writing starts at once: the capture field has the keyboard.
    QQuickItem* capture = app.require(QStringLiteral("captureText"));
    REQUIRE(waitUntil([&] { return capture->hasActiveFocus(); }));
    CHECK_FALSE(app.require(QStringLiteral("saveButton"))->isEnabled());

    // Typed with real key events, saved with the Save button.
    const QString pitch = QStringLiteral("The Northwind pitch fell flat.\n"
                                         "They asked about pricing and I had no answer ready.");
    app.type(pitch);
    CHECK(textOf(capture) == pitch);
    app.click(QStringLiteral("saveButton"));
    CHECK(textOf(capture).isEmpty());
    REQUIRE(app.history().rowCount() == 1);
    CHECK(firstLineAt(app.history(), 0) == QStringLiteral("The Northwind pitch fell flat."));
    CHECK(textOf(app.require(QStringLiteral("snackbarMessage"))).contains(QStringLiteral("Saved")));
    CHECK(capture->hasActiveFocus());

    // The second one with Ctrl+Enter.
    const QString train = QStringLiteral("Missed the train to the offsite.");
    app.type(train);
    app.key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(textOf(capture).isEmpty());
    REQUIRE(app.history().rowCount() == 2);
    CHECK(firstLineAt(app.history(), 0) == train); // newest first
    CHECK(firstLineAt(app.history(), 1) == QStringLiteral("The Northwind pitch fell flat."));

    // Both are in the list beside the capture page, newest first.
    QQuickItem* list = app.require(QStringLiteral("historyList"));
    REQUIRE(waitUntil([&] { return list->property("count").toInt() == 2; }));
    CHECK(showsText(app.require(QStringLiteral("historyRow_0"), list), train));
    CHECK(showsText(app.require(QStringLiteral("historyRow_1"), list),
                    QStringLiteral("The Northwind pitch fell flat.")));

    // Open the older one from the list: the whole text is there to edit.
    const qint64 pitchId = idAt(app.history(), 1);
    app.click(app.require(QStringLiteral("historyRow_1"), list));
    app.require(QStringLiteral("entryPage"));
    QQuickItem* entryText = app.require(QStringLiteral("entryText"));
    CHECK(textOf(entryText) == pitch);
    CHECK_FALSE(app.require(QStringLiteral("saveChangesButton"))->isEnabled());

    // Edit the first line with the keyboard and save: the list follows.
    app.click(entryText);
    app.key(Qt::Key_Home, Qt::ControlModifier);
    app.type(QStringLiteral("Lesson: "));
    app.click(QStringLiteral("saveChangesButton"));
    CHECK(firstLineAt(app.history(), 1) ==
          QStringLiteral("Lesson: The Northwind pitch fell flat."));
    CHECK(app.entries().load(pitchId).value(QStringLiteral("text")).toString() ==
          QStringLiteral("Lesson: ") + pitch);
    CHECK_FALSE(app.require(QStringLiteral("saveChangesButton"))->isEnabled());
    CHECK(showsText(app.require(QStringLiteral("historyRow_1"), list),
                    QStringLiteral("Lesson: The Northwind pitch fell flat.")));

    // Delete it: gone from the model and the list, the capture page is back.
    app.click(QStringLiteral("deleteButton"));
    REQUIRE(app.history().rowCount() == 1);
    CHECK(app.history().rowOf(pitchId) == -1);
    CHECK(waitUntil([&] { return list->property("count").toInt() == 1; }));
    app.require(QStringLiteral("capturePage"));
    CHECK(textOf(app.require(QStringLiteral("snackbarMessage"))) ==
          QStringLiteral("Reflection deleted."));

    // Undo brings it back with the same id, in the same place, and opens it.
    QQuickItem* undo = app.require(QStringLiteral("snackbarAction"));
    CHECK(textOf(undo) == QStringLiteral("Undo"));
    app.click(undo);
    REQUIRE(app.history().rowCount() == 2);
    CHECK(app.history().rowOf(pitchId) == 1);
    CHECK(idAt(app.history(), 1) == pitchId);
    CHECK(firstLineAt(app.history(), 1) ==
          QStringLiteral("Lesson: The Northwind pitch fell flat."));
    CHECK(textOf(app.require(QStringLiteral("entryText"))) == QStringLiteral("Lesson: ") + pitch);
    CHECK_FALSE(app.entries().canUndoRemove());

    // Privacy (SECURITY.md ST-1, ST-3, LK-1): after the whole session nothing the person typed,
    // nor the recovery code, is in any file the app wrote under HOME, the XDG dirs or TMPDIR
    // (QML and shader caches, settings, the vault folder), in UTF-8 or UTF-16.
    const QString sandbox = qEnvironmentVariable("DEBRIEF_TEST_SANDBOX");
    REQUIRE_FALSE(sandbox.isEmpty());
    REQUIRE(dir.startsWith(sandbox));
    for (const QString& secret : {QStringLiteral("Northwind"), QStringLiteral("offsite"),
                                  QStringLiteral("Lesson: "), code, QString(code).remove(u'-')}) {
        CAPTURE(secret);
        CHECK(filesContaining(sandbox, secret.toUtf8()).isEmpty());
        const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
        CHECK(filesContaining(sandbox, utf16).isEmpty());
    }
    QFile vault(dir + QStringLiteral("/vault.db"));
    REQUIRE(vault.open(QIODevice::ReadOnly));
    CHECK_FALSE(vault.read(16).startsWith("SQLite format 3"));

    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Second start opens from the keyring; without one the unlock page asks", "[ui][unlock]")
{
    const QString dir = freshDir(QStringLiteral("unlock"));
    FakeSecretStore keyring;
    QString code;
    {
        AppUnderTest first(dir, keyring);
        REQUIRE(first.waitForState(VaultController::State::FirstStart));
        code = textOf(first.require(QStringLiteral("recoveryCodeText")));
        first.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(first.waitForState(VaultController::State::Ready));
        first.type(QStringLiteral("The demo crashed in front of the client."));
        first.click(QStringLiteral("saveButton"));
        first.type(QStringLiteral("I froze when they asked about the timeline."));
        first.click(QStringLiteral("saveButton"));
        REQUIRE(first.history().rowCount() == 2);
        REQUIRE(waitUntil([&] { return keyring.writes() > 0; }));
        CHECK_NO_QML_PROBLEMS(first);
    }

    SECTION("with the keyring: straight to the reflections, no prompt")
    {
        QList<VaultController::State> states;
        AppUnderTest second(dir, keyring, 1280, 800, [&](debrief::AppServices& services) {
            VaultController* vault = &services.vault();
            QObject::connect(vault, &VaultController::stateChanged,
                             [&states, vault] { states.append(vault->state()); });
        });
        REQUIRE(second.waitForState(VaultController::State::Ready));
        CHECK(states == QList<VaultController::State>{VaultController::State::Ready});
        CHECK(second.visibleItem(QStringLiteral("unlockPage")) == nullptr);
        REQUIRE(second.history().rowCount() == 2);
        CHECK(firstLineAt(second.history(), 0) ==
              QStringLiteral("I froze when they asked about the timeline."));
        QQuickItem* capture = second.require(QStringLiteral("captureText"));
        CHECK(waitUntil([&] { return capture->hasActiveFocus(); }));
        CHECK_NO_QML_PROBLEMS(second);
    }

    SECTION("without a keyring: a wrong secret stays locked, the recovery code opens it")
    {
        FakeSecretStore noKeyring;
        noKeyring.setAvailable(false);
        AppUnderTest third(dir, noKeyring);
        REQUIRE(third.waitForState(VaultController::State::Locked));
        QQuickItem* page = third.require(QStringLiteral("unlockPage"));
        CHECK_FALSE(third.vault().keyringAvailable());
        CHECK(third.visibleItem(QStringLiteral("errorBanner"), page) == nullptr);
        QQuickItem* secret = third.require(QStringLiteral("secretField"));
        REQUIRE(waitUntil([&] { return secret->hasActiveFocus(); }));

        third.type(QStringLiteral("not my code"));
        third.click(QStringLiteral("unlockButton"));
        REQUIRE(third.waitForState(VaultController::State::Locked));
        const QString error = textOf(third.require(QStringLiteral("errorBanner"), page));
        CHECK_FALSE(error.isEmpty());
        // Plain words, nothing technical.
        for (const char* jargon : {"sqlite", "SQL", "cipher", "errno", "0x", "Argon"})
            CHECK_FALSE(error.contains(QLatin1String(jargon), Qt::CaseInsensitive));
        CHECK(third.history().rowCount() == 0);

        // The code is forgiving of case and spacing; Enter submits.
        third.click(secret);
        third.key(Qt::Key_A, Qt::ControlModifier);
        third.type(code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        third.key(Qt::Key_Return);
        REQUIRE(third.waitForState(VaultController::State::Ready));
        REQUIRE(third.history().rowCount() == 2);
        CHECK(firstLineAt(third.history(), 1) ==
              QStringLiteral("The demo crashed in front of the client."));
        CHECK(third.visibleItem(QStringLiteral("workspaceNotice")) != nullptr); // "no keyring"
        CHECK_NO_QML_PROBLEMS(third);
    }
}

TEST_CASE("First start with a passphrase: too short and mismatched are refused", "[ui][passphrase]")
{
    const QString dir = freshDir(QStringLiteral("passphrase"));
    FakeSecretStore keyring;
    keyring.setAvailable(false);
    {
        AppUnderTest app(dir, keyring);
        REQUIRE(app.waitForState(VaultController::State::FirstStart));
        QQuickItem* page = app.require(QStringLiteral("setupPage"));
        app.click(QStringLiteral("usePassphraseButton"));
        CHECK(app.visibleItem(QStringLiteral("recoveryCodeText")) == nullptr);
        QQuickItem* first = app.require(QStringLiteral("passphraseField"));
        QQuickItem* second = app.require(QStringLiteral("passphraseRepeatField"));

        const auto fill = [&](const QString& a, const QString& b) {
            app.click(first);
            app.key(Qt::Key_A, Qt::ControlModifier);
            app.type(a);
            app.click(second);
            app.key(Qt::Key_A, Qt::ControlModifier);
            app.type(b);
            app.click(QStringLiteral("createWithPassphraseButton"));
            app.settle();
        };

        fill(QStringLiteral("short"), QStringLiteral("short"));
        CHECK(app.vault().state() == VaultController::State::FirstStart);
        CHECK(textOf(app.require(QStringLiteral("errorBanner"), page))
                  .contains(QStringLiteral("at least 8")));

        fill(QStringLiteral("walk before the pitch"), QStringLiteral("walk before the pitch!"));
        CHECK(app.vault().state() == VaultController::State::FirstStart);
        CHECK(textOf(app.require(QStringLiteral("errorBanner"), page)) ==
              QStringLiteral("The two passphrases are not the same."));
        CHECK(filesUnder(dir).isEmpty());

        fill(QStringLiteral("walk before the pitch"), QStringLiteral("walk before the pitch"));
        REQUIRE(app.waitForState(VaultController::State::Ready));
        app.type(QStringLiteral("Interview went badly: I rambled on the first question."));
        app.key(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(app.history().rowCount() == 1);
        CHECK_NO_QML_PROBLEMS(app);
    }
    {
        // Next start, still no keyring: the passphrase opens the same vault.
        AppUnderTest app(dir, keyring);
        REQUIRE(app.waitForState(VaultController::State::Locked));
        app.type(QStringLiteral("walk before the pitch"));
        app.key(Qt::Key_Return);
        REQUIRE(app.waitForState(VaultController::State::Ready));
        REQUIRE(app.history().rowCount() == 1);
        CHECK_NO_QML_PROBLEMS(app);
    }
}
