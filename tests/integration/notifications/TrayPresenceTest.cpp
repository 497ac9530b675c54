// The desktop tray icon ("[tray]"), in a QApplication of its own (a tray menu is a widget):
// TrayPresence builds its menu on first show, and the menu's entries reach the app.

#include "desktop/TrayPresence.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <catch2/catch_session.hpp>
#include <catch2/catch_test_macros.hpp>

using debrief::platform::TrayPresence;

namespace {

QMenu* trayMenu()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* menu = qobject_cast<QMenu*>(widget))
            return menu;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The tray menu opens the app and quits it", "[tray]")
{
    TrayPresence tray;
    int opened = 0;
    int quit = 0;
    tray.setHandlers([&] { ++opened; }, [&] { ++quit; });
    CHECK(trayMenu() == nullptr); // nothing is built before it is shown

    tray.setVisible(true);
    QMenu* menu = trayMenu();
    REQUIRE(menu != nullptr);
    QStringList labels;
    QAction* open = nullptr;
    QAction* quitAction = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        labels.append(action->text());
        (labels.size() == 1 ? open : quitAction) = action;
    }
    CHECK(labels == QStringList{QStringLiteral("Open Debrief"), QStringLiteral("Quit")});

    open->trigger();
    CHECK(opened == 1);
    CHECK(quit == 0);
    quitAction->trigger();
    CHECK(quit == 1);

    tray.setVisible(false);
    tray.setVisible(true); // shown again: the same icon and menu
    CHECK(trayMenu() == menu);
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
