// Undo of a delete is all or nothing (label ui): the reflection, its recordings and its loop go
// back in one transaction. When a write fails half way (a refusing trigger stands in for a
// full disk) nothing is half restored, the person is told, and a later Undo brings all of it.

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/Database.h"
#include "vault/ReflectionStore.h"
#include "vault/TagStore.h"

#include <catch2/catch_test_macros.hpp>

using debrief::Database;
using debrief::VaultController;
using debrief::VaultError;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

TEST_CASE("Undo of a delete restores everything together or nothing", "[ui][undo]")
{
    const QString dir = freshDir(QStringLiteral("undo"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring);
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));

    const qint64 id = app.entries().add(QStringLiteral("The offsite plan fell apart."));
    REQUIRE(id > 0);
    auto& loop = app.services().loop();
    REQUIRE(loop.load(id));
    REQUIRE(loop.advance());
    loop.setAnswer(QStringLiteral("analyse.why_difference"), {},
                   QStringLiteral("Nobody owned the booking."));
    REQUIRE(loop.advance());
    REQUIRE(loop.addLesson(QStringLiteral("Book the room before inviting people."),
                           loop.viewedStage()) > 0);
    REQUIRE(app.entries().remove(id));
    REQUIRE(app.entries().canUndoRemove());

    // Another connection makes the vault refuse lessons, as a full disk would refuse a page.
    VaultError error;
    std::unique_ptr<Database> side = app.vault().openConnection(&error);
    REQUIRE(side);
    REQUIRE_FALSE(side->exec("CREATE TRIGGER refuse_lessons BEFORE INSERT ON lessons "
                             "BEGIN SELECT RAISE(ABORT, 'refused'); END;"));

    CHECK(app.entries().undoRemove() == 0);
    CHECK_FALSE(app.entries().errorMessage().isEmpty());
    CHECK(app.entries().canUndoRemove());                 // kept for another try
    CHECK_FALSE(app.services().store()->get(id, &error)); // not half restored
    CHECK(error.kind == VaultError::Kind::NotFound);
    CHECK(app.history().rowOf(id) < 0);

    REQUIRE_FALSE(side->exec("DROP TRIGGER refuse_lessons;"));
    CHECK(app.entries().undoRemove() == id);
    CHECK(app.entries().errorMessage().isEmpty());
    CHECK_FALSE(app.entries().canUndoRemove());
    REQUIRE(app.services().store()->get(id, &error));
    REQUIRE(loop.load(id));
    CHECK(loop.lessons().size() == 1);
    CHECK(loop.stage() == int(debrief::LoopController::Apply));
    CHECK(app.history().rowOf(id) >= 0);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Undo of a delete brings the entry's tags back", "[ui][undo][tags]")
{
    const QString dir = freshDir(QStringLiteral("undo-tags"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring);
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));

    const qint64 id = app.entries().add(QStringLiteral("The launch slipped again."));
    REQUIRE(id > 0);
    debrief::TagStore tags(app.services().store()->database());
    REQUIRE_FALSE(tags.addTag(id, QStringLiteral("Launch")));
    REQUIRE_FALSE(tags.addTag(id, QStringLiteral("team")));
    REQUIRE(app.entries().remove(id));
    VaultError error;
    tags.tagsOf(id, &error);
    CHECK(error.kind == VaultError::Kind::NotFound);

    CHECK(app.entries().undoRemove() == id);
    CHECK(tags.tagsOf(id, &error) == QStringList{QStringLiteral("Launch"), QStringLiteral("team")});
    CHECK_FALSE(error);
    CHECK_NO_QML_PROBLEMS(app);
}
