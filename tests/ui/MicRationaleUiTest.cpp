// The microphone rationale in the real QML, offscreen: before the system is asked for the
// microphone (never asked yet, or the system wants an explanation after a refusal) Debrief says
// why in its own dialog. Continue lets the system ask (granted: the recording starts); Not now
// returns to idle with nothing asked and nothing recorded; a refusal gives the plain message on
// how to allow it, and nothing is created. Recording runs on a private PulseAudio server with a
// virtual microphone (with-virtual-mic.sh).

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/ReflectionStore.h"

#include <QTest>
#include <catch2/catch_test_macros.hpp>

using debrief::RecordController;
using debrief::VaultController;
using debrief::VaultError;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;
using State = RecordController::State;
using Status = debrief::platform::Permissions::Status;

namespace {

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

QObject* dialogOf(AppUnderTest& app)
{
    const QList<QObject*> dialogs = app.all(QStringLiteral("micRationaleDialog"));
    REQUIRE(dialogs.size() == 1);
    return dialogs.first();
}

bool isOpen(QObject* popup)
{
    return popup->property("visible").toBool();
}

qint64 reflectionsIn(AppUnderTest& app)
{
    VaultError error;
    const qint64 n = app.services().store()->count(&error);
    REQUIRE_FALSE(error);
    return n;
}

} // namespace

TEST_CASE("Never asked: Debrief says why, then the system asks; granted, recording starts",
          "[ui][rationale]")
{
    if (qEnvironmentVariableIsEmpty("PULSE_SERVER"))
        SKIP("run inside tests/support/with-virtual-mic.sh");
    const QString dir = freshDir(QStringLiteral("rationale-granted"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring);
    app.permissions().setMicrophone(Status::Undetermined);
    app.permissions().setAnswer(Status::Granted);
    createVault(app);
    RecordController& recorder = app.services().recorder();

    app.click(QStringLiteral("recordButton"));
    CHECK(recorder.rationaleNeeded());
    QObject* dialog = dialogOf(app);
    REQUIRE(waitUntil([&] { return isOpen(dialog); }));
    CHECK(textOf(app.require(QStringLiteral("micRationaleText")))
              .contains(QStringLiteral("encrypted on this device")));
    QTest::qWait(200);
    CHECK(app.permissions().requests() == 0); // the system has not been asked yet
    CHECK(recorder.state() == State::Starting);

    app.click(QStringLiteral("micRationaleContinue"));
    CHECK(app.permissions().requests() == 1);
    REQUIRE(reaches(recorder, State::Recording));
    REQUIRE(waitUntil([&] { return !isOpen(dialog); }));
    app.require(QStringLiteral("recordingPanel"));
    REQUIRE(waitUntil([&] { return recorder.elapsedMs() > 800; }));
    app.click(QStringLiteral("stopButton"));
    REQUIRE(reaches(recorder, State::Saved));
    CHECK(app.history().rowCount() == 1);

    // Allowed now: the next recording starts at once, no dialog, no second question.
    app.click(QStringLiteral("recordButton"));
    CHECK_FALSE(recorder.rationaleNeeded());
    REQUIRE(reaches(recorder, State::Recording));
    CHECK_FALSE(isOpen(dialog));
    CHECK(app.permissions().requests() == 1);
    app.click(QStringLiteral("stopButton"));
    REQUIRE(reaches(recorder, State::Saved));
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Not now: back to idle, the system never asked, nothing recorded", "[ui][rationale]")
{
    const QString dir = freshDir(QStringLiteral("rationale-cancel"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring);
    app.permissions().setMicrophone(Status::Undetermined);
    createVault(app);
    RecordController& recorder = app.services().recorder();

    app.click(QStringLiteral("recordButton"));
    QObject* dialog = dialogOf(app);
    REQUIRE(waitUntil([&] { return isOpen(dialog); }));
    app.click(QStringLiteral("micRationaleCancel"));
    REQUIRE(waitUntil([&] { return !isOpen(dialog); }));
    CHECK(recorder.state() == State::Idle);
    CHECK_FALSE(recorder.active());
    CHECK_FALSE(recorder.rationaleNeeded());
    QTest::qWait(200);
    CHECK(app.permissions().requests() == 0);
    app.require(QStringLiteral("recordButton")); // ready to try again
    CHECK(app.visibleItem(QStringLiteral("recordingPanel")) == nullptr);
    CHECK(recorder.errorMessage().isEmpty());
    CHECK(app.history().rowCount() == 0);
    CHECK(reflectionsIn(app) == 0);

    // Esc says "Not now" too.
    app.click(QStringLiteral("recordButton"));
    REQUIRE(waitUntil([&] { return isOpen(dialog); }));
    app.key(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return !isOpen(dialog); }));
    CHECK(recorder.state() == State::Idle);
    CHECK(app.permissions().requests() == 0);
    CHECK(reflectionsIn(app) == 0);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Refused after the rationale: the plain message, nothing created", "[ui][rationale]")
{
    const QString dir = freshDir(QStringLiteral("rationale-denied"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring);
    // Refused once already, and the system wants Debrief to explain before asking again.
    app.permissions().setMicrophone(Status::Denied);
    app.permissions().setShouldExplain(true);
    app.permissions().setAnswer(Status::Denied);
    createVault(app);
    RecordController& recorder = app.services().recorder();

    app.click(QStringLiteral("recordButton"));
    QObject* dialog = dialogOf(app);
    REQUIRE(waitUntil([&] { return isOpen(dialog); }));
    CHECK(app.permissions().requests() == 0);
    app.click(QStringLiteral("micRationaleContinue"));
    REQUIRE(reaches(recorder, State::Failed));
    CHECK(app.permissions().requests() == 1);
    const QString message = textOf(app.require(QStringLiteral("recordError")));
    CHECK(message.contains(QStringLiteral("microphone")));
    CHECK(message.contains(QStringLiteral("system settings")));
    app.require(QStringLiteral("recordButton"));
    CHECK(app.history().rowCount() == 0);
    CHECK(reflectionsIn(app) == 0);
    CHECK_NO_QML_PROBLEMS(app);
}
