// Phone and desktop layouts of the unlocked app: one column with back navigation at 390x844,
// the history list beside the capture or entry pane at 1280x800.

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"

#include <QTest>
#include <catch2/catch_test_macros.hpp>

using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

QRectF sceneRect(QQuickItem* item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

// A fresh vault with three reflections, the newest last in the list given.
void createVaultWithReflections(AppUnderTest& app)
{
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    for (const char* text :
         {"Budget review: my numbers did not add up.", "Lost the chess club final in twelve moves.",
          "The pitch to Northwind fell flat."})
        REQUIRE(app.entries().add(QString::fromUtf8(text)) > 0);
    REQUIRE(app.history().rowCount() == 3);
    app.settle();
}

} // namespace

TEST_CASE("Phone: one column, history and entry pushed, back returns", "[ui][layout]")
{
    const QString dir = freshDir(QStringLiteral("phone"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring, 390, 844);
    createVaultWithReflections(app);

    CHECK(app.require(QStringLiteral("capturePage"))->width() == 390);
    CHECK(app.visibleItem(QStringLiteral("historyList")) == nullptr);
    CHECK(app.visibleItem(QStringLiteral("backButton")) == nullptr);
    CHECK(app.visibleItem(QStringLiteral("newReflectionButton")) == nullptr);

    // A draft survives a look at the history.
    app.type(QStringLiteral("Draft: "));

    app.click(QStringLiteral("historyButton"));
    app.require(QStringLiteral("historyPage"));
    CHECK(app.visibleItem(QStringLiteral("capturePage")) == nullptr);
    QQuickItem* list = app.require(QStringLiteral("historyList"));
    CHECK(sceneRect(list).width() == 390);
    CHECK(list->property("count").toInt() == 3);
    CHECK(app.visibleItem(QStringLiteral("historyButton")) == nullptr);
    app.require(QStringLiteral("backButton"));

    app.click(app.require(QStringLiteral("historyRow_0"), list));
    app.require(QStringLiteral("entryPage"));
    CHECK(app.visibleItem(QStringLiteral("historyList")) == nullptr);
    CHECK(textOf(app.require(QStringLiteral("entryText"))) ==
          QStringLiteral("The pitch to Northwind fell flat."));

    app.click(QStringLiteral("backButton"));
    app.require(QStringLiteral("historyPage"));
    app.key(Qt::Key_Escape);
    app.require(QStringLiteral("capturePage"));
    CHECK(app.visibleItem(QStringLiteral("historyPage")) == nullptr);
    CHECK(app.visibleItem(QStringLiteral("backButton")) == nullptr);
    QQuickItem* capture = app.require(QStringLiteral("captureText"));
    CHECK(textOf(capture) == QStringLiteral("Draft: "));
    CHECK(waitUntil([&] { return capture->hasActiveFocus(); })); // ready to go on writing

    // Widened on the capture page: the list appears beside it, nothing marked as open.
    app.resize(1280, 800);
    QQuickItem* sideList = app.require(QStringLiteral("historyList"));
    for (int row = 0; row < 3; ++row) {
        INFO("row " << row);
        CHECK_FALSE(app.require(QStringLiteral("historyRow_%1").arg(row), sideList)
                        ->property("highlighted")
                        .toBool());
    }
    CHECK(textOf(app.require(QStringLiteral("captureText"))) == QStringLiteral("Draft: "));
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Desktop: the list and the entry side by side", "[ui][layout]")
{
    const QString dir = freshDir(QStringLiteral("desktop"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring, 1280, 800);
    createVaultWithReflections(app);

    QQuickItem* list = app.require(QStringLiteral("historyList"));
    QQuickItem* capture = app.require(QStringLiteral("capturePage"));
    CHECK(sceneRect(list).right() <= sceneRect(capture).left());
    CHECK(sceneRect(list).intersects(sceneRect(capture).translated(-sceneRect(capture).left(), 0)));
    CHECK(sceneRect(capture).right() == 1280);
    CHECK(app.visibleItem(QStringLiteral("historyButton")) == nullptr);
    app.require(QStringLiteral("newReflectionButton"));

    app.click(app.require(QStringLiteral("historyRow_1"), list));
    QQuickItem* entry = app.require(QStringLiteral("entryPage"));
    CHECK(app.visibleItem(QStringLiteral("historyList")) == list);
    CHECK(sceneRect(list).right() <= sceneRect(entry).left());
    // Three panes now (sections and filters | list | entry): the entry keeps its readable
    // width (Theme.maxReadableWidth, 720) at 1280.
    CHECK(sceneRect(entry).width() >= 720);
    CHECK(app.require(QStringLiteral("historyRow_1"), list)->property("highlighted").toBool());
    CHECK(textOf(app.require(QStringLiteral("entryText"))) ==
          QStringLiteral("Lost the chess club final in twelve moves."));

    // Another row replaces the entry pane: no stack to walk back through.
    app.click(app.require(QStringLiteral("historyRow_2"), list));
    CHECK(textOf(app.require(QStringLiteral("entryText"))) ==
          QStringLiteral("Budget review: my numbers did not add up."));
    CHECK(app.visibleItem(QStringLiteral("backButton")) == nullptr);

    app.click(QStringLiteral("newReflectionButton"));
    app.require(QStringLiteral("capturePage"));
    CHECK(app.visibleItem(QStringLiteral("entryPage")) == nullptr);

    // Narrowing the window folds it into one column; widening brings the list back.
    app.resize(390, 844);
    CHECK(app.visibleItem(QStringLiteral("historyList")) == nullptr);
    CHECK(app.require(QStringLiteral("capturePage"))->width() == 390);
    app.resize(1280, 800);
    CHECK(app.visibleItem(QStringLiteral("historyList")) != nullptr);
    CHECK_NO_QML_PROBLEMS(app);
}
