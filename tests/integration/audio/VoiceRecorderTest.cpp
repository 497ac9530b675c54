// VoiceRecorder on a real PulseAudio server with a virtual microphone: what is spoken into it
// is what comes back out of the vault (length, loudness, shape), silence stays silent, pause,
// the limit, permissions, a missing chosen microphone, and every failure (no device, no audio
// server, the device unplugged or the server killed mid-recording) ends in a clear state with
// whatever was recorded kept.

#include "audio/VoiceRecorder.h"
#include "AudioCheck.h"
#include "RecordingFixture.h"
#include "TestEnvironment.h"
#include "fake/FakePermissions.h"
#include "vault/AudioStore.h"
#include "vault/ReflectionStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using State = VoiceRecorder::State;
using Status = platform::Permissions::Status;

namespace {

const QString Sentence = QStringLiteral(
    "Walking out of the meeting, I knew the pitch had gone wrong from the first slide.");

#define REQUIRE_VIRTUAL_MIC()                                                                      \
    do {                                                                                           \
        if (!virtualMicAvailable())                                                                \
            SKIP("run inside tests/support/with-virtual-mic.sh");                                  \
    } while (false)

// The highest meter level seen while it runs.
struct LevelWatch
{
    explicit LevelWatch(VoiceRecorder& r)
    {
        QObject::connect(&r, &VoiceRecorder::progressChanged, &context,
                         [this, &r] { highest = std::max(highest, r.level()); });
    }
    QObject context;
    double highest = 0;
};

bool reaches(VoiceRecorder& recorder, State state, int timeoutMs = 8000)
{
    return waitUntil([&] { return recorder.state() == state; }, timeoutMs);
}

// The main voice note of a reflection, decoded.
DecodedAudio voiceNoteOf(Database& db, ReflectionId id, RecordingInfo* infoOut = nullptr)
{
    AudioStore audio(db);
    VaultError error;
    const auto info = audio.infoFor(id, QString(), &error);
    REQUIRE(info);
    if (infoOut)
        *infoOut = *info;
    const QByteArray bytes = audio.read(info->id, &error);
    REQUIRE_FALSE(error);
    REQUIRE(bytes.startsWith("OggS"));
    return decodeOggOpus(bytes);
}

qint64 reflectionCount(Database& db)
{
    VaultError error;
    return ReflectionStore(db).count(&error);
}

} // namespace

TEST_CASE("Speech into the microphone comes back out of the vault", "[speech]")
{
    REQUIRE_VIRTUAL_MIC();
    const QByteArray pcm = speechPcm(Sentence);
    REQUIRE(pcm.size() > 48000 * 2 * 2); // a few seconds of speech
    RecordingVault vault(QStringLiteral("speech"));
    platform::FakePermissions permissions;
    VoiceRecorder recorder(vault.connection(), permissions);
    recorder.setInputDevice(virtualMicId());
    QSignalSpy saved(&recorder, &VoiceRecorder::saved);
    LevelWatch levels(recorder);

    recorder.start();
    CHECK(recorder.state() == State::Starting);
    REQUIRE(reaches(recorder, State::Recording));
    QElapsedTimer wall;
    wall.start();
    CHECK(recorder.deviceNotice().isEmpty());
    // Hidden from history while it records.
    CHECK(reflectionCount(*vault.db) == 0);
    Speaker speaker;
    QTest::qWait(300);
    speaker.play(pcm);
    REQUIRE(waitUntil([&] { return wall.elapsed() >= 5000; }, 10000));
    recorder.stop();
    const qint64 recordedMs = wall.elapsed();
    REQUIRE(reaches(recorder, State::Saved));
    CHECK(recorder.errorMessage().isEmpty());
    REQUIRE(saved.count() == 1);
    const ReflectionId id = saved.at(0).at(0).toLongLong();
    CHECK(id == recorder.reflectionId());

    RecordingInfo info;
    const DecodedAudio decoded = voiceNoteOf(*vault.db, id, &info);
    REQUIRE(decoded.ok);
    CHECK(info.state == RecordingState::Complete);
    CHECK(decoded.durationMs() == Catch::Approx(recordedMs).epsilon(0.05));
    CHECK(info.durationMs == Catch::Approx(decoded.durationMs()).margin(20));
    CHECK(recorder.elapsedMs() == info.durationMs);
    CHECK(rmsOf(decoded.samples) > 0.02); // clearly above silence
    CHECK(levels.highest > 0.5);          // the meter moved with the voice

    // The loudness over time follows the sentence as it was spoken (20 ms windows, the
    // recording may start up to 2 s before or after it).
    const QVector<double> spoken = loudnessEnvelope(samplesOf(pcm), 960);
    const QVector<double> heard = loudnessEnvelope(decoded.samples, 960);
    int lag = 0;
    const double r = bestCorrelation(heard, spoken, 100, int(spoken.size() * 8 / 10), &lag);
    INFO("correlation " << r << " at a lag of " << lag * 20 << " ms");
    CHECK(r > 0.7);

    // In history now, with its length.
    VaultError error;
    const auto row = ReflectionStore(*vault.db).summary(id, &error);
    REQUIRE(row);
    CHECK(row->voiceDurationMs == info.durationMs);
    CHECK_FALSE(row->voiceRecovered);
    CHECK(row->firstLine.isEmpty());
}

TEST_CASE("With nothing playing the recording is silent", "[silence]")
{
    REQUIRE_VIRTUAL_MIC();
    RecordingVault vault(QStringLiteral("silence"));
    platform::FakePermissions permissions;
    VoiceRecorder recorder(vault.connection(), permissions);
    recorder.setInputDevice(virtualMicId());
    LevelWatch levels(recorder);
    recorder.start();
    REQUIRE(reaches(recorder, State::Recording));
    REQUIRE(waitUntil([&] { return recorder.elapsedMs() >= 3000; }, 10000));
    recorder.stop();
    REQUIRE(reaches(recorder, State::Saved));
    const DecodedAudio decoded = voiceNoteOf(*vault.db, recorder.reflectionId());
    REQUIRE(decoded.ok);
    CHECK(decoded.durationMs() >= 3000);
    CHECK(rmsOf(decoded.samples) < 0.001);
    CHECK(levels.highest < 0.1);
}

TEST_CASE("Pause leaves out what is said meanwhile; resume carries on", "[pause]")
{
    REQUIRE_VIRTUAL_MIC();
    const QByteArray pcm = speechPcm(Sentence);
    RecordingVault vault(QStringLiteral("pause"));
    platform::FakePermissions permissions;
    VoiceRecorder recorder(vault.connection(), permissions);
    recorder.setInputDevice(virtualMicId());
    recorder.start();
    REQUIRE(reaches(recorder, State::Recording));
    Speaker speaker;
    speaker.play(pcm);
    REQUIRE(waitUntil([&] { return recorder.elapsedMs() >= 1000; }, 5000));
    recorder.pause();
    CHECK(recorder.state() == State::Paused);
    QTest::qWait(300);
    const qint64 atPause = recorder.elapsedMs();
    QTest::qWait(1500);
    CHECK(recorder.elapsedMs() == atPause); // the clock stands still
    CHECK(recorder.level() == 0);
    recorder.resume();
    CHECK(recorder.state() == State::Recording);
    REQUIRE(waitUntil([&] { return recorder.elapsedMs() >= atPause + 1000; }, 5000));
    recorder.stop();
    REQUIRE(reaches(recorder, State::Saved));
    const DecodedAudio decoded = voiceNoteOf(*vault.db, recorder.reflectionId());
    REQUIRE(decoded.ok);
    // About two seconds of audio, not the 3.5 s that went by.
    CHECK(decoded.durationMs() == Catch::Approx(recorder.elapsedMs()).margin(30));
    CHECK(decoded.durationMs() < 2800);
    CHECK(rmsOf(decoded.samples) > 0.01);
}

TEST_CASE("The limit stops and saves, with a notice before", "[limit]")
{
    REQUIRE_VIRTUAL_MIC();
    RecordingVault vault(QStringLiteral("limit"));
    platform::FakePermissions permissions;
    VoiceRecorder recorder(vault.connection(), permissions);
    recorder.setInputDevice(virtualMicId());
    CHECK(recorder.limitMs() == VoiceRecorder::DefaultLimitMs);
    recorder.setLimitMs(32500);
    QSignalSpy notice(&recorder, &VoiceRecorder::limitApproaching);
    QSignalSpy saved(&recorder, &VoiceRecorder::saved);
    recorder.start();
    REQUIRE(reaches(recorder, State::Recording));
    CHECK_FALSE(recorder.nearLimit());
    REQUIRE(waitUntil([&] { return recorder.elapsedMs() >= 1500; }, 5000));
    CHECK(notice.isEmpty());
    // Shortened while recording: the notice comes (30 s before the end), then the stop.
    recorder.setLimitMs(4000);
    REQUIRE(waitUntil([&] { return notice.count() == 1; }, 3000));
    CHECK(recorder.nearLimit());
    CHECK(recorder.remainingMs() <= 2600);
    REQUIRE(reaches(recorder, State::Saved, 6000));
    CHECK(recorder.stoppedAtLimit());
    CHECK(notice.count() == 1);
    CHECK(saved.count() == 1);
    const DecodedAudio decoded = voiceNoteOf(*vault.db, recorder.reflectionId());
    REQUIRE(decoded.ok);
    CHECK(decoded.durationMs() == Catch::Approx(4000).margin(25));
}

TEST_CASE("A spoken answer to a loop prompt goes to its reflection, not to a new one", "[answer]")
{
    REQUIRE_VIRTUAL_MIC();
    const QByteArray pcm = speechPcm(QStringLiteral("The data came a day too late."));
    REQUIRE_FALSE(pcm.isEmpty());
    RecordingVault vault(QStringLiteral("answer"));
    VaultError error;
    const ReflectionId id = ReflectionStore(*vault.db).add(
        QStringLiteral("The forecast was wrong."),
        LocalMoment::fromDateTime(QDateTime::currentDateTime()), &error);
    REQUIRE(id > 0);
    platform::FakePermissions permissions;
    VoiceRecorder recorder(vault.connection(), permissions);
    recorder.setInputDevice(virtualMicId());
    QSignalSpy saved(&recorder, &VoiceRecorder::saved);
    const QString prompt = QStringLiteral("analyse.why_difference");

    recorder.startAnswer(id, prompt);
    CHECK(recorder.answerTo() == id);
    CHECK(recorder.promptId() == prompt);
    REQUIRE(reaches(recorder, State::Recording));
    CHECK(recorder.reflectionId() == id);
    // One recording at a time: a voice note cannot start meanwhile.
    recorder.start();
    CHECK(recorder.promptId() == prompt);
    CHECK(recorder.state() == State::Recording);
    Speaker speaker;
    speaker.play(pcm);
    REQUIRE(speaker.waitDone(10000));
    QTest::qWait(300);
    recorder.stop();
    REQUIRE(reaches(recorder, State::Saved));
    REQUIRE(saved.count() == 1);
    CHECK(saved.at(0).at(0).toLongLong() == id);
    CHECK(recorder.promptId() == prompt); // still says what the last recording answered

    // In the vault as that prompt's answer; no new reflection, no main voice note.
    CHECK(reflectionCount(*vault.db) == 1);
    AudioStore audio(*vault.db);
    CHECK_FALSE(audio.infoFor(id, QString(), &error));
    const auto info = audio.infoFor(id, prompt, &error);
    REQUIRE(info);
    CHECK(info->state == RecordingState::Complete);
    CHECK(info->durationMs == recorder.elapsedMs());
    const DecodedAudio decoded = decodeOggOpus(audio.read(info->id, &error));
    REQUIRE(decoded.ok);
    CHECK(decoded.durationMs() == Catch::Approx(info->durationMs).margin(25));
    CHECK(rmsOf(decoded.samples) > 0.02);

    // The next voice note is a voice note again.
    recorder.start();
    CHECK(recorder.promptId().isEmpty());
    CHECK(recorder.answerTo() == 0);
    REQUIRE(reaches(recorder, State::Recording));
    recorder.discard();
    REQUIRE(reaches(recorder, State::Discarded));
    CHECK(reflectionCount(*vault.db) == 1);
    CHECK(audio.infoFor(id, prompt, &error));
}

TEST_CASE("The microphone is asked for on first use, after the app says why; a refusal records "
          "nothing",
          "[permission]")
{
    RecordingVault vault(QStringLiteral("permission"));
    platform::FakePermissions permissions;
    VoiceRecorder recorder(vault.connection(), permissions);
    recorder.setInputDevice(virtualMicId());

    SECTION("refused")
    {
        permissions.setMicrophone(Status::Undetermined);
        permissions.setAnswer(Status::Denied);
        recorder.start();
        CHECK(recorder.state() == State::Starting);
        // The app's own rationale comes first: the OS has not been asked yet.
        CHECK(recorder.rationaleNeeded());
        QTest::qWait(100);
        CHECK(permissions.requests() == 0);
        recorder.acceptRationale();
        CHECK_FALSE(recorder.rationaleNeeded());
        CHECK(recorder.askingPermission());
        REQUIRE(reaches(recorder, State::Failed, 3000));
        CHECK(permissions.requests() == 1);
        CHECK(recorder.errorMessage().contains(QStringLiteral("microphone")));
        // Refused before: not asked again, no rationale, the same clear message.
        recorder.start();
        CHECK_FALSE(recorder.rationaleNeeded());
        REQUIRE(reaches(recorder, State::Failed, 3000));
        CHECK(permissions.requests() == 1);
        CHECK(recorder.errorMessage().contains(QStringLiteral("system settings")));
        CHECK(reflectionCount(*vault.db) == 0);
        CHECK(queryCount(vault, "recordings") == 0);
    }
    SECTION("the rationale declined: back to idle, never asked")
    {
        permissions.setMicrophone(Status::Undetermined);
        recorder.start();
        REQUIRE(recorder.rationaleNeeded());
        recorder.declineRationale();
        CHECK(recorder.state() == State::Idle);
        CHECK_FALSE(recorder.rationaleNeeded());
        CHECK_FALSE(recorder.isActive());
        QTest::qWait(100);
        CHECK(permissions.requests() == 0);
        CHECK(recorder.errorMessage().isEmpty());
        CHECK(queryCount(vault, "recordings") == 0);
    }
    SECTION("refused once, and the OS wants an explanation before asking again")
    {
        permissions.setMicrophone(Status::Denied);
        permissions.setShouldExplain(true);
        permissions.setAnswer(Status::Denied);
        recorder.start();
        REQUIRE(recorder.rationaleNeeded());
        CHECK(permissions.requests() == 0);
        recorder.acceptRationale();
        REQUIRE(reaches(recorder, State::Failed, 3000));
        CHECK(permissions.requests() == 1);
        CHECK(recorder.errorMessage().contains(QStringLiteral("system settings")));
    }
    SECTION("granted")
    {
        REQUIRE_VIRTUAL_MIC();
        permissions.setMicrophone(Status::Undetermined);
        permissions.setAnswer(Status::Granted);
        recorder.start();
        REQUIRE(recorder.rationaleNeeded());
        recorder.acceptRationale();
        REQUIRE(reaches(recorder, State::Recording));
        CHECK(permissions.requests() == 1);
        QTest::qWait(500);
        recorder.stop();
        REQUIRE(reaches(recorder, State::Saved));
        CHECK(reflectionCount(*vault.db) == 1);
        // Granted now: the next recording starts without a word.
        recorder.start();
        CHECK_FALSE(recorder.rationaleNeeded());
        REQUIRE(reaches(recorder, State::Recording));
        recorder.discard();
        REQUIRE(reaches(recorder, State::Discarded));
        CHECK(permissions.requests() == 1);
    }
}

TEST_CASE("A chosen microphone that is gone falls back to the default, with a notice", "[fallback]")
{
    REQUIRE_VIRTUAL_MIC();
    RecordingVault vault(QStringLiteral("fallback"));
    platform::FakePermissions permissions;
    VoiceRecorder recorder(vault.connection(), permissions);
    recorder.setInputDevice(QByteArrayLiteral("usb-headset-unplugged-long-ago"));
    recorder.start();
    REQUIRE(reaches(recorder, State::Recording));
    CHECK(recorder.deviceNotice().contains(QStringLiteral("not connected")));
    recorder.discard();
    REQUIRE(reaches(recorder, State::Discarded));
    CHECK(reflectionCount(*vault.db) == 0);
    CHECK(queryCount(vault, "reflections") == 0); // the discarded note's reflection is gone too
    // The next recording with the microphone present: no notice.
    recorder.setInputDevice(virtualMicId());
    recorder.start();
    REQUIRE(reaches(recorder, State::Recording));
    CHECK(recorder.deviceNotice().isEmpty());
    recorder.stop();
    REQUIRE(reaches(recorder, State::Saved));
}

TEST_CASE("The microphone unplugged mid-recording: a message, and the recording is kept",
          "[unplug]")
{
    REQUIRE_VIRTUAL_MIC();
    const QByteArray pcm = speechPcm(Sentence);
    RecordingVault vault(QStringLiteral("unplug"));
    platform::FakePermissions permissions;
    VoiceRecorder recorder(vault.connection(), permissions);
    recorder.setInputDevice(virtualMicId());
    QSignalSpy saved(&recorder, &VoiceRecorder::saved);
    recorder.start();
    REQUIRE(reaches(recorder, State::Recording));
    Speaker speaker;
    speaker.play(pcm);
    REQUIRE(waitUntil([&] { return recorder.elapsedMs() >= 2000; }, 5000));
    REQUIRE(runCommand(QStringLiteral("pactl"), {QStringLiteral("unload-module"),
                                                 QStringLiteral("module-remap-source")}) == 0);
    REQUIRE(reaches(recorder, State::Failed, 5000));
    INFO(recorder.errorMessage().toStdString());
    CHECK(recorder.errorMessage().contains(QStringLiteral("unplugged")));
    CHECK(recorder.errorMessage().contains(QStringLiteral("saved")));
    REQUIRE(saved.count() == 1);
    RecordingInfo info;
    const DecodedAudio decoded = voiceNoteOf(*vault.db, saved.at(0).at(0).toLongLong(), &info);
    REQUIRE(decoded.ok);
    CHECK(info.state == RecordingState::Complete);
    CHECK(decoded.durationMs() >= 2000);
    CHECK(rmsOf(decoded.samples) > 0.01);
    CHECK(reflectionCount(*vault.db) == 1); // a normal voice reflection in history
    // And the next attempt says there is no microphone now.
    recorder.start();
    REQUIRE(reaches(recorder, State::Failed, 5000));
    CHECK(recorder.errorMessage().contains(QStringLiteral("No microphone")));
}

TEST_CASE("The audio server killed mid-recording: a message, and the recording is kept",
          "[servergone]")
{
    REQUIRE_VIRTUAL_MIC();
    const QByteArray server = qgetenv("DEBRIEF_PULSE_PID");
    REQUIRE_FALSE(server.isEmpty());
    RecordingVault vault(QStringLiteral("server-gone"));
    platform::FakePermissions permissions;
    VoiceRecorder recorder(vault.connection(), permissions);
    recorder.setInputDevice(virtualMicId());
    QSignalSpy saved(&recorder, &VoiceRecorder::saved);
    recorder.start();
    REQUIRE(reaches(recorder, State::Recording));
    REQUIRE(waitUntil([&] { return recorder.elapsedMs() >= 1500; }, 5000));
    REQUIRE(runCommand(QStringLiteral("kill"),
                       {QStringLiteral("-9"), QString::fromLatin1(server)}) == 0);
    REQUIRE(reaches(recorder, State::Failed, 5000));
    INFO(recorder.errorMessage().toStdString());
    CHECK(recorder.errorMessage().contains(QStringLiteral("audio service")));
    CHECK(recorder.errorMessage().contains(QStringLiteral("saved")));
    REQUIRE(saved.count() == 1);
    RecordingInfo info;
    const DecodedAudio decoded = voiceNoteOf(*vault.db, saved.at(0).at(0).toLongLong(), &info);
    REQUIRE(decoded.ok);
    CHECK(info.state == RecordingState::Complete);
    CHECK(decoded.durationMs() >= 1500);
}

TEST_CASE("No input device, or no audio server at all: a clear error, nothing made", "[nodevice]")
{
    // Run with a server that has no microphone, and with PULSE_SERVER pointing nowhere.
    RecordingVault vault(QStringLiteral("no-device"));
    platform::FakePermissions permissions;
    VoiceRecorder recorder(vault.connection(), permissions);
    recorder.start();
    REQUIRE(reaches(recorder, State::Failed, 5000));
    CHECK(recorder.errorMessage().contains(QStringLiteral("No microphone")));
    CHECK_FALSE(recorder.isActive());
    CHECK(queryCount(vault, "reflections") == 0);
    CHECK(queryCount(vault, "recordings") == 0);
    // Asking again is just as calm.
    recorder.start();
    REQUIRE(reaches(recorder, State::Failed, 5000));
    recorder.stop();
    recorder.discard();
    CHECK(recorder.state() == State::Failed);
}

TEST_CASE("Quitting while recording saves the recording as a finished voice note", "[quit]")
{
    REQUIRE_VIRTUAL_MIC();
    RecordingVault vault(QStringLiteral("quit"));
    platform::FakePermissions permissions;
    ReflectionId id = 0;
    for (const bool paused : {false, true}) {
        CAPTURE(paused);
        {
            VoiceRecorder recorder(vault.connection(), permissions);
            recorder.setInputDevice(virtualMicId());
            recorder.start();
            REQUIRE(reaches(recorder, State::Recording));
            REQUIRE(waitUntil([&] { return recorder.elapsedMs() >= 1200; }, 5000));
            if (paused)
                recorder.pause();
            id = recorder.reflectionId();
        } // the app quits: the recorder goes away mid-recording
        RecordingInfo info;
        const DecodedAudio decoded = voiceNoteOf(*vault.db, id, &info);
        REQUIRE(decoded.ok);
        CHECK(info.state == RecordingState::Complete);
        CHECK(decoded.durationMs() >= 1200);
    }
    CHECK(reflectionCount(*vault.db) == 2);
}
