// Spoken answers to loop questions in the real QML, offscreen, with a private PulseAudio server
// and its virtual microphone (with-virtual-mic.sh): on the Analyse page a sentence is spoken into
// "Why was there a difference?", Stop saves it on that question (not as a new reflection), the
// stage counts as done, it is still there after a restart, it plays, it comes back with its
// reflection on Undo, and it can be deleted (after confirming). One recording at a time: a spoken
// answer waits for the voice note being recorded, and another question waits for the answer.

#include "AppUnderTest.h"
#include "AudioCheck.h"
#include "AwakeSink.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/AudioStore.h"
#include "vault/LoopStore.h"

#include <QProcess>
#include <QTest>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using debrief::AudioStore;
using debrief::LoopController;
using debrief::PlayerController;
using debrief::PromptsModel;
using debrief::RecordController;
using debrief::Stage;
using debrief::VaultController;
using debrief::VaultError;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;
using State = RecordController::State;

namespace {

const QString Why = QStringLiteral("analyse.why_difference");

bool reaches(RecordController& recorder, State state, int timeoutMs = 8000)
{
    return waitUntil([&] { return recorder.state() == state; }, timeoutMs);
}

void createVault(AppUnderTest& app)
{
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
}

QQuickItem* shown(AppUnderTest& app, const QString& name)
{
    QQuickItem* item = app.require(name);
    app.reveal(item);
    return item;
}

void tap(AppUnderTest& app, const QString& name)
{
    app.click(shown(app, name));
}

// Opens the reflection from the history beside the content (desktop), then the page of a stage.
void openStage(AppUnderTest& app, qint64 reflectionId, const QString& stepName)
{
    QQuickItem* list = app.require(QStringLiteral("historyList"));
    const int row = app.history().rowOf(reflectionId);
    REQUIRE(row >= 0);
    app.click(app.require(QStringLiteral("historyRow_%1").arg(row), list));
    app.require(QStringLiteral("entryPage"));
    REQUIRE(app.services().loop().shows(reflectionId));
    app.click(stepName);
    app.require(QStringLiteral("stagePage"));
}

QVariant promptRole(LoopController& loop, const QString& promptId, int role)
{
    PromptsModel& prompts = *loop.prompts();
    const int row = prompts.rowOf(promptId);
    REQUIRE(row >= 0);
    return prompts.data(prompts.index(row), role);
}

// "0:07" for a length in milliseconds, as the page writes it.
QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// Waits until a popup with this objectName has faded out (its modal shade takes clicks till then).
void waitClosed(AppUnderTest& app, const QString& popupName)
{
    const QList<QObject*> popups = app.all(popupName);
    REQUIRE_FALSE(popups.isEmpty());
    REQUIRE(waitUntil([&] {
        for (QObject* p : popups) {
            if (p->property("visible").toBool())
                return false;
        }
        return true;
    }));
}

} // namespace

TEST_CASE("A spoken answer on the Analyse page: recorded, counted, kept, played, deleted",
          "[ui][spoken]")
{
    if (qEnvironmentVariableIsEmpty("PULSE_SERVER"))
        SKIP("run inside tests/support/with-virtual-mic.sh");
    const QByteArray pcm = speechPcm(
        QStringLiteral("We planned for an hour, and the client had only twenty minutes."));
    REQUIRE(pcm.size() > 48000 * 2 * 2); // a few seconds of speech
    const QString dir = freshDir(QStringLiteral("spoken"));
    FakeSecretStore keyring;
    qint64 id = 0;
    qint64 durationMs = 0;
    QByteArray audioBytes;
    {
        AppUnderTest app(dir, keyring);
        createVault(app);
        LoopController& loop = app.services().loop();
        RecordController& recorder = app.services().recorder();
        id = app.entries().add(QStringLiteral("The workshop with the client ran out of time."));
        REQUIRE(id > 0);
        app.settle();
        QQuickItem* list = app.require(QStringLiteral("historyList"));
        REQUIRE(waitUntil([&] { return list->property("count").toInt() == 1; }));
        // On to Analyse from the entry page: its questions open.
        app.click(app.require(QStringLiteral("historyRow_0"), list));
        app.require(QStringLiteral("entryPage"));
        app.click(QStringLiteral("nextStepButton"));
        app.require(QStringLiteral("stagePage"));
        REQUIRE(loop.stage() == LoopController::Analyse);
        REQUIRE(loop.viewedStage() == LoopController::Analyse);
        CHECK_FALSE(loop.nextStepMoves());
        // Questions answered in words can be spoken; a picker cannot.
        app.require(QStringLiteral("speakButton_analyse_what_not_who"));
        CHECK(app.visibleItem(QStringLiteral("speakButton_analyse_spectrum")) == nullptr);
        CHECK(app.all(QStringLiteral("speakButton_analyse_spectrum")).isEmpty());

        // Speak: the same recorder, in compact form, on this question only.
        tap(app, QStringLiteral("speakButton_analyse_why_difference"));
        REQUIRE(reaches(recorder, State::Recording));
        CHECK(recorder.answerPromptId() == Why);
        CHECK(recorder.answers(id, Why));
        app.require(QStringLiteral("speakingPanel_analyse_why_difference"));
        CHECK(app.visibleItem(QStringLiteral("speakButton_analyse_why_difference")) == nullptr);
        CHECK(app.visibleItem(QStringLiteral("speakingPanel_analyse_what_not_who")) == nullptr);
        // Not a voice reflection: no "Recording" badge leading to the capture page.
        CHECK(app.visibleItem(QStringLiteral("recordingIndicator")) == nullptr);
        QQuickItem* meter = app.require(QStringLiteral("speakLevel_analyse_why_difference"));
        QQuickItem* time = app.require(QStringLiteral("speakTime_analyse_why_difference"));
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

        // Another question meanwhile: refused, with the reason, and this one goes on.
        tap(app, QStringLiteral("speakButton_analyse_what_not_who"));
        CHECK(textOf(app.require(QStringLiteral("speakRefusal_analyse_what_not_who")))
                  .contains(QStringLiteral("Another answer")));
        CHECK(recorder.state() == State::Recording);
        CHECK(recorder.answerPromptId() == Why);

        // Discard asks first; "Keep recording" keeps it.
        tap(app, QStringLiteral("discardSpeakingButton_analyse_why_difference"));
        app.click(QStringLiteral("keepSpeakingButton_analyse_why_difference"));
        waitClosed(app, QStringLiteral("discardSpeakingDialog"));
        CHECK(recorder.state() == State::Recording);

        REQUIRE(pacat.waitForFinished(15000));
        QTest::qWait(300);
        tap(app, QStringLiteral("stopSpeakingButton_analyse_why_difference"));
        REQUIRE(reaches(recorder, State::Saved));
        CHECK(app.visibleItem(QStringLiteral("speakRefusal_analyse_what_not_who")) == nullptr);

        // In the vault on that question, as long as it was recorded; no new reflection.
        AudioStore* audio = app.services().audioStore();
        VaultError error;
        const auto info = audio->infoFor(id, Why, &error);
        REQUIRE(info);
        durationMs = info->durationMs;
        CHECK(durationMs == recorder.elapsedMs());
        CHECK(durationMs == Catch::Approx(samplesOf(pcm).size() * 1000.0 / 48000).margin(4000));
        CHECK(durationMs > 3000);
        audioBytes = audio->read(info->id, &error);
        const DecodedAudio decoded = decodeOggOpus(audioBytes);
        REQUIRE(decoded.ok);
        CHECK(decoded.durationMs() == Catch::Approx(durationMs).margin(25));
        CHECK(rmsOf(decoded.samples) > 0.02);
        CHECK(app.history().rowCount() == 1);
        CHECK(recorder.reflectionId() == id);

        // The question shows a player with its length; the stage is done.
        app.require(QStringLiteral("playAnswerButton_analyse_why_difference"));
        CHECK(textOf(app.require(QStringLiteral("answerTime_analyse_why_difference")))
                  .contains(clock(durationMs)));
        CHECK(promptRole(loop, Why, PromptsModel::HasVoiceRole).toBool());
        CHECK(promptRole(loop, Why, PromptsModel::VoiceDurationMsRole).toLongLong() == durationMs);
        CHECK(promptRole(loop, Why, PromptsModel::AnsweredRole).toBool());
        CHECK(
            promptRole(loop, Why, PromptsModel::AnswerRole).toString().isEmpty()); // nothing typed
        CHECK(loop.stageDone());
        CHECK(loop.nextStepMoves());
        CHECK(loop.nextStepStage() == LoopController::Apply);
        CHECK(textOf(app.require(QStringLiteral("nextStepButton"))) == loop.nextStepLabel());
        if (QQuickItem* message = app.visibleItem(QStringLiteral("snackbarMessage")))
            CHECK_FALSE(textOf(message).contains(QStringLiteral("Voice note")));
        CHECK_NO_QML_PROBLEMS(app);
    }

    // The next start: the answer is still there, on its question.
    AwakeSink awake;
    AppUnderTest app(dir, keyring);
    REQUIRE(app.waitForState(VaultController::State::Ready));
    LoopController& loop = app.services().loop();
    PlayerController& player = app.services().answerPlayer();
    app.settle();
    openStage(app, id, QStringLiteral("loopStep_analyse"));
    REQUIRE(loop.viewedStage() == LoopController::Analyse);
    CHECK(loop.stageDone());
    CHECK(loop.nextStepMoves());
    QQuickItem* answerTime = app.require(QStringLiteral("answerTime_analyse_why_difference"));
    CHECK(textOf(answerTime).contains(clock(durationMs)));
    CHECK(app.visibleItem(QStringLiteral("speakButton_analyse_why_difference")) == nullptr);

    // Play: the position moves; pause holds it.
    tap(app, QStringLiteral("playAnswerButton_analyse_why_difference"));
    CHECK(player.holds(id, Why));
    CHECK(player.playing());
    CHECK(player.durationMs() == Catch::Approx(durationMs).margin(25));
    REQUIRE(waitUntil([&] { return player.positionMs() >= 1100; }, 5000));
    REQUIRE(waitUntil([&] { return textOf(answerTime).contains(QStringLiteral("0:01 /")); }));
    tap(app, QStringLiteral("playAnswerButton_analyse_why_difference"));
    CHECK_FALSE(player.playing());
    const int heldAt = player.positionMs();
    QTest::qWait(400);
    CHECK(player.positionMs() == heldAt);

    // Deleting the reflection and undoing it brings the spoken answer back, audio and all.
    app.click(QStringLiteral("backButton"));
    app.require(QStringLiteral("entryPage"));
    CHECK_FALSE(player.hasVoice()); // the stage page let go of it
    app.click(QStringLiteral("deleteButton"));
    REQUIRE(app.history().rowCount() == 0);
    AudioStore* audio = app.services().audioStore();
    VaultError error;
    CHECK_FALSE(audio->infoFor(id, Why, &error));
    app.click(QStringLiteral("snackbarAction"));
    REQUIRE(app.history().rowCount() == 1);
    app.require(QStringLiteral("entryPage"));
    const auto back = audio->infoFor(id, Why, &error);
    REQUIRE(back);
    CHECK(back->durationMs == durationMs);
    CHECK(audio->read(back->id, &error) == audioBytes);
    app.click(QStringLiteral("loopStep_analyse"));
    app.require(QStringLiteral("stagePage"));
    CHECK(promptRole(loop, Why, PromptsModel::HasVoiceRole).toBool());
    CHECK(loop.stageDone());
    app.require(QStringLiteral("playAnswerButton_analyse_why_difference"));

    // Delete the spoken answer: asks first; "Keep it" keeps it, Delete deletes it.
    tap(app, QStringLiteral("playAnswerButton_analyse_why_difference"));
    REQUIRE(player.playing());
    tap(app, QStringLiteral("deleteSpokenAnswer_analyse_why_difference"));
    app.click(QStringLiteral("cancelDeleteSpokenAnswer_analyse_why_difference"));
    waitClosed(app, QStringLiteral("deleteSpokenAnswerDialog"));
    REQUIRE(audio->infoFor(id, Why, &error));
    tap(app, QStringLiteral("deleteSpokenAnswer_analyse_why_difference"));
    app.click(QStringLiteral("confirmDeleteSpokenAnswer_analyse_why_difference"));
    waitClosed(app, QStringLiteral("deleteSpokenAnswerDialog"));
    CHECK_FALSE(audio->infoFor(id, Why, &error));
    CHECK_FALSE(error);
    CHECK_FALSE(player.hasVoice()); // it stopped playing
    CHECK_FALSE(player.playing());
    CHECK_FALSE(promptRole(loop, Why, PromptsModel::HasVoiceRole).toBool());
    CHECK_FALSE(promptRole(loop, Why, PromptsModel::AnsweredRole).toBool());
    CHECK(app.visibleItem(QStringLiteral("playAnswerButton_analyse_why_difference")) == nullptr);
    app.require(QStringLiteral("speakButton_analyse_why_difference")); // ready to speak again
    CHECK_FALSE(loop.stageDone());
    CHECK_FALSE(loop.nextStepMoves());
    debrief::VaultError loadError;
    const auto record = app.services().loopStore()->load(id, &loadError);
    REQUIRE(record);
    CHECK(record->spokenAnswers.isEmpty());
    CHECK(record->stage == Stage::Analyse);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("A spoken answer waits for the voice note being recorded", "[ui][spoken]")
{
    if (qEnvironmentVariableIsEmpty("PULSE_SERVER"))
        SKIP("run inside tests/support/with-virtual-mic.sh");
    const QString dir = freshDir(QStringLiteral("spoken-busy"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring);
    createVault(app);
    RecordController& recorder = app.services().recorder();
    const qint64 id = app.entries().add(QStringLiteral("The budget talk went nowhere."));
    REQUIRE(id > 0);
    app.settle();

    // A voice note under way on the capture page; meanwhile the entry's Detect questions.
    app.click(QStringLiteral("recordButton"));
    REQUIRE(reaches(recorder, State::Recording));
    openStage(app, id, QStringLiteral("loopStep_detect"));
    app.require(QStringLiteral("recordingIndicator")); // the way back to it
    tap(app, QStringLiteral("speakButton_detect_facts"));
    const QString refusal = textOf(app.require(QStringLiteral("speakRefusal_detect_facts")));
    CHECK(refusal.contains(QStringLiteral("voice note")));
    CHECK(recorder.state() == State::Recording);
    CHECK(recorder.answerPromptId().isEmpty());
    CHECK(app.visibleItem(QStringLiteral("speakingPanel_detect_facts")) == nullptr);

    // Back to the voice note and stop it: a voice reflection, nothing on the question.
    app.click(QStringLiteral("recordingIndicator"));
    app.require(QStringLiteral("capturePage"));
    app.click(QStringLiteral("stopButton"));
    REQUIRE(reaches(recorder, State::Saved));
    CHECK(app.history().rowCount() == 2);
    VaultError error;
    CHECK_FALSE(app.services().audioStore()->infoFor(id, QStringLiteral("detect.facts"), &error));

    // Now the answer may start; leaving the page keeps what was said, as Stop would.
    openStage(app, id, QStringLiteral("loopStep_detect"));
    CHECK(app.visibleItem(QStringLiteral("speakRefusal_detect_facts")) == nullptr);
    tap(app, QStringLiteral("speakButton_detect_facts"));
    REQUIRE(reaches(recorder, State::Recording));
    // The capture page's control does not show it as a new reflection.
    CHECK(recorder.answerPromptId() == QStringLiteral("detect.facts"));
    REQUIRE(waitUntil([&] { return recorder.elapsedMs() > 1200; }));
    app.click(QStringLiteral("backButton"));
    REQUIRE(reaches(recorder, State::Saved));
    const auto info =
        app.services().audioStore()->infoFor(id, QStringLiteral("detect.facts"), &error);
    REQUIRE(info);
    CHECK(info->durationMs > 1000);
    CHECK(app.history().rowCount() == 2);
    app.click(QStringLiteral("newReflectionButton"));
    app.require(QStringLiteral("capturePage"));
    app.require(QStringLiteral("recordButton"));
    CHECK(app.visibleItem(QStringLiteral("recordingPanel")) == nullptr);
    for (QObject* banner : app.all(QStringLiteral("recordError")))
        CHECK(textOf(banner).isEmpty());
    CHECK_NO_QML_PROBLEMS(app);
}
