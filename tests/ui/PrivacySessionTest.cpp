// SECURITY.md ST-1, ST-2, ST-3, LK-1 for the app itself (label ui): a scripted session in the
// real app (QML loaded, private PulseAudio with a virtual microphone) plants a unique marker in
// a typed reflection, every kind of loop answer, a lesson, a change, an experiment and the next
// smart risk, records a spoken reflection and plays it back, searches, then quits. Afterwards
// no file anywhere in the sandbox (HOME, XDG dirs, TMPDIR, the data folder, the vault's own
// files included: they are encrypted) holds the marker or audio magic, and no Qt log message
// mentions the marker.

#include "AppUnderTest.h"
#include "AudioCheck.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/ReflectionStore.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QUuid>
#include <catch2/catch_test_macros.hpp>

using debrief::LoopController;
using debrief::RecordController;
using debrief::VaultController;
using debrief::VaultError;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

// Every Qt message of the session, to check none carries content (LK-1).
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void collectMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

// The sandbox files holding any of needles, with the needle found.
QStringList filesHolding(const QList<QByteArray>& needles)
{
    QStringList hits;
    for (const QString& path : filesUnder(sandboxRoot())) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray& needle : needles) {
            if (bytes.contains(needle))
                hits.append(path + QStringLiteral(" (") + QString::fromLatin1(needle) +
                            QStringLiteral(")"));
        }
    }
    return hits;
}

} // namespace

TEST_CASE("A whole session leaves no content and no audio outside the vault", "[privacy]")
{
    if (qEnvironmentVariableIsEmpty("PULSE_SERVER"))
        SKIP("run inside tests/support/with-virtual-mic.sh");
    previousHandler = qInstallMessageHandler(collectMessage);
    const QString marker =
        QStringLiteral("mk") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    const QByteArray pcm = speechPcm(QStringLiteral("The budget review went badly again."));
    REQUIRE_FALSE(pcm.isEmpty());
    const QString dir = freshDir(QStringLiteral("privacy-session"));
    FakeSecretStore keyring;
    {
        AppUnderTest app(dir, keyring, 390, 844);
        REQUIRE(app.waitForState(VaultController::State::FirstStart));
        app.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(app.waitForState(VaultController::State::Ready));

        // Typed, through the capture page's real text field and Save.
        app.click(QStringLiteral("captureText"));
        app.type(QStringLiteral("Pitch failed ") + marker);
        app.key(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(waitUntil([&] { return app.history().count() == 1; }));
        const qint64 id =
            app.history().data(app.history().index(0), debrief::HistoryModel::IdRole).toLongLong();

        // Every kind of loop text.
        LoopController& loop = app.services().loop();
        REQUIRE(loop.load(id));
        loop.setAnswer(QStringLiteral("detect.facts"), {}, QStringLiteral("fact ") + marker);
        loop.setAnswer(QStringLiteral("detect.feeling"), {}, QStringLiteral("feel") + marker, 3);
        REQUIRE(loop.advance());
        loop.setAnswer(QStringLiteral("analyse.why_difference"), {},
                       QStringLiteral("why ") + marker);
        loop.setAnswer(QStringLiteral("analyse.scr"), QStringLiteral("situation"),
                       QStringLiteral("scr ") + marker);
        REQUIRE(loop.advance());
        REQUIRE(loop.addLesson(QStringLiteral("lesson ") + marker, loop.viewedStage()) > 0);
        const qint64 change = loop.addChange(QStringLiteral("change ") + marker, 0.8, 0.6);
        REQUIRE(change > 0);
        REQUIRE(loop.chooseExperiment(change) > 0);
        REQUIRE(loop.saveExperiment(QStringLiteral("hyp ") + marker,
                                    QStringLiteral("act ") + marker, loop.suggestedCheckDate(3),
                                    QStringLiteral("sig ") + marker));
        REQUIRE(loop.skip(QStringLiteral("skip reason ") + marker));
        loop.setAnswer(QStringLiteral("continue.next_risk"), {}, QStringLiteral("risk ") + marker);
        REQUIRE(loop.saveNow());
        CHECK(loop.errorMessage().isEmpty());

        // Spoken: a voice reflection while speech plays into the virtual microphone.
        RecordController& recorder = app.services().recorder();
        recorder.start();
        REQUIRE(waitUntil([&] { return recorder.state() == RecordController::State::Recording; },
                          8000));
        QProcess pacat;
        REQUIRE(startSpeaking(pacat, pcm));
        REQUIRE(pacat.waitForFinished(15000));
        recorder.stop();
        REQUIRE(waitUntil([&] { return app.history().count() == 2; }, 8000));
        const qint64 voiceId =
            app.history().data(app.history().index(0), debrief::HistoryModel::IdRole).toLongLong();
        CHECK(app.history()
                  .data(app.history().index(0), debrief::HistoryModel::VoiceDurationRole)
                  .toLongLong() > 1000);

        // Played back, then searched: the read paths must not spill either (ST-4).
        auto& player = app.services().player();
        player.load(voiceId);
        REQUIRE(player.hasVoice());
        player.play();
        REQUIRE(waitUntil([&] { return player.positionMs() > 500; }, 8000));
        player.pause();
        VaultError error;
        const auto hits = app.services().store()->search(marker, 20, &error);
        CHECK_FALSE(error);
        CHECK(hits.size() == 1);
        app.services().lessons().setQuery(marker);
        CHECK(app.services().lessons().count() == 1);
        CHECK_NO_QML_PROBLEMS(app);
    } // quit: everything is written and closed

    qInstallMessageHandler(previousHandler);
    const QList<QByteArray> needles = {
        marker.toUtf8(),           marker.toLower().toUtf8(),     QByteArrayLiteral("OggS"),
        QByteArrayLiteral("RIFF"), QByteArrayLiteral("OpusHead"), QByteArrayLiteral("ftyp")};
    INFO("sandbox " << sandboxRoot().toStdString());
    const QStringList leaks = filesHolding(needles);
    INFO(leaks.join(QLatin1Char('\n')).toStdString());
    CHECK(leaks.isEmpty());
    // The scan looked at real files: the vault and its key file are there.
    CHECK(QFile::exists(dir + QStringLiteral("/vault.db")));
    CHECK(QFile::exists(dir + QStringLiteral("/vault.keys")));
    QMutexLocker lock(&logMutex);
    for (const QString& line : std::as_const(logLines)) {
        INFO(line.toStdString());
        CHECK_FALSE(line.contains(marker, Qt::CaseInsensitive));
    }
}
