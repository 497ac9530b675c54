// Opening received files in the real QML, offscreen: a passphrase-protected share asks for its
// passphrase (a wrong one says so and imports nothing; the right one imports), Cancel leaves
// nothing, a damaged file and a file that is not a Debrief file are refused with a message and
// import nothing, a backup is sent to Settings > Backup; "Forget this sender" asks first. And
// what a share shows is rich text that loads nothing (no image, no link).

#include "AppUnderTest.h"
#include "SafeRichText.h"
#include "SharingUiSupport.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "share/ShareKeys.h"
#include "share/SharedWithMe.h"
#include "share/VaultBackup.h"

#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <catch2/catch_test_macros.hpp>

using debrief::ImportController;
using debrief::SharedWithMe;
using debrief::ShareError;
using debrief::ShareKeys;
using debrief::ShareProtection;
using debrief::VaultBackup;
using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Entries under "Shared with me" in the app's vault, by their first line.
QStringList receivedTitles(AppUnderTest& app)
{
    SharedWithMe shared(*app.vault().database());
    ShareError error;
    QStringList titles;
    for (const auto& sender : shared.senders(&error)) {
        for (const auto& e : shared.entries(sender.id, &error))
            titles << e.entry.reflection.text.section(QLatin1Char('\n'), 0, 0);
    }
    REQUIRE_FALSE(error);
    return titles;
}

QString resultText(AppUnderTest& app)
{
    INFO("asking: " << app.services().importer().askingPassphrase() << " passphrase error: "
                    << app.services().importer().passphraseError().toStdString());
    REQUIRE(waitUntil([&] { return app.visibleItem(QStringLiteral("importResultText")); }, 20000));
    app.settle();
    return textOf(app.require(QStringLiteral("importResultText")));
}

// Drags a file over the middle of the window and drops it, as a file manager would.
void dropFile(AppUnderTest& app, const QString& path)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre(app.window()->width() / 2, app.window()->height() / 2);
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(app.window(), &enter);
    REQUIRE(enter.isAccepted());
    QDragMoveEvent move(centre + QPoint(1, 1), Qt::CopyAction, &data, Qt::LeftButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(app.window(), &move);
    QDropEvent drop(QPointF(centre + QPoint(1, 1)), Qt::CopyAction, &data, Qt::LeftButton,
                    Qt::NoModifier);
    QCoreApplication::sendEvent(app.window(), &drop);
    CHECK(drop.isAccepted());
    app.settle();
}

void typeInto(AppUnderTest& app, const QString& objectName, const QString& text)
{
    QQuickItem* field = app.require(objectName);
    app.click(field);
    app.key(Qt::Key_A, Qt::ControlModifier);
    app.key(Qt::Key_Delete);
    app.type(text);
}

} // namespace

TEST_CASE("Received files: passphrase asked, wrong or damaged imports nothing, a backup is "
          "sent to restore, a sender is forgotten after asking",
          "[ui][import]")
{
    const QString files = freshDir(QStringLiteral("import-files"));
    const QString protectedShare = files + QStringLiteral("/pitch.debrief");
    const QString damagedShare = files + QStringLiteral("/budget-damaged.debrief");
    const QString notDebrief = files + QStringLiteral("/notes.debrief");
    const QString backup = files + QStringLiteral("/backup.debrief");

    // The person's vault: two entries, each shared with a passphrase; one copy damaged; and
    // a backup of it all.
    {
        FakeSecretStore keyring;
        AppUnderTest a(freshDir(QStringLiteral("import-person")), keyring);
        createVault(a);
        ShareError error;
        REQUIRE(ShareKeys(*a.vault().database()).setDisplayName(QStringLiteral("Alex"), &error));
        const qint64 pitch = addTextEntry(a, {QStringLiteral("The pitch ran long"),
                                              QStringLiteral("Too many slides."),
                                              QStringLiteral("Ten slides at most.")});
        const qint64 budget = addTextEntry(a, {QStringLiteral("Budget review went badly"),
                                               QStringLiteral("Numbers were late."),
                                               QStringLiteral("Send numbers a day early.")});
        shareEntries(a, {pitch}, ShareProtection::passphrase(Passphrase), protectedShare);
        const QString budgetShare = files + QStringLiteral("/budget.debrief");
        shareEntries(a, {budget}, ShareProtection::passphrase(Passphrase), budgetShare);
        QByteArray bytes = readAll(budgetShare);
        bytes[bytes.size() - 40] = char(bytes.at(bytes.size() - 40) ^ 0x5a); // in the payload
        writeAll(damagedShare, bytes);
        writeAll(notDebrief, QByteArrayLiteral("Just some notes, not an age file at all.\n"));
        REQUIRE(VaultBackup(*a.vault().database()).backup(backup, Passphrase, nullptr, &error));
    }

    FakeSecretStore keyring;
    AppUnderTest b(freshDir(QStringLiteral("import-coach")), keyring);
    createVault(b);
    ImportController& importer = b.services().importer();

    // From "Shared with me", "Open a shared file…" (its file dialog gives the path): a
    // passphrase-protected share asks for it; Cancel leaves without importing.
    b.click(QStringLiteral("sectionSharedWithMe"));
    b.require(QStringLiteral("sharedWithMeEmpty"));
    b.click(QStringLiteral("openSharedFileButton"));
    closeFileDialog(b, QStringLiteral("openSharedFileDialog"));
    importer.openFile(QUrl::fromLocalFile(protectedShare));
    REQUIRE(waitUntil([&] { return dialogOpen(b, QStringLiteral("importPassphraseDialog")); }));
    b.settle();
    clickAndWaitClosed(b, QStringLiteral("importPassphraseCancelButton"),
                       QStringLiteral("importPassphraseDialog"));
    CHECK(receivedTitles(b).isEmpty());

    // Dropped on the window this time. A wrong passphrase: said so in the dialog, which stays
    // for another try; nothing in.
    dropFile(b, protectedShare);
    REQUIRE(waitUntil([&] { return dialogOpen(b, QStringLiteral("importPassphraseDialog")); }));
    b.settle();
    typeInto(b, QStringLiteral("importPassphraseField"), QStringLiteral("not the passphrase"));
    b.click(QStringLiteral("importPassphraseOpenButton"));
    waitForTask(b, *importer.task());
    CHECK(textOf(b.require(QStringLiteral("importPassphraseError"))) ==
          QStringLiteral("That passphrase does not open this file. Check it and try again."));
    CHECK(dialogOpen(b, QStringLiteral("importPassphraseDialog")));
    CHECK(receivedTitles(b).isEmpty());

    // The right one (Enter in the field): imported.
    typeInto(b, QStringLiteral("importPassphraseField"), Passphrase);
    b.key(Qt::Key_Return);
    waitForTask(b, *importer.task());
    CHECK(resultText(b) == QStringLiteral("1 reflection from Alex, under Shared with me."));
    CHECK(receivedTitles(b) == QStringList{QStringLiteral("The pitch ran long")});
    clickAndWaitClosed(b, QStringLiteral("importCloseButton"),
                       QStringLiteral("importResultDialog"));

    // Damaged in the middle: the right passphrase opens its header, then it is refused whole.
    importer.openFile(QUrl::fromLocalFile(damagedShare));
    REQUIRE(waitUntil([&] { return dialogOpen(b, QStringLiteral("importPassphraseDialog")); }));
    b.settle();
    typeInto(b, QStringLiteral("importPassphraseField"), Passphrase);
    b.click(QStringLiteral("importPassphraseOpenButton"));
    const QString damaged = resultText(b);
    CHECK_FALSE(damaged.isEmpty());
    CHECK(damaged == importer.errorMessage());
    CHECK(importer.result() == ImportController::Result::Nothing);
    CHECK(receivedTitles(b) == QStringList{QStringLiteral("The pitch ran long")});
    clickAndWaitClosed(b, QStringLiteral("importCloseButton"),
                       QStringLiteral("importResultDialog"));

    // Not an age file at all: refused before any passphrase is asked.
    importer.openFile(QUrl::fromLocalFile(notDebrief));
    CHECK_FALSE(resultText(b).isEmpty());
    CHECK_FALSE(importer.askingPassphrase());
    CHECK(receivedTitles(b).size() == 1);
    clickAndWaitClosed(b, QStringLiteral("importCloseButton"),
                       QStringLiteral("importResultDialog"));

    // A missing file: the same, in words.
    importer.openFile(QUrl::fromLocalFile(files + QStringLiteral("/gone.debrief")));
    CHECK_FALSE(resultText(b).isEmpty());
    clickAndWaitClosed(b, QStringLiteral("importCloseButton"),
                       QStringLiteral("importResultDialog"));

    // A backup: restore it from the settings instead.
    importer.openFile(QUrl::fromLocalFile(backup));
    REQUIRE(waitUntil([&] { return dialogOpen(b, QStringLiteral("importPassphraseDialog")); }));
    b.settle();
    typeInto(b, QStringLiteral("importPassphraseField"), Passphrase);
    b.click(QStringLiteral("importPassphraseOpenButton"));
    CHECK(resultText(b) == QStringLiteral("This is a backup: restore it from Settings > Backup. "
                                          "Nothing was imported."));
    CHECK(receivedTitles(b).size() == 1);
    clickAndWaitClosed(b, QStringLiteral("importCloseButton"),
                       QStringLiteral("importResultDialog"));

    // Forget the sender: asks first (Cancel keeps them), then everything they shared goes.
    b.require(QStringLiteral("sharedWithMePage"));
    b.click(QStringLiteral("sender_0"));
    b.require(QStringLiteral("senderPage"));
    b.click(QStringLiteral("forgetSenderButton"));
    REQUIRE(waitUntil([&] { return dialogOpen(b, QStringLiteral("forgetSenderDialog")); }));
    b.settle();
    clickAndWaitClosed(b, QStringLiteral("cancelForgetButton"),
                       QStringLiteral("forgetSenderDialog"));
    CHECK(receivedTitles(b).size() == 1);
    b.click(QStringLiteral("forgetSenderButton"));
    REQUIRE(waitUntil([&] { return dialogOpen(b, QStringLiteral("forgetSenderDialog")); }));
    b.settle();
    clickAndWaitClosed(b, QStringLiteral("confirmForgetButton"),
                       QStringLiteral("forgetSenderDialog"));
    CHECK(receivedTitles(b).isEmpty());
    b.require(QStringLiteral("sharedWithMePage"));
    b.require(QStringLiteral("sharedWithMeEmpty"));
    CHECK_NO_QML_PROBLEMS(b);
}

TEST_CASE("A share's text is shown as rich text that loads nothing", "[ui][import]")
{
    const QString html = debrief::markdownToSafeHtml(
        QStringLiteral("## A heading\n\nSome **bold** words.\n\n"
                       "![tracker](http://example.invalid/pixel.png) and "
                       "![local](file:///etc/hostname)\n\n"
                       "[click me](https://example.invalid/phish) <img src=\"http://x.invalid/a\">"
                       "\n\n- one\n- two\n"));
    CHECK(html.contains(QStringLiteral("A heading")));
    CHECK(html.contains(QStringLiteral("bold")));
    CHECK(html.contains(QStringLiteral("click me")));
    CHECK(html.contains(QStringLiteral("tracker")));
    CHECK(html.contains(QStringLiteral("<li")));
    CHECK(html.contains(QStringLiteral("font-weight")));
    CHECK_FALSE(html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("href"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("example.invalid")));
    CHECK_FALSE(html.contains(QStringLiteral("#0000ff")));
    // Raw HTML in the text stays text, shown as typed.
    CHECK(html.contains(QStringLiteral("&lt;img src=&quot;http://x.invalid/a&quot;&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("/etc/hostname")));
}
