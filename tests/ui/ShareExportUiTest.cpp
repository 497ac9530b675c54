// Readable exports and the phone in the real QML, offscreen: Export → Markdown and → PDF warn
// first that the file is NOT encrypted, ask for the recovery code again (a wrong one writes
// nothing), then write it on a VaultTask (the file says so too;
// pdftotext reads the PDF) and hand it to the share sheet. On a phone, the history page's
// Select button and a long press start select mode, and the picked entries are shared with a
// coach: the file holds exactly them.

#include "AppUnderTest.h"
#include "ConfirmSecretSupport.h"
#include "ShareUiSupport.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "share/BundleMarkdown.h"
#include "share/X25519Identity.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QStyleHints>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using debrief::ExportController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

// Export → format, through the warning, the recovery code and the save dialog, to path; waits
// for the file.
void exportThroughUi(AppUnderTest& app, const char* menuItem, const QString& path,
                     const QString& code)
{
    app.click(QStringLiteral("exportSelectedButton"));
    app.click(QString::fromLatin1(menuItem));
    // The warning comes first, and says it plainly.
    REQUIRE(dialogVisible(app, QStringLiteral("exportWarningDialog")));
    const QList<QObject*> warning = app.all(QStringLiteral("exportWarningDialog"));
    REQUIRE(warning.size() == 1);
    CHECK(
        warning.first()->property("title").toString().contains(QStringLiteral("NOT be encrypted")));
    CHECK(textOf(app.require(QStringLiteral("exportWarningText")))
              .contains(QStringLiteral("can read every word")));
    CHECK_FALSE(dialogVisible(app, QStringLiteral("exportSaveDialog")));
    app.click(QStringLiteral("exportWarningContinue"));
    CHECK_FALSE(dialogVisible(app, QStringLiteral("exportSaveDialog")));
    REQUIRE(answerSecretDialog(app, code));
    answerDialog(app, QStringLiteral("exportSaveDialog"), QStringLiteral("exportFlow"), "exportTo",
                 path);
    REQUIRE(waitForTask(app, *app.services().exports().task()));
    INFO(app.services().exports().errorMessage().toStdString());
    REQUIRE(QFile::exists(path));
    REQUIRE(dialogVisible(app, QStringLiteral("exportStatusDialog")));
    CHECK(textOf(app.require(QStringLiteral("exportResult")))
              .contains(QStringLiteral("NOT encrypted")));
}

} // namespace

TEST_CASE("Desktop: Markdown and PDF exports warn first, say so in the file, and go to the "
          "share sheet",
          "[ui][share-export]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    ManualClock clock;
    TestPlatform platform(clock);
    AppUnderTest app(freshDir(QStringLiteral("export-desktop")), keyring, 1280, 800, {}, &platform);
    const QString code = createVault(app);
    const Planted p = plant(app, 3, QStringLiteral("Readable"));
    const QString files = freshDir(QStringLiteral("export-files"));
    clickRow(app, p.ids.at(0), Qt::ControlModifier);
    clickRow(app, p.ids.at(1), Qt::ControlModifier);
    REQUIRE(app.services().selection().count() == 2);

    // Markdown: everything of the two picked, nothing of the third, the notice on top.
    const QString md = QDir(files).filePath(QStringLiteral("reflections.md"));
    exportThroughUi(app, "exportMarkdownButton", md, code);
    const QByteArray markdown = readFile(md);
    CHECK(markdown.startsWith(debrief::bundlemarkdown::unencryptedNotice().toUtf8()));
    for (int i = 0; i < 3; ++i) {
        for (const QString& marker :
             {p.markers.at(i).text, p.markers.at(i).answers, p.markers.at(i).lessons}) {
            INFO(marker.toStdString());
            CHECK(markdown.contains(marker.toUtf8()) == (i < 2));
        }
    }
    app.click(QStringLiteral("showExportButton"));
    REQUIRE(platform.shareSheet.shared().size() == 1);
    CHECK(platform.shareSheet.shared().last().path == md);
    CHECK(platform.shareSheet.shared().last().mimeType == QStringLiteral("text/markdown"));
    app.click(QStringLiteral("closeExportButton"));
    REQUIRE(waitUntil([&] { return !dialogVisible(app, QStringLiteral("exportStatusDialog")); }));

    // PDF: pdftotext reads the notice and the entries.
    const QString pdf = QDir(files).filePath(QStringLiteral("reflections.pdf"));
    exportThroughUi(app, "exportPdfButton", pdf, code);
    CHECK(readFile(pdf).startsWith("%PDF-"));
    app.click(QStringLiteral("showExportButton"));
    REQUIRE(platform.shareSheet.shared().size() == 2);
    CHECK(platform.shareSheet.shared().last().mimeType == QStringLiteral("application/pdf"));
    app.click(QStringLiteral("closeExportButton"));
    REQUIRE(waitUntil([&] { return !dialogVisible(app, QStringLiteral("exportStatusDialog")); }));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext is not installed: the PDF's text was not checked");
    } else {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(pdftotext.waitForFinished(60000));
        REQUIRE(pdftotext.exitCode() == 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("Not encrypted")));
        CHECK(text.contains(p.markers.at(0).answers));
        CHECK(text.contains(p.markers.at(1).lessons));
        CHECK_FALSE(text.contains(p.markers.at(2).text));
    }

    // Cancelled at the warning: no dialog, no file.
    app.click(QStringLiteral("exportSelectedButton"));
    app.click(QStringLiteral("exportMarkdownButton"));
    app.click(QStringLiteral("exportWarningCancel"));
    CHECK_FALSE(dialogVisible(app, QStringLiteral("exportSaveDialog")));
    CHECK(app.visibleItem(QStringLiteral("confirmSecretField")) == nullptr);
    CHECK(QDir(files).entryList(QDir::Files).size() == 2);

    // A wrong recovery code: said so, no save dialog, nothing runs, no file; Cancel leaves it.
    REQUIRE(waitUntil([&] { return !dialogVisible(app, QStringLiteral("exportWarningDialog")); }));
    app.click(QStringLiteral("exportSelectedButton"));
    app.click(QStringLiteral("exportMarkdownButton"));
    app.click(QStringLiteral("exportWarningContinue"));
    CHECK_FALSE(answerSecretDialog(app, QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")));
    CHECK_FALSE(textOf(app.require(QStringLiteral("confirmSecretError"))).isEmpty());
    CHECK_FALSE(dialogVisible(app, QStringLiteral("exportSaveDialog")));
    CHECK_FALSE(app.services().exports().task()->running());
    cancelSecretDialog(app);
    CHECK_FALSE(dialogVisible(app, QStringLiteral("exportSaveDialog")));
    CHECK(QDir(files).entryList(QDir::Files).size() == 2);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Phone: the Select button and a long press pick entries, which are shared with a "
          "coach",
          "[ui][share-phone]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("share-phone")), keyring, 390, 844);
    const QString code = createVault(app);
    const Planted p = plant(app, 3, QStringLiteral("SharePhone"));
    const QString files = freshDir(QStringLiteral("share-phone-files"));

    app.click(QStringLiteral("historyButton"));
    app.require(QStringLiteral("historyPage"));
    CHECK(app.visibleItem(QStringLiteral("selectionBar")) == nullptr);
    app.click(QStringLiteral("selectButton"));
    REQUIRE(app.require(QStringLiteral("selectionBar"))->isVisible());
    clickRow(app, p.ids.at(0));
    clickRow(app, p.ids.at(1));
    CHECK(app.services().selection().count() == 2);
    CHECK(app.visibleItem(QStringLiteral("entryPage")) == nullptr);
    // Clear ends select mode; a long press on a row starts it again with that row.
    app.click(QStringLiteral("clearSelectionButton"));
    CHECK_FALSE(app.services().selection().active());
    CHECK(app.visibleItem(QStringLiteral("selectionBar")) == nullptr);
    {
        QQuickItem* row =
            app.require(QStringLiteral("historyRow_%1").arg(app.history().rowOf(p.ids.at(2))));
        const QPoint centre =
            row->mapToScene(QPointF(row->width() / 2, row->height() / 2)).toPoint();
        QTest::mousePress(app.window(), Qt::LeftButton, Qt::NoModifier, centre);
        QTest::qWait(QGuiApplication::styleHints()->mousePressAndHoldInterval() + 300);
        QTest::mouseRelease(app.window(), Qt::LeftButton, Qt::NoModifier, centre);
        app.settle();
    }
    CHECK(app.services().selection().active());
    CHECK(app.services().selection().contains(p.ids.at(2)));
    CHECK(app.visibleItem(QStringLiteral("entryPage")) == nullptr);
    clickRow(app, p.ids.at(0));
    REQUIRE(app.services().selection().count() == 2);
    CHECK(textOf(app.require(QStringLiteral("selectionCount"))) == QStringLiteral("2 selected"));

    app.click(QStringLiteral("shareSelectedButton"));
    app.require(QStringLiteral("sharePage"));
    typeInto(app, QStringLiteral("shareDisplayName"), QStringLiteral("Robin"));
    app.click(QStringLiteral("saveDisplayNameButton"));
    const auto coach = debrief::X25519Identity::generate();
    REQUIRE(coach);
    typeInto(app, QStringLiteral("newCoachName"), QStringLiteral("Sam"));
    typeInto(app, QStringLiteral("newCoachKey"), coach->recipient().toString());
    revealAndClick(app, QStringLiteral("addCoachButton"));
    REQUIRE(app.services().share().canSave());
    // Everything fits the phone's width.
    QQuickItem* save = app.require(QStringLiteral("saveShareButton"));
    app.reveal(save);
    CHECK(save->mapToScene(QPointF(save->width(), 0)).x() <= 390);
    app.click(save);
    REQUIRE(answerSecretDialog(app, code));
    const QString path = QDir(files).filePath(QStringLiteral("phone.debrief"));
    answerDialog(app, QStringLiteral("shareSaveDialog"), QStringLiteral("sharePage"), "saveTo",
                 path);
    REQUIRE(waitForTask(app, *app.services().share().task()));
    INFO(app.services().share().errorMessage().toStdString());
    const QMap<QString, QByteArray> opened = openShare(path, *coach);
    CHECK(entryCount(opened.value(QStringLiteral("entries.json"))) == 2);
    CHECK(opened.value(QStringLiteral("entries.md")).contains(p.markers.at(2).text.toUtf8()));
    CHECK_FALSE(anyFileContains(opened, p.markers.at(1).text));
    CHECK_NO_QML_PROBLEMS(app);
}
