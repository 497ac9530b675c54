// The coach's side in the real QML, offscreen, between two vaults (a person, A, and their coach,
// B), with a private PulseAudio server for the voice notes: the coach's sharing key (copied,
// named, as a QR code at phone size), a share opened from the command line once the vault is
// unlocked, "Shared with me" grouped by sender with the entries read-only, a voice note
// played, comments typed into the page and sent back to a file (handed to the share sheet), and
// those comments opened in A's vault and shown on A's entry page.

#include "AppUnderTest.h"
#include "AwakeSink.h"
#include "ManualClock.h"
#include "SharingUiSupport.h"
#include "TestEnvironment.h"
#include "ToneRecording.h"
#include "fake/FakeSecretStore.h"
#include "share/ShareKeys.h"
#include "share/SharedWithMe.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QQuickItemGrabResult>
#include <QTest>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using debrief::ImportController;
using debrief::SharedWithMe;
using debrief::ShareError;
using debrief::ShareKeys;
using debrief::ShareProtection;
using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

// Goes to "My sharing key" from the settings (scrolled to on a phone).
void openSharingKeyFromSettings(AppUnderTest& app)
{
    app.click(QStringLiteral("settingsButton"));
    QQuickItem* button = app.require(QStringLiteral("settingsSharingKeyButton"));
    app.reveal(button);
    app.click(button);
    app.require(QStringLiteral("sharingKeyPage"));
}

void setNameOnKeyPage(AppUnderTest& app, const QString& name)
{
    QQuickItem* field = app.require(QStringLiteral("displayNameField"));
    app.click(field);
    app.type(name);
    app.click(QStringLiteral("saveDisplayNameButton"));
    ShareError error;
    CHECK(ShareKeys(*app.vault().database()).displayName(&error) == name);
    CHECK_FALSE(error);
}

// The dialog that says what an import did, once it shows.
QString importResult(AppUnderTest& app)
{
    REQUIRE(waitUntil([&] { return app.visibleItem(QStringLiteral("importResultText")); }, 20000));
    app.settle();
    return textOf(app.require(QStringLiteral("importResultText")));
}

} // namespace

TEST_CASE("A share opens in the coach's app: read, play, comment, send back; the comments "
          "show on the person's entry",
          "[ui][shared]")
{
    AwakeSink awake;
    const QString dirA = freshDir(QStringLiteral("shared-person"));
    const QString dirB = freshDir(QStringLiteral("shared-coach"));
    const QString files = freshDir(QStringLiteral("shared-files"));
    const QString sharePath = files + QStringLiteral("/for-sam.debrief");
    const QString commentsPath = files + QStringLiteral("/comments-for-Alex.debrief");
    FakeSecretStore keyringA;
    FakeSecretStore keyringB;
    ManualClock clock;
    TestPlatform platformB(clock);
    const TextEntry booking{QStringLiteral("The offsite booking fell through\nNobody confirmed."),
                            QStringLiteral("Nobody owned the booking."),
                            QStringLiteral("Name one owner for every booking.")};
    QString coachKey;
    qint64 bookingId = 0;

    // 1. The coach: "My sharing key" from the settings, copied, with their name.
    {
        AppUnderTest b(dirB, keyringB, 1280, 800, {}, &platformB);
        createVault(b);
        openSharingKeyFromSettings(b);
        coachKey = textOf(b.require(QStringLiteral("sharingKeyText")));
        CHECK(coachKey.startsWith(QStringLiteral("age1")));
        CHECK(coachKey.size() == 62);
        ShareError error;
        CHECK(ShareKeys(*b.vault().database()).publicKey(&error) == coachKey); // made once
        b.click(QStringLiteral("copyKeyButton"));
        CHECK(QGuiApplication::clipboard()->text() == coachKey);
        b.require(QStringLiteral("keyCopiedLabel"));
        CHECK(b.require(QStringLiteral("sharingKeyQr"))->property("modules").toInt() == 41);
        setNameOnKeyPage(b, QStringLiteral("Sam"));
        CHECK_NO_QML_PROBLEMS(b);
    }

    // 2. The person, on a phone: their name and QR code on the same page, two entries (one a
    //    voice note), shared to the coach's key as the Share page does.
    {
        AppUnderTest a(dirA, keyringA, 390, 844);
        createVault(a);
        openSharingKeyFromSettings(a);
        QQuickItem* qr = a.require(QStringLiteral("sharingKeyQr"));
        a.reveal(qr);
        CHECK(qr->width() >= 240);
        CHECK(qr->width() <= 390);
        const auto grab = qr->grabToImage();
        REQUIRE(grab);
        REQUIRE(waitUntil([&] { return !grab->image().isNull(); }, 5000));
        const QImage image = grab->image().convertToFormat(QImage::Format_RGB32);
        int black = 0;
        int white = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                black += image.pixel(x, y) == qRgb(0, 0, 0);
                white += image.pixel(x, y) == qRgb(255, 255, 255);
            }
        }
        // A QR code: roughly as much dark as light inside a white quiet zone.
        CHECK(black > image.width() * image.height() / 5);
        CHECK(white > image.width() * image.height() / 3);
        CHECK(image.pixel(2, 2) == qRgb(255, 255, 255));
        setNameOnKeyPage(a, QStringLiteral("Alex"));

        bookingId = addTextEntry(a, booking);
        const qint64 voiceId = addVoiceEntry(a, toneRecording(3000), 3000);
        shareEntries(a, {bookingId, voiceId}, ShareProtection::coachKey(coachKey), sharePath);
        CHECK_NO_QML_PROBLEMS(a);
    }

    // 3. The coach, on a phone, starts Debrief with the file on the command line: it opens
    //    once the vault is unlocked.
    {
        AppUnderTest b(
            dirB, keyringB, 390, 844,
            [&](debrief::AppServices& s) { s.importer().openWhenReady(sharePath); }, &platformB);
        REQUIRE(b.waitForState(VaultController::State::Ready));
        CHECK(importResult(b) == QStringLiteral("2 reflections from Alex, under Shared with me."));
        clickAndWaitClosed(b, QStringLiteral("importShowButton"),
                           QStringLiteral("importResultDialog"));
        b.require(QStringLiteral("sharedWithMePage"));
        CHECK(textOf(b.require(QStringLiteral("senderName_0"))) == QStringLiteral("Alex"));
        b.click(QStringLiteral("sender_0"));
        b.require(QStringLiteral("senderPage"));

        // Newest written first: the voice note, then the booking with its answer and lesson.
        CHECK(textOf(b.require(QStringLiteral("receivedTitle_0"))) ==
              QStringLiteral("Voice reflection"));
        CHECK(textOf(b.require(QStringLiteral("receivedTitle_1"))) ==
              QStringLiteral("The offsite booking fell through"));
        const QString content = textOf(b.require(QStringLiteral("receivedContent_1")));
        CHECK(content.contains(QStringLiteral("Nobody confirmed.")));
        CHECK(content.contains(booking.answer));
        CHECK(content.contains(booking.lesson));
        CHECK_FALSE(content.contains(QStringLiteral("<img")));
        CHECK(b.visibleItem(QStringLiteral("receivedVoice_1_0")) == nullptr); // none there

        // The voice note plays from memory.
        auto& shared = b.services().sharedWithMe();
        QQuickItem* play = b.require(QStringLiteral("receivedVoice_0_0"));
        b.reveal(play);
        b.click(play);
        CHECK(shared.player()->hasVoice());
        CHECK(shared.player()->durationMs() == Catch::Approx(3000).epsilon(0.05));
        CHECK(shared.player()->playing());
        REQUIRE(waitUntil([&] { return shared.player()->positionMs() >= 500; }, 5000));
        b.require(QStringLiteral("voicePlayerBar"));
        b.click(QStringLiteral("playPauseButton"));
        CHECK_FALSE(shared.player()->playing());

        // A comment on each, typed; kept a moment after typing stops.
        QQuickItem* first = b.require(QStringLiteral("commentField_1"));
        b.reveal(first);
        b.click(first);
        b.type(QStringLiteral("Good catch on the booking."));
        QQuickItem* second = b.require(QStringLiteral("commentField_0"));
        b.reveal(second);
        b.click(second);
        b.type(QStringLiteral("Calm voice."));
        SharedWithMe vault(*b.vault().database());
        ShareError error;
        const qint64 senderId = vault.senders(&error).value(0).id;
        const auto comments = [&] {
            QStringList out;
            for (const auto& e : vault.entries(senderId, &error))
                out << (e.comment ? e.comment->text : QString());
            return out;
        };
        REQUIRE(waitUntil(
            [&] {
                return comments() == QStringList{QStringLiteral("Calm voice."),
                                                 QStringLiteral("Good catch on the booking.")};
            },
            3000));

        // "Send comments back…": the save dialog suggests a name; what it accepts is sent back,
        // then handed to the share sheet.
        QQuickItem* send = b.require(QStringLiteral("sendCommentsButton"));
        b.reveal(send);
        b.click(send);
        CHECK(closeFileDialog(b, QStringLiteral("sendCommentsDialog")).fileName() ==
              QStringLiteral("comments-for-Alex.debrief"));
        shared.sendComments(QUrl::fromLocalFile(commentsPath));
        waitForTask(b, *shared.task());
        CHECK(shared.errorMessage().isEmpty());
        CHECK(QFile::exists(commentsPath));
        REQUIRE(platformB.shareSheet.shared().size() == 1);
        CHECK(platformB.shareSheet.shared().constFirst().path == commentsPath);
        CHECK(textOf(b.require(QStringLiteral("sharedMessage")))
                  .contains(QStringLiteral("comments-for-Alex.debrief")));

        // Back, and again from the phone's menu: Shared with me lists Alex.
        b.click(QStringLiteral("backButton"));
        b.click(QStringLiteral("backButton"));
        b.require(QStringLiteral("capturePage"));
        b.click(QStringLiteral("moreButton"));
        b.click(QStringLiteral("sharedWithMeButton"));
        b.require(QStringLiteral("sharedWithMePage"));
        CHECK(textOf(b.require(QStringLiteral("senderName_0"))) == QStringLiteral("Alex"));
        CHECK_NO_QML_PROBLEMS(b);
    }

    // 4. The person opens the comments ("Open…" in the toolbar, then the path its file dialog
    //    gives): they show on the entry page, read-only, with the coach's name.
    {
        AppUnderTest a(dirA, keyringA, 1280, 800);
        REQUIRE(a.waitForState(VaultController::State::Ready));
        a.click(QStringLiteral("openSharedToolButton"));
        closeFileDialog(a, QStringLiteral("openSharedFileDialog"));
        a.services().importer().openFile(QUrl::fromLocalFile(commentsPath));
        CHECK(importResult(a) == QStringLiteral("2 comments from Sam."));
        CHECK(a.services().importer().result() == ImportController::Result::Comments);
        CHECK(a.visibleItem(QStringLiteral("importShowButton")) == nullptr);
        clickAndWaitClosed(a, QStringLiteral("importCloseButton"),
                           QStringLiteral("importResultDialog"));
        const int row = a.history().rowOf(bookingId);
        REQUIRE(row >= 0);
        a.click(a.require(QStringLiteral("historyRow_%1").arg(row)));
        a.require(QStringLiteral("entryPage"));
        a.require(QStringLiteral("coachComments"));
        CHECK(textOf(a.require(QStringLiteral("coachCommentText_0"))) ==
              QStringLiteral("Good catch on the booking."));
        CHECK(textOf(a.require(QStringLiteral("coachCommentAuthor_0")))
                  .startsWith(QStringLiteral("Sam · ")));
        CHECK(a.visibleItem(QStringLiteral("coachCommentText_1")) == nullptr);
        CHECK_NO_QML_PROBLEMS(a);
    }
}

TEST_CASE("A player given audio from memory plays it, says when it cannot, and lets go of it",
          "[ui][shared]")
{
    AwakeSink awake;
    debrief::PlayerController player;
    player.loadAudio(7, QString(), toneRecording(2000));
    CHECK(player.hasVoice());
    CHECK(player.holds(7, QString()));
    CHECK(player.reflectionId() == 7);
    CHECK(player.durationMs() == Catch::Approx(2000).epsilon(0.05));
    player.play();
    REQUIRE(waitUntil([&] { return player.positionMs() >= 300; }, 5000));

    // Another owner's close leaves it playing; its own lets go.
    player.close(8);
    CHECK(player.playing());
    player.close(7);
    CHECK_FALSE(player.hasVoice());
    CHECK_FALSE(player.playing());
    CHECK(player.reflectionId() == 0);

    // Not Ogg Opus: nothing to play, and a message.
    player.loadAudio(9, QStringLiteral("analyse.why_difference"),
                     QByteArrayLiteral("not audio at all"));
    CHECK_FALSE(player.hasVoice());
    CHECK_FALSE(player.errorMessage().isEmpty());
    // Loading a good one clears it.
    player.loadAudio(9, QStringLiteral("analyse.why_difference"), toneRecording(1000));
    CHECK(player.hasVoice());
    CHECK(player.errorMessage().isEmpty());
    CHECK(player.holds(9, QStringLiteral("analyse.why_difference")));
}
