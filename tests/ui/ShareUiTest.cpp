// The share flow in the real QML, offscreen, with real mouse and key events: three entries
// picked in history with Ctrl+click and Shift+click, the Share page (the sender's name, one part
// of one entry left out, a coach added by key, a bad key refused, a key read from a file), the
// preview showing exactly what goes and not the part left out, the file saved through the
// save dialog's function on a VaultTask, then opened with the coach's identity: three entries,
// the left-out marker nowhere. Saving asks for the recovery code again first: a wrong one opens
// no save dialog and writes nothing. Also the passphrase (the strength meter's label follows the
// typing), Cancel leaving no file, and "Show in folder" handing the file to the share sheet.

#include "AppUnderTest.h"
#include "ConfirmSecretSupport.h"
#include "ShareUiSupport.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "share/PassphraseIdentity.h"
#include "share/ShareError.h"
#include "share/X25519Identity.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <catch2/catch_test_macros.hpp>

using debrief::ShareError;
using debrief::X25519Identity;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

// Every marker of an entry, as the preview and the file show the parts that go.
QStringList markersOf(const debrief::test::EntryMarkers& m)
{
    return {m.text, m.answers, m.lessons};
}

QString previewText(AppUnderTest& app)
{
    return textOf(app.require(QStringLiteral("sharePreview")));
}

} // namespace

TEST_CASE("Desktop: Ctrl+click and Shift+click pick three entries; one part left out is in "
          "neither the preview nor the file the coach decrypts",
          "[ui][share]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    ManualClock clock;
    TestPlatform platform(clock);
    AppUnderTest app(freshDir(QStringLiteral("share-desktop")), keyring, 1280, 800, {}, &platform);
    const QString code = createVault(app);
    const Planted p = plant(app, 4, QStringLiteral("ShareKey"));
    const QString files = freshDir(QStringLiteral("share-desktop-files"));

    // Ctrl+click one, Shift+click two rows further: three rows, none opened.
    const qint64 first = app.history().idAt(0);
    const qint64 third = app.history().idAt(2);
    clickRow(app, first, Qt::ControlModifier);
    CHECK(app.services().selection().count() == 1);
    clickRow(app, third, Qt::ShiftModifier);
    auto& selection = app.services().selection();
    REQUIRE(selection.count() == 3);
    CHECK(textOf(app.require(QStringLiteral("selectionCount"))) == QStringLiteral("3 selected"));
    CHECK(app.visibleItem(QStringLiteral("entryPage")) == nullptr);
    const qint64 unpicked = app.history().idAt(3);
    CHECK_FALSE(selection.contains(unpicked));

    app.click(QStringLiteral("shareSelectedButton"));
    app.require(QStringLiteral("sharePage"));
    CHECK(app.services().share().choices()->count() == 3);

    // No name yet: the page asks for it, and nothing can be saved without it.
    CHECK_FALSE(app.services().share().canSave());
    typeInto(app, QStringLiteral("shareDisplayName"), QStringLiteral("Robin"));
    app.click(QStringLiteral("saveDisplayNameButton"));
    CHECK(textOf(app.require(QStringLiteral("shareSenderName"))).contains(QStringLiteral("Robin")));

    // The choices list is oldest first: the middle entry (of the three picked) loses its
    // answers. Which planted entry is it?
    const qint64 middleId =
        app.services()
            .share()
            .choices()
            ->data(app.services().share().choices()->index(1), debrief::ShareChoicesModel::IdRole)
            .toLongLong();
    const int middle = int(p.ids.indexOf(middleId));
    REQUIRE(middle >= 0);
    const QString leftOut = p.markers.at(middle).answers;
    REQUIRE(waitUntil([&] { return previewText(app).contains(leftOut); }));
    revealAndClick(app, QStringLiteral("includeAnswers_1"));
    REQUIRE(waitUntil([&] { return !previewText(app).contains(leftOut); }));
    // What goes is there: every other marker of the three picked, none of the fourth entry.
    for (int i = 0; i < p.ids.size(); ++i) {
        for (const QString& marker : markersOf(p.markers.at(i))) {
            INFO(marker.toStdString());
            const bool picked = selection.contains(p.ids.at(i));
            CHECK(previewText(app).contains(marker) == (picked && marker != leftOut));
        }
    }
    CHECK(previewText(app).contains(QStringLiteral("Robin")));

    // A key that is not one is refused, in words.
    const auto coach = X25519Identity::generate();
    REQUIRE(coach);
    const QString coachKey = coach->recipient().toString();
    typeInto(app, QStringLiteral("newCoachName"), QStringLiteral("Sam"));
    typeInto(app, QStringLiteral("newCoachKey"), QStringLiteral("age1notakey"));
    revealAndClick(app, QStringLiteral("addCoachButton"));
    CHECK(textOf(app.require(QStringLiteral("coachError"))) ==
          ShareError(ShareError::Kind::InvalidKey).message());
    CHECK(app.services().share().protection()->coaches().isEmpty());
    CHECK_FALSE(app.services().share().canSave());

    // The key read from the file age-keygen wrote (the public key line is taken).
    const QString keyFile = QDir(files).filePath(QStringLiteral("sam.txt"));
    {
        QFile out(keyFile);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("# created: 2026-11-21T10:00:00Z\n# public key: " + coachKey.toUtf8() + "\n");
    }
    revealAndClick(app, QStringLiteral("readKeyFileButton"));
    answerDialog(app, QStringLiteral("keyFileDialog"), QStringLiteral("shareProtectionForm"),
                 "readKeyFile", keyFile);
    CHECK(textOf(app.require(QStringLiteral("newCoachKey"))) == coachKey);
    revealAndClick(app, QStringLiteral("addCoachButton"));
    REQUIRE(app.services().share().protection()->coaches().size() == 1);
    CHECK(app.services().share().protection()->coachName() == QStringLiteral("Sam"));
    CHECK(app.require(QStringLiteral("coachChoice"))->property("displayText").toString() ==
          QStringLiteral("Sam"));
    REQUIRE(app.services().share().canSave());

    // Save: the recovery code again first (AU-2). A wrong one: said so, no save dialog, no task,
    // no file.
    revealAndClick(app, QStringLiteral("saveShareButton"));
    CHECK_FALSE(dialogVisible(app, QStringLiteral("shareSaveDialog")));
    CHECK_FALSE(answerSecretDialog(app, QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")));
    CHECK_FALSE(textOf(app.require(QStringLiteral("confirmSecretError"))).isEmpty());
    CHECK_FALSE(dialogVisible(app, QStringLiteral("shareSaveDialog")));
    CHECK_FALSE(app.services().share().task()->running());
    CHECK(QDir(files).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("sam.txt")});
    // The right one: the save dialog suggests a dated name (never a title), the file is written
    // on the task.
    REQUIRE(answerSecretDialog(app, code));
    CHECK(dialogVisible(app, QStringLiteral("shareSaveDialog")));
    CHECK(app.services().share().suggestedFile().fileName().startsWith(
        QStringLiteral("debrief-share-")));
    const QString path = QDir(files).filePath(QStringLiteral("for-sam.debrief"));
    answerDialog(app, QStringLiteral("shareSaveDialog"), QStringLiteral("sharePage"), "saveTo",
                 path);
    REQUIRE(waitForTask(app, *app.services().share().task()));
    INFO(app.services().share().errorMessage().toStdString());
    REQUIRE(QFile::exists(path));
    CHECK(textOf(app.require(QStringLiteral("shareResult"))).contains(QStringLiteral("Sam")));

    // The coach opens it: three entries; the part left out is nowhere, the others are there.
    const QMap<QString, QByteArray> opened = openShare(path, *coach);
    REQUIRE(opened.contains(QStringLiteral("entries.json")));
    REQUIRE(opened.contains(QStringLiteral("entries.md")));
    CHECK(entryCount(opened.value(QStringLiteral("entries.json"))) == 3);
    for (auto it = opened.cbegin(); it != opened.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK_FALSE(containsAnyEncoding(it.value(), leftOut));
        CHECK_FALSE(
            containsAnyEncoding(it.value(), p.markers.at(int(p.ids.indexOf(unpicked))).text));
    }
    CHECK(
        opened.value(QStringLiteral("entries.md")).contains(p.markers.at(middle).lessons.toUtf8()));
    CHECK(opened.value(QStringLiteral("entries.md")).contains("Robin"));

    // "Show in folder" hands the file to the OS.
    revealAndClick(app, QStringLiteral("showSharedFileButton"));
    REQUIRE(platform.shareSheet.shared().size() == 1);
    CHECK(platform.shareSheet.shared().first().path == path);
    CHECK(platform.shareSheet.shared().first().mimeType ==
          QStringLiteral("application/octet-stream"));
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Desktop: Select mode, a passphrase whose strength label follows the typing; Cancel "
          "leaves no file, then the file opens with the passphrase",
          "[ui][share]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("share-passphrase")), keyring, 1280, 800);
    const QString code = createVault(app);
    const Planted p = plant(app, 3, QStringLiteral("SharePass"));
    const QString files = freshDir(QStringLiteral("share-passphrase-files"));

    // Select mode: a plain click picks instead of opening.
    app.click(QStringLiteral("selectButton"));
    CHECK(app.require(QStringLiteral("rowCheck_0"))->isVisible());
    clickRow(app, p.ids.at(0));
    clickRow(app, p.ids.at(2));
    CHECK(app.services().selection().count() == 2);
    CHECK(app.require(QStringLiteral("rowCheck_0"))->property("checked").toBool() ==
          app.services().selection().contains(app.history().idAt(0)));
    CHECK(app.visibleItem(QStringLiteral("entryPage")) == nullptr);
    app.click(QStringLiteral("shareSelectedButton"));
    app.require(QStringLiteral("sharePage"));
    typeInto(app, QStringLiteral("shareDisplayName"), QStringLiteral("Robin"));
    app.click(QStringLiteral("saveDisplayNameButton"));

    revealAndClick(app, QStringLiteral("protectWithPassphrase"));
    typeInto(app, QStringLiteral("sharePassphrase"), QStringLiteral("password"));
    QQuickItem* strength = app.require(QStringLiteral("passphraseStrength"));
    CHECK(textOf(strength) == QStringLiteral("Weak"));
    CHECK(textOf(app.require(QStringLiteral("passphraseAdvice")))
              .contains(QStringLiteral("another channel")));
    // Longer and unrelated: the label moves up.
    app.type(QStringLiteral(" horse battery staple"));
    app.settle();
    CHECK(textOf(strength) == QStringLiteral("Good"));
    app.type(QStringLiteral(" violin"));
    app.settle();
    CHECK(textOf(strength) == QStringLiteral("Strong"));
    CHECK(app.require(QStringLiteral("passphraseMeter"))->property("value").toInt() == 4);
    CHECK_FALSE(app.services().share().canSave());
    CHECK(textOf(app.require(QStringLiteral("shareProblem"))).contains(QStringLiteral("again")));
    typeInto(app, QStringLiteral("sharePassphraseRepeat"), QStringLiteral("password horse"));
    CHECK(textOf(app.require(QStringLiteral("shareProblem")))
              .contains(QStringLiteral("not the same")));
    app.type(QStringLiteral(" battery staple violin"));
    app.settle();
    REQUIRE(app.services().share().canSave());

    // Cancel while it runs (the passphrase's scrypt alone takes a second): no file, nothing
    // left in the folder, and the page says so.
    const QString cancelled = QDir(files).filePath(QStringLiteral("cancelled.debrief"));
    revealAndClick(app, QStringLiteral("saveShareButton"));
    REQUIRE(answerSecretDialog(app, code));
    answerDialog(app, QStringLiteral("shareSaveDialog"), QStringLiteral("sharePage"), "saveTo",
                 cancelled);
    REQUIRE(app.services().share().task()->running());
    revealAndClick(app, QStringLiteral("cancelShareButton"));
    REQUIRE(waitForTask(app, *app.services().share().task()));
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK(QDir(files).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK(textOf(app.require(QStringLiteral("shareError"))).contains(QStringLiteral("Cancelled")));

    // Again, to the end: two entries, opened with the passphrase.
    const QString path = QDir(files).filePath(QStringLiteral("with-passphrase.debrief"));
    revealAndClick(app, QStringLiteral("saveShareButton"));
    REQUIRE(answerSecretDialog(app, code));
    answerDialog(app, QStringLiteral("shareSaveDialog"), QStringLiteral("sharePage"), "saveTo",
                 path);
    REQUIRE(waitForTask(app, *app.services().share().task()));
    INFO(app.services().share().errorMessage().toStdString());
    REQUIRE(QFile::exists(path));
    CHECK(textOf(app.require(QStringLiteral("shareResult")))
              .contains(QStringLiteral("another channel")));
    // The typed passphrase is not kept on screen once the file is saved.
    CHECK(textOf(app.require(QStringLiteral("sharePassphrase"))).isEmpty());
    const debrief::PassphraseIdentity identity(
        QStringLiteral("password horse battery staple violin"));
    const QMap<QString, QByteArray> opened = openShare(path, identity);
    CHECK(entryCount(opened.value(QStringLiteral("entries.json"))) == 2);
    CHECK(opened.value(QStringLiteral("entries.md")).contains(p.markers.at(0).answers.toUtf8()));
    CHECK_FALSE(anyFileContains(opened, p.markers.at(1).text));
    CHECK_NO_QML_PROBLEMS(app);
}
