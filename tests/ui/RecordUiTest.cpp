// The record control in the real QML, offscreen, with a private PulseAudio server and its
// virtual microphone (with-virtual-mic.sh): one tap to record, the level meter moving with the
// voice, pause and resume, stop saves (history shows the voice mark and length), Ctrl+R,
// discard only after confirming, and a deleted voice reflection back with its audio on Undo.

#include "AppUnderTest.h"
#include "AudioCheck.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/AudioStore.h"
#include "vault/ReflectionStore.h"

#include <QProcess>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using debrief::AudioStore;
using debrief::HistoryModel;
using debrief::RecordController;
using debrief::VaultController;
using debrief::VaultError;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;
using State = RecordController::State;

namespace {

bool reaches(RecordController& recorder, State state, int timeoutMs = 8000)
{
    return waitUntil([&] { return recorder.state() == state; }, timeoutMs);
}

qint64 voiceDurationAt(HistoryModel& model, int row)
{
    return model.data(model.index(row), HistoryModel::VoiceDurationRole).toLongLong();
}

} // namespace

TEST_CASE("Record, pause, resume and save; discard after confirming; undo a delete", "[ui][record]")
{
    if (qEnvironmentVariableIsEmpty("PULSE_SERVER"))
        SKIP("run inside tests/support/with-virtual-mic.sh");
    const QByteArray pcm =
        speechPcm(QStringLiteral("I rushed the last slide and nobody asked a single question."));
    REQUIRE_FALSE(pcm.isEmpty());
    const QString dir = freshDir(QStringLiteral("record"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring);
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    RecordController& recorder = app.services().recorder();
    REQUIRE(recorder.available());
    CHECK(recorder.state() == State::Idle);
    app.require(QStringLiteral("capturePage"));

    // One tap: recording, with the running time and a meter that follows the voice.
    app.click(QStringLiteral("recordButton"));
    REQUIRE(reaches(recorder, State::Recording));
    app.require(QStringLiteral("recordingPanel"));
    CHECK(app.visibleItem(QStringLiteral("recordButton")) == nullptr);
    QQuickItem* meter = app.require(QStringLiteral("levelMeter"));
    QQuickItem* time = app.require(QStringLiteral("recordTime"));
    const double quiet = meter->property("value").toDouble();
    CHECK(quiet < 0.1); // nothing playing yet: silence
    QProcess pacat;
    REQUIRE(startSpeaking(pacat, pcm));
    double loudest = 0;
    REQUIRE(waitUntil(
        [&] {
            loudest = std::max(loudest, meter->property("value").toDouble());
            return loudest > 0.5;
        },
        5000));
    REQUIRE(waitUntil([&] { return textOf(time) == QStringLiteral("0:02"); }, 5000));

    // Pause: the clock stops and the meter falls; resume carries on.
    app.click(QStringLiteral("pauseButton"));
    REQUIRE(reaches(recorder, State::Paused));
    const QString pausedAt = textOf(time);
    QTest::qWait(1200);
    CHECK(textOf(time) == pausedAt);
    CHECK(meter->property("value").toDouble() == 0);
    app.click(QStringLiteral("resumeButton"));
    REQUIRE(reaches(recorder, State::Recording));
    REQUIRE(waitUntil([&] { return recorder.elapsedMs() > 3000; }, 5000));

    // Stop saves: history shows it as a voice note with its length.
    app.click(QStringLiteral("stopButton"));
    REQUIRE(reaches(recorder, State::Saved));
    app.require(QStringLiteral("recordButton"));
    REQUIRE(app.history().rowCount() == 1);
    const qint64 voiceId =
        app.history().data(app.history().index(0), HistoryModel::IdRole).toLongLong();
    CHECK(voiceId == recorder.reflectionId());
    const qint64 durationMs = voiceDurationAt(app.history(), 0);
    CHECK(durationMs > 3000);
    CHECK(textOf(app.require(QStringLiteral("snackbarMessage")))
              .contains(QStringLiteral("Voice note saved")));
    QQuickItem* list = app.require(QStringLiteral("historyList"));
    REQUIRE(waitUntil([&] { return list->property("count").toInt() == 1; }));
    QQuickItem* mark = app.require(QStringLiteral("voiceMark"), list);
    CHECK(textOf(mark) == QStringLiteral("0:0%1").arg(durationMs / 1000));

    // Ctrl+R starts the next one; Discard asks first, and "Keep recording" keeps it.
    app.key(Qt::Key_R, Qt::ControlModifier);
    REQUIRE(reaches(recorder, State::Recording));
    app.click(QStringLiteral("discardButton"));
    app.require(QStringLiteral("discardConfirmButton")); // the question, not yet the discard
    CHECK(recorder.state() == State::Recording);
    app.click(QStringLiteral("discardCancelButton"));
    REQUIRE(waitUntil(
        [&] { return app.visibleItem(QStringLiteral("discardCancelButton")) == nullptr; }));
    CHECK(recorder.state() == State::Recording);
    app.click(QStringLiteral("discardButton"));
    app.click(QStringLiteral("discardConfirmButton"));
    REQUIRE(reaches(recorder, State::Discarded));
    // Until the dialog has faded out (its modal shade takes clicks till then).
    const QList<QObject*> dialogs = app.all(QStringLiteral("discardDialog"));
    REQUIRE(dialogs.size() == 1);
    REQUIRE(waitUntil([&] { return !dialogs.first()->property("visible").toBool(); }));
    CHECK(app.history().rowCount() == 1);
    VaultError error;
    CHECK(app.services().store()->count(&error) == 1);

    // Deleting the voice reflection and undoing it brings the audio back too.
    AudioStore* audio = app.services().audioStore();
    const auto before = audio->infoFor(voiceId, QString(), &error);
    REQUIRE(before);
    const QByteArray bytes = audio->read(before->id, &error);
    app.click(app.require(QStringLiteral("historyRow_0"), list));
    app.require(QStringLiteral("entryPage"));
    app.click(QStringLiteral("deleteButton"));
    REQUIRE(app.history().rowCount() == 0);
    CHECK_FALSE(audio->infoFor(voiceId, QString(), &error));
    app.click(QStringLiteral("snackbarAction"));
    REQUIRE(app.history().rowCount() == 1);
    CHECK(voiceDurationAt(app.history(), 0) == durationMs);
    const auto after = audio->infoFor(voiceId, QString(), &error);
    REQUIRE(after);
    CHECK(audio->read(after->id, &error) == bytes);
    CHECK(decodeOggOpus(bytes).ok);

    // Near the limit a notice counts down; at the limit the recording stops and is saved.
    app.click(QStringLiteral("newReflectionButton"));
    recorder.setLimitMs(3000);
    app.click(QStringLiteral("recordButton"));
    REQUIRE(reaches(recorder, State::Recording));
    QQuickItem* notice = app.require(QStringLiteral("limitNotice"));
    CHECK(textOf(notice).contains(QStringLiteral("left")));
    REQUIRE(reaches(recorder, State::Saved, 6000));
    CHECK(recorder.stoppedAtLimit());
    REQUIRE(
        waitUntil([&] { return textOf(notice).contains(QStringLiteral("reached the limit")); }));
    CHECK(app.history().rowCount() == 2);

    pacat.waitForFinished(10000);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("No microphone permission: a clear message in place, nothing recorded", "[ui][record]")
{
    const QString dir = freshDir(QStringLiteral("record-denied"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring);
    app.permissions().setMicrophone(debrief::platform::Permissions::Status::Denied);
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    app.click(QStringLiteral("recordButton"));
    RecordController& recorder = app.services().recorder();
    REQUIRE(reaches(recorder, State::Failed));
    CHECK(textOf(app.require(QStringLiteral("recordError")))
              .contains(QStringLiteral("system settings")));
    app.require(QStringLiteral("recordButton")); // ready to try again
    CHECK(app.history().rowCount() == 0);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("A recording cut off by a crash shows as recovered at the next start", "[ui][record]")
{
    const QString dir = freshDir(QStringLiteral("record-recovered"));
    FakeSecretStore keyring;
    qint64 id = 0;
    {
        AppUnderTest first(dir, keyring);
        REQUIRE(first.waitForState(VaultController::State::FirstStart));
        first.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(first.waitForState(VaultController::State::Ready));
        REQUIRE(waitUntil([&] { return keyring.writes() > 0; }));
        // What a killed recorder leaves: a recording with audio, still marked as running.
        AudioStore* audio = first.services().audioStore();
        VaultError error;
        const debrief::RecordingInfo rec = audio->startVoiceReflection(
            debrief::LocalMoment::fromDateTime(QDateTime::currentDateTime()),
            debrief::oggOpusFormat(), &error);
        REQUIRE_FALSE(error);
        REQUIRE_FALSE(audio->appendChunk(rec.id, QByteArrayLiteral("OggS..."), 83000));
        id = rec.reflectionId;
        first.history().onAdded(id);
        CHECK(first.history().rowCount() == 0); // hidden while "recording"
    }
    AppUnderTest second(dir, keyring);
    REQUIRE(second.waitForState(VaultController::State::Ready));
    REQUIRE(second.history().rowCount() == 1);
    CHECK(second.history().data(second.history().index(0), HistoryModel::IdRole).toLongLong() ==
          id);
    CHECK(second.history()
              .data(second.history().index(0), HistoryModel::VoiceRecoveredRole)
              .toBool());
    QQuickItem* list = second.require(QStringLiteral("historyList"));
    REQUIRE(waitUntil([&] { return list->property("count").toInt() == 1; }));
    const QString mark = textOf(second.require(QStringLiteral("voiceMark"), list));
    CHECK(mark.contains(QStringLiteral("1:23")));
    CHECK(mark.contains(QStringLiteral("recovered")));
    CHECK_NO_QML_PROBLEMS(second);
}
