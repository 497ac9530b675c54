#include "ConfirmSecretSupport.h"

#include "AppUnderTest.h"
#include "TestEnvironment.h"

#include <catch2/catch_test_macros.hpp>

namespace debrief::test {

namespace {

bool fieldShown(AppUnderTest& app)
{
    return app.visibleItem(QStringLiteral("confirmSecretField")) != nullptr;
}

QQuickItem* waitForField(AppUnderTest& app)
{
    QQuickItem* field = nullptr;
    REQUIRE(waitUntil([&] {
        app.settle();
        return (field = app.visibleItem(QStringLiteral("confirmSecretField"))) != nullptr;
    }));
    return field;
}

} // namespace

bool answerSecretDialog(AppUnderTest& app, const QString& secret)
{
    QQuickItem* field = waitForField(app);
    app.click(field);
    REQUIRE(field->hasActiveFocus());
    // A secret typed before (a wrong one) goes first.
    app.key(Qt::Key_A, Qt::ControlModifier);
    app.key(Qt::Key_Backspace);
    REQUIRE(textOf(field).isEmpty());
    app.type(secret);
    app.click(QStringLiteral("confirmSecretButton"));
    // Argon2id runs off the UI thread: busy until it is done.
    REQUIRE(waitUntil([&] { return !app.services().secretCheck().busy(); }, 60000));
    app.settle();
    // Refused: the dialog stays with its error. Taken: it closes (after its exit transition).
    if (!app.services().secretCheck().errorMessage().isEmpty()) {
        REQUIRE(app.visibleItem(QStringLiteral("confirmSecretField")) == field);
        return false;
    }
    REQUIRE(waitUntil([&] { return !fieldShown(app); }));
    app.settle();
    return true;
}

void cancelSecretDialog(AppUnderTest& app)
{
    waitForField(app);
    app.click(QStringLiteral("confirmSecretCancel"));
    REQUIRE(waitUntil([&] { return !fieldShown(app); }));
    app.settle();
}

} // namespace debrief::test
