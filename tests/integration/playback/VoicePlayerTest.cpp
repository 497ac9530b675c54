// VoicePlayer on a real (private) PulseAudio server with a null sink: a known recording plays
// at its length, pauses, seeks and speeds up; nothing of it ever reaches a file.

#include "audio/VoicePlayer.h"
#include "AwakeSink.h"
#include "TestEnvironment.h"
#include "ToneRecording.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

// How far the position moves in about wallMs of playing.
qint64 advanceOver(VoicePlayer& player, int wallMs)
{
    const qint64 start = player.positionMs();
    QTest::qWait(wallMs);
    return player.positionMs() - start;
}

// Plays from the start and returns how long it took to reach the end, in ms.
qint64 playToEnd(VoicePlayer& player, int timeoutMs)
{
    QSignalSpy finished(&player, &VoicePlayer::finished);
    QElapsedTimer clock;
    clock.start();
    player.play();
    REQUIRE(player.isPlaying());
    REQUIRE(finished.wait(timeoutMs));
    return clock.elapsed();
}

} // namespace

TEST_CASE("A known recording plays to its end at its own length", "[player]")
{
    AwakeSink awake;
    VoicePlayer player;
    QSignalSpy duration(&player, &VoicePlayer::durationChanged);
    REQUIRE(player.load(toneRecording(3000)));
    CHECK(duration.count() == 1);
    CHECK(player.errorMessage().isEmpty());
    CHECK(player.durationMs() == Catch::Approx(3000).epsilon(0.05));
    CHECK(player.positionMs() == 0);
    CHECK_FALSE(player.isPlaying());

    QSignalSpy playing(&player, &VoicePlayer::playingChanged);
    QSignalSpy moved(&player, &VoicePlayer::positionChanged);
    const qint64 tookMs = playToEnd(player, 10000);
    CHECK(tookMs == Catch::Approx(3000).epsilon(0.2));
    CHECK(moved.count() > 10); // the position was reported while it played
    CHECK(playing.count() == 2);
    CHECK_FALSE(player.isPlaying());
    CHECK(player.positionMs() == player.durationMs());
    CHECK(player.errorMessage().isEmpty());

    // Play again after the end: from the start.
    player.play();
    REQUIRE(player.isPlaying());
    CHECK(player.positionMs() < 300);
    REQUIRE(waitUntil([&] { return player.positionMs() > 500; }, 3000));
    player.unload();
    CHECK_FALSE(player.isPlaying());
    CHECK_FALSE(player.isLoaded());
    CHECK(player.durationMs() == 0);
}

TEST_CASE("Pause holds the position; play goes on from there", "[player]")
{
    AwakeSink awake;
    VoicePlayer player;
    REQUIRE(player.load(toneRecording(6000)));
    player.play();
    REQUIRE(waitUntil([&] { return player.positionMs() >= 1000; }, 4000));
    player.pause();
    CHECK_FALSE(player.isPlaying());
    const qint64 held = player.positionMs();
    CHECK(held >= 1000);
    CHECK(held < 2000);
    QTest::qWait(700);
    CHECK(player.positionMs() == held);

    player.play();
    CHECK(player.positionMs() == held);
    REQUIRE(waitUntil([&] { return player.positionMs() >= held + 500; }, 3000));
    CHECK(player.positionMs() < held + 1500);
}

TEST_CASE("Seek lands where asked, paused or playing", "[player]")
{
    AwakeSink awake;
    VoicePlayer player;
    REQUIRE(player.load(toneRecording(6000)));

    player.seek(4000);
    CHECK(player.positionMs() == 4000);
    CHECK_FALSE(player.isPlaying());
    player.seek(-50);
    CHECK(player.positionMs() == 0);
    player.seek(99999);
    CHECK(player.positionMs() == player.durationMs());

    player.seek(4000);
    player.play();
    REQUIRE(waitUntil([&] { return player.positionMs() >= 4300; }, 3000));
    player.seek(1000);
    CHECK(player.isPlaying());
    CHECK(player.positionMs() == 1000);
    REQUIRE(waitUntil([&] { return player.positionMs() >= 1300; }, 3000));
    CHECK(player.positionMs() < 2500);

    // From 5 s, the last second plays and the player stops at the end.
    player.seek(5000);
    QSignalSpy finished(&player, &VoicePlayer::finished);
    QElapsedTimer clock;
    clock.start();
    REQUIRE(finished.wait(5000));
    CHECK(clock.elapsed() == Catch::Approx(1000).margin(400));
}

TEST_CASE("Speed 1.5x and 2x: the recording plays through that much faster", "[player]")
{
    AwakeSink awake;
    VoicePlayer player;
    REQUIRE(player.load(toneRecording(3000)));
    CHECK(player.rate() == 1.0);

    QSignalSpy rateChanged(&player, &VoicePlayer::rateChanged);
    player.setRate(2.0);
    CHECK(rateChanged.count() == 1);
    CHECK(player.rate() == 2.0);
    // Wall time is what the audio output really consumed: 3 s of recording in about 1.5 s.
    CHECK(playToEnd(player, 10000) == Catch::Approx(1500).epsilon(0.25));

    player.setRate(1.5);
    CHECK(playToEnd(player, 10000) == Catch::Approx(2000).epsilon(0.25));

    // Changing speed while playing: the position goes on from where it was, faster.
    VoicePlayer longer;
    REQUIRE(longer.load(toneRecording(12000)));
    longer.play();
    REQUIRE(waitUntil([&] { return longer.positionMs() >= 500; }, 3000));
    const qint64 atNormal = advanceOver(longer, 1200);
    const qint64 before = longer.positionMs();
    longer.setRate(2.0);
    CHECK(longer.isPlaying());
    CHECK(longer.positionMs() >= before);
    CHECK(longer.positionMs() < before + 200);
    QTest::qWait(300); // the output starts afresh
    const qint64 atDouble = advanceOver(longer, 1200);
    CHECK(double(atDouble) / double(atNormal) == Catch::Approx(2.0).epsilon(0.2));

    // Out-of-range speeds are clamped.
    longer.setRate(10);
    CHECK(longer.rate() == VoicePlayer::MaximumRate);
    longer.setRate(0);
    CHECK(longer.rate() == VoicePlayer::MinimumRate);
}

TEST_CASE("Undecodable data: a clear message, nothing plays", "[player]")
{
    VoicePlayer player;
    QSignalSpy error(&player, &VoicePlayer::errorMessageChanged);
    CHECK_FALSE(player.load(QByteArray("OggS but not really an Ogg Opus stream")));
    CHECK(error.count() == 1);
    CHECK(player.errorMessage() ==
          QStringLiteral("This recording cannot be played: its audio is damaged."));
    CHECK_FALSE(player.isLoaded());
    player.play();
    CHECK_FALSE(player.isPlaying());

    // A good recording afterwards clears the message.
    REQUIRE(player.load(toneRecording(1000)));
    CHECK(player.errorMessage().isEmpty());
}

TEST_CASE("A cut-off recording plays what is there, to its end", "[player]")
{
    AwakeSink awake;
    const QByteArray whole = toneRecording(4000);
    VoicePlayer player;
    REQUIRE(player.load(whole.left(whole.size() / 2)));
    CHECK(player.durationMs() > 1500);
    CHECK(player.durationMs() < 2500);
    player.setRate(2.0);
    playToEnd(player, 10000);
    CHECK(player.positionMs() == player.durationMs());
    CHECK(player.errorMessage().isEmpty());
}

TEST_CASE("Playing writes no audio anywhere", "[player]")
{
    AwakeSink awake;
    const QString sandbox = qEnvironmentVariable("DEBRIEF_TEST_SANDBOX");
    REQUIRE_FALSE(sandbox.isEmpty());
    {
        VoicePlayer player;
        REQUIRE(player.load(toneRecording(2000)));
        player.setRate(1.5);
        playToEnd(player, 10000);
        player.seek(500);
        player.play();
        REQUIRE(waitUntil([&] { return player.positionMs() > 800; }, 3000));
        player.pause();
    }
    // HOME, the XDG dirs and TMPDIR all live in the sandbox (see isolated-env.sh).
    for (const QByteArray& magic :
         {QByteArray("OggS"), QByteArray("RIFF"), QByteArray("OpusHead")}) {
        CAPTURE(magic.toStdString());
        CHECK(filesContaining(sandbox, magic).isEmpty());
    }
    for (const char* variable : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                                 "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"}) {
        CAPTURE(variable);
        CHECK(qEnvironmentVariable(variable).startsWith(sandbox));
    }
}

TEST_CASE("No audio output: a clear message, no crash", "[no-output]")
{
    VoicePlayer player;
    REQUIRE(player.load(toneRecording(1000)));
    player.play();
    CHECK_FALSE(player.isPlaying());
    CHECK(player.errorMessage() ==
          QStringLiteral("No speaker or headphones are available to play this recording."));
    CHECK(player.positionMs() == 0);
}

TEST_CASE("The audio server gone mid-playback: a clear message, no crash", "[server-gone]")
{
    const qint64 server = qEnvironmentVariableIntValue("DEBRIEF_PULSE_PID");
    REQUIRE(server > 0);
    AwakeSink awake;
    VoicePlayer player;
    REQUIRE(player.load(toneRecording(6000)));
    player.play();
    REQUIRE(waitUntil([&] { return player.positionMs() >= 500; }, 4000));
    REQUIRE(QProcess::execute(QStringLiteral("kill"),
                              {QStringLiteral("-9"), QString::number(server)}) == 0);
    REQUIRE(waitUntil([&] { return !player.isPlaying(); }, 10000));
    CHECK(player.errorMessage() == QStringLiteral("Playback stopped: the sound output is gone."));
    const qint64 at = player.positionMs();
    CHECK(at >= 500);
    CHECK(at < 6000);
    CHECK(player.isLoaded()); // the recording is still there to play once sound is back
}
