// The real QML, offscreen, with a private PulseAudio server (with-virtual-mic.sh): a voice
// reflection plays in the entry page (play, speed, seek, a recovered one, text beside it), and
// the settings page chooses the microphone and the recording limit, remembered after a restart.

#include "AppUnderTest.h"
#include "AwakeSink.h"
#include "TestEnvironment.h"
#include "ToneRecording.h"
#include "fake/FakeSecretStore.h"
#include "vault/AudioStore.h"

#include <QFile>
#include <QTest>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using debrief::AudioStore;
using debrief::LocalMoment;
using debrief::MicrophoneModel;
using debrief::PlayerController;
using debrief::RecordingInfo;
using debrief::VaultController;
using debrief::VaultError;
using debrief::VoiceSettings;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

void createVault(AppUnderTest& app)
{
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
}

// A voice reflection as the recorder leaves it: finished, or cut off and recovered.
qint64 addVoiceReflection(AppUnderTest& app, const QByteArray& audio, qint64 durationMs,
                          bool cutOff)
{
    AudioStore* store = app.services().audioStore();
    REQUIRE(store);
    VaultError error;
    const RecordingInfo info = store->startVoiceReflection(
        LocalMoment::fromDateTime(QDateTime::currentDateTime()), debrief::oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    if (cutOff) {
        REQUIRE_FALSE(store->appendChunk(info.id, audio, durationMs));
        REQUIRE(store->markInterrupted(&error) == 1);
    } else {
        REQUIRE_FALSE(store->finish(info.id, audio, durationMs));
    }
    app.history().onAdded(info.reflectionId);
    return info.reflectionId;
}

void openFromHistory(AppUnderTest& app, qint64 reflectionId)
{
    QQuickItem* list = app.require(QStringLiteral("historyList"));
    const int row = app.history().rowOf(reflectionId);
    REQUIRE(row >= 0);
    app.click(app.require(QStringLiteral("historyRow_%1").arg(row), list));
    app.require(QStringLiteral("entryPage"));
}

QString microphoneDescription(MicrophoneModel& model, const QString& id)
{
    return model.data(model.index(model.rowOf(id)), MicrophoneModel::DescriptionRole).toString();
}

} // namespace

TEST_CASE("A voice reflection plays in the entry page: play, speed, seek, text beside it",
          "[ui][voice]")
{
    AwakeSink awake;
    const QString dir = freshDir(QStringLiteral("voice"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring);
    createVault(app);
    const QByteArray tone = toneRecording(8000);
    const qint64 voiceId = addVoiceReflection(app, tone, 8000, false);
    const qint64 cutId = addVoiceReflection(app, tone.left(tone.size() / 2), 4000, true);
    app.settle();
    PlayerController& player = app.services().player();

    // Open it: the player is there with the length; nothing plays yet.
    openFromHistory(app, voiceId);
    app.require(QStringLiteral("voicePlayerBar"));
    CHECK(player.hasVoice());
    CHECK_FALSE(player.recovered());
    CHECK(app.visibleItem(QStringLiteral("recoveredLabel")) == nullptr);
    CHECK(player.durationMs() == Catch::Approx(8000).epsilon(0.05));
    QQuickItem* time = app.require(QStringLiteral("voiceTime"));
    CHECK(textOf(time) == QStringLiteral("0:00 / 0:08"));
    QQuickItem* playPause = app.require(QStringLiteral("playPauseButton"));

    // Play: the position and the elapsed time move.
    app.click(playPause);
    CHECK(player.playing());
    REQUIRE(waitUntil([&] { return player.positionMs() >= 1100; }, 5000));
    REQUIRE(waitUntil([&] { return textOf(time) != QStringLiteral("0:00 / 0:08"); }, 2000));
    QQuickItem* slider = app.require(QStringLiteral("seekSlider"));
    CHECK(slider->property("value").toDouble() > 1000);

    // Twice as fast: more than a second and a half of the recording per second.
    app.click(QStringLiteral("speed2xButton"));
    CHECK(player.rate() == 2.0);
    CHECK(app.require(QStringLiteral("speed2xButton"))->property("highlighted").toBool());
    CHECK_FALSE(app.require(QStringLiteral("speed1xButton"))->property("highlighted").toBool());
    QTest::qWait(300);
    const int before = player.positionMs();
    QTest::qWait(1000);
    const int advanced = player.positionMs() - before;
    CHECK(advanced > 1500);
    CHECK(advanced < 2600);

    // Pause holds; a click in the middle of the bar seeks to the middle of the recording.
    app.click(playPause);
    CHECK_FALSE(player.playing());
    app.click(slider);
    CHECK_FALSE(player.playing());
    CHECK(player.positionMs() == Catch::Approx(4000).margin(500));
    const int seeked = player.positionMs();
    app.click(QStringLiteral("speed1xButton"));
    app.click(playPause);
    REQUIRE(waitUntil([&] { return player.positionMs() >= seeked + 300; }, 4000));
    CHECK(player.positionMs() < seeked + 2500);

    // Text beside the recording: the reflection had none; add some, then take it out again.
    QQuickItem* text = app.require(QStringLiteral("entryText"));
    CHECK(textOf(text).isEmpty());
    app.click(text);
    app.type(QStringLiteral("Talked too long about pricing."));
    app.click(QStringLiteral("saveChangesButton"));
    CHECK(app.entries().errorMessage().isEmpty());
    CHECK(app.entries().load(voiceId).value(QStringLiteral("text")).toString() ==
          QStringLiteral("Talked too long about pricing."));
    app.click(text);
    app.key(Qt::Key_A, Qt::ControlModifier);
    app.key(Qt::Key_Delete);
    app.click(QStringLiteral("saveChangesButton"));
    CHECK(app.entries().errorMessage().isEmpty());
    CHECK(app.entries().load(voiceId).value(QStringLiteral("text")).toString().isEmpty());
    CHECK(player.hasVoice()); // still playable

    // Another entry: what played stops; the recovered one says so and plays what was kept.
    CHECK(player.playing());
    openFromHistory(app, cutId);
    CHECK_FALSE(player.playing());
    CHECK(player.hasVoice());
    CHECK(player.recovered());
    CHECK(textOf(app.require(QStringLiteral("recoveredLabel"))) ==
          QStringLiteral("Recovered recording"));
    CHECK(player.durationMs() > 3000);
    CHECK(player.durationMs() < 4500);
    CHECK(player.rate() == 1.0);
    app.click(QStringLiteral("playPauseButton"));
    REQUIRE(waitUntil([&] { return player.positionMs() > 300; }, 5000));

    // A text-only reflection has no player.
    const qint64 textId = app.entries().add(QStringLiteral("Only words this time."));
    REQUIRE(textId > 0);
    app.settle();
    openFromHistory(app, textId);
    CHECK_FALSE(player.hasVoice());
    CHECK_FALSE(player.playing());
    CHECK(app.visibleItem(QStringLiteral("voicePlayerBar")) == nullptr);

    // Deleting a voice reflection lets go of its audio.
    openFromHistory(app, voiceId);
    CHECK(player.hasVoice());
    app.click(QStringLiteral("deleteButton"));
    CHECK_FALSE(player.hasVoice());

    // No audio reached a file: the only copy is inside the encrypted vault.
    const QString sandbox = qEnvironmentVariable("DEBRIEF_TEST_SANDBOX");
    REQUIRE_FALSE(sandbox.isEmpty());
    for (const QByteArray& magic :
         {QByteArray("OggS"), QByteArray("RIFF"), QByteArray("OpusHead")}) {
        CAPTURE(magic.toStdString());
        CHECK(filesContaining(sandbox, magic).isEmpty());
    }
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Settings: choose the microphone and the limit; remembered after a restart",
          "[ui][settings]")
{
    const QString dir = freshDir(QStringLiteral("settings"));
    FakeSecretStore keyring;
    const QString marker = QStringLiteral("Marker-Wrenfield-4417");
    QString vmic;
    {
        AppUnderTest app(dir, keyring);
        createVault(app);
        app.type(marker + QStringLiteral(" slipped past the deadline."));
        app.click(QStringLiteral("saveButton"));

        app.click(QStringLiteral("settingsButton"));
        app.require(QStringLiteral("settingsPage"));
        CHECK(app.visibleItem(QStringLiteral("settingsButton")) == nullptr);
        MicrophoneModel& microphones = app.services().microphones();
        vmic = microphoneDescription(microphones, QStringLiteral("vmic"));
        REQUIRE_FALSE(vmic.isEmpty());
        QQuickItem* choice = app.require(QStringLiteral("microphoneChoice"));
        CHECK(choice->property("currentText").toString() == QStringLiteral("System default"));
        CHECK(app.visibleItem(QStringLiteral("microphoneNotice")) == nullptr);

        // Open the list and pick the virtual microphone.
        app.click(choice);
        const QString option =
            QStringLiteral("microphoneOption_%1").arg(microphones.rowOf(QStringLiteral("vmic")));
        QQuickItem* item = app.require(option);
        QTest::qWait(400); // the popup's opening transition
        app.click(item);
        CHECK(app.services().voiceSettings().inputDeviceId() == QStringLiteral("vmic"));
        REQUIRE(waitUntil([&] { return choice->property("currentText").toString() == vmic; }));

        // Three minutes more, with the arrow key.
        QQuickItem* limit = app.require(QStringLiteral("recordingLimit"));
        CHECK(limit->property("value").toInt() == 10);
        app.click(limit);
        for (int i = 0; i < 3; ++i)
            app.key(Qt::Key_Up);
        CHECK(limit->property("value").toInt() == 13);
        CHECK(app.services().voiceSettings().recordingLimitMinutes() == 13);

        app.click(QStringLiteral("backButton"));
        app.require(QStringLiteral("capturePage"));
        CHECK_NO_QML_PROBLEMS(app);
    }
    {
        AppUnderTest again(dir, keyring);
        REQUIRE(again.waitForState(VaultController::State::Ready));
        CHECK(again.services().voiceSettings().inputDeviceId() == QStringLiteral("vmic"));
        CHECK(again.services().voiceSettings().recordingLimitMinutes() == 13);
        again.click(QStringLiteral("settingsButton"));
        CHECK(again.require(QStringLiteral("microphoneChoice"))->property("currentText") == vmic);
        CHECK(again.require(QStringLiteral("recordingLimit"))->property("value").toInt() == 13);
        CHECK(again.visibleItem(QStringLiteral("microphoneNotice")) == nullptr);
        CHECK_NO_QML_PROBLEMS(again);
    }

    // The remembered microphone is gone (unplugged since): the page says what happens.
    VoiceSettings(VoiceSettings::standardFile())
        .setInputDeviceId(QStringLiteral("alsa_input.usb-Unplugged_Headset-00.mono-fallback"));
    {
        AppUnderTest third(dir, keyring);
        REQUIRE(third.waitForState(VaultController::State::Ready));
        third.click(QStringLiteral("settingsButton"));
        CHECK(textOf(third.require(QStringLiteral("microphoneNotice"))) ==
              QStringLiteral("Your chosen microphone is not connected; using the system default."));
        CHECK(third.require(QStringLiteral("microphoneChoice"))->property("currentText") ==
              QStringLiteral("System default"));
        CHECK_NO_QML_PROBLEMS(third);
    }

    // The settings file holds preferences only: not the reflection's words.
    const QString settingsFile = VoiceSettings::standardFile();
    REQUIRE(QFile::exists(settingsFile));
    QFile file(settingsFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    CHECK_FALSE(contents.contains(marker.toUtf8()));
    CHECK_FALSE(contents.contains("deadline"));
    const QString sandbox = qEnvironmentVariable("DEBRIEF_TEST_SANDBOX");
    CHECK(filesContaining(sandbox, marker.toUtf8()).isEmpty());
}
