// Screen readers and the keyboard on every page: each interactive item has an accessible name,
// and Tab goes round every shown, enabled control and back to the start; a dialog keeps the
// focus inside and Esc closes it. At phone (390x844) and desktop (1280x800) sizes.

#include "AccessibilitySupport.h"
#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"

#include <QGuiApplication>
#include <QTest>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

struct Size
{
    int width;
    int height;
    const char* name;
};

// Everything wrong on the page on screen, one line each: unnamed items, controls Tab never
// reaches, a Tab chain that does not come back round.
QStringList audit(AppUnderTest& app, const QString& page)
{
    app.settle();
    // A screen reader switching on now: every control on screen publishes its name and role.
    activateAccessibility();
    QStringList problems;
    QQuickItem* root = app.window()->contentItem();
    const QList<QQuickItem*> interactive = interactiveItems(root);
    if (interactive.isEmpty())
        problems << page + QStringLiteral(": nothing interactive found");
    for (QQuickItem* item : interactive) {
        if (accessibleName(item).isEmpty())
            problems << page + QStringLiteral(": no accessible name: ") + describe(item);
    }
    bool stuck = false;
    QList<QQuickItem*> unseen;
    // Pixels are compared where the real rendering runs (under Xvfb); offscreen draws no
    // Material backgrounds.
    const bool rendered = QGuiApplication::platformName() == QLatin1String("xcb");
    const QList<QQuickItem*> chain = walkTabChain(app, stuck, rendered ? &unseen : nullptr);
    for (QQuickItem* item : unseen)
        problems << page + QStringLiteral(": no visible focus on ") + describe(item);
    if (stuck) {
        problems << page + QStringLiteral(": Tab does not come back round; it stays at ") +
                        (chain.isEmpty() ? QStringLiteral("nothing") : describe(chain.last()));
    }
    for (QQuickItem* stop : tabStops(root)) {
        const bool reached = std::any_of(chain.begin(), chain.end(), [stop](QQuickItem* f) {
            return f == stop || stop->isAncestorOf(f);
        });
        if (!reached)
            problems << page + QStringLiteral(": Tab never reaches ") + describe(stop);
    }
    return problems;
}

QObject* workspace(AppUnderTest& app)
{
    return app.require(QStringLiteral("workspace"));
}

// A workspace function (showLessons, showEntry …) as the toolbar, the menu or a reminder calls it.
void show(AppUnderTest& app, const char* function, const QVariant& argument = QVariant())
{
    if (argument.isValid())
        REQUIRE(QMetaObject::invokeMethod(workspace(app), function, Q_ARG(QVariant, argument)));
    else
        REQUIRE(QMetaObject::invokeMethod(workspace(app), function));
    app.settle();
}

void report(const QStringList& problems)
{
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

} // namespace

TEST_CASE("Every page: named controls, Tab reaches them all", "[ui][a11y][a11y-pages]")
{
    const Size size = GENERATE(Size{390, 844, "phone"}, Size{1280, 800, "desktop"});
    INFO(size.name);
    activateAccessibility();
    const QString dir = freshDir(QStringLiteral("a11y-") + QLatin1String(size.name));
    FakeSecretStore keyring;
    QStringList problems;
    {
        AppUnderTest app(dir, keyring, size.width, size.height);
        REQUIRE(app.waitForState(VaultController::State::FirstStart));
        app.require(QStringLiteral("setupPage"));
        problems << audit(app, QStringLiteral("setup"));

        app.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(app.waitForState(VaultController::State::Ready));
        const qint64 first = app.entries().add(QStringLiteral("The pitch to Northwind fell flat."));
        REQUIRE(first > 0);
        REQUIRE(app.entries().add(QStringLiteral("Missed the train to the offsite.")) > 0);
        app.require(QStringLiteral("capturePage"));
        problems << audit(app, QStringLiteral("capture"));

        if (size.width < 900) {
            app.click(QStringLiteral("historyButton"));
            app.require(QStringLiteral("historyPage"));
            problems << audit(app, QStringLiteral("history"));
        }

        show(app, "showEntry", first);
        app.require(QStringLiteral("entryPage"));
        problems << audit(app, QStringLiteral("entry"));

        for (const char* stage : {"detect", "analyse", "apply", "continue"}) {
            show(app, "newReflection");
            show(app, "showEntry", first);
            app.click(QStringLiteral("loopStep_") + QLatin1String(stage));
            app.require(QStringLiteral("stagePage"));
            problems << audit(app, QStringLiteral("stage ") + QLatin1String(stage));
        }

        const std::pair<const char*, const char*> pages[] = {
            {"showLessons", "lessonsPage"},           {"showExperiments", "experimentsPage"},
            {"showInsights", "insightsPage"},         {"showDue", "duePage"},
            {"showSettings", "settingsPage"},         {"showKeys", "keysPage"},
            {"showPrivacy", "privacyPage"},           {"showSharingKey", "sharingKeyPage"},
            {"showSharedWithMe", "sharedWithMePage"}, {"showBackup", "backupPage"}};
        for (const auto& [function, page] : pages) {
            show(app, "newReflection");
            show(app, function);
            app.require(QLatin1String(page));
            problems << audit(app, QLatin1String(page));
        }

        show(app, "newReflection");
        app.services().selection().toggle(first);
        show(app, "showShare");
        app.require(QStringLiteral("sharePage"));
        problems << audit(app, QStringLiteral("sharePage"));
        CHECK_NO_QML_PROBLEMS(app);
    }

    // The next start without a keyring asks for the passphrase or recovery code.
    FakeSecretStore noKeyring;
    noKeyring.setAvailable(false);
    AppUnderTest locked(dir, noKeyring, size.width, size.height);
    REQUIRE(locked.waitForState(VaultController::State::Locked));
    locked.require(QStringLiteral("unlockPage"));
    problems << audit(locked, QStringLiteral("unlock"));
    report(problems);
    CHECK_NO_QML_PROBLEMS(locked);
}

TEST_CASE("A dialog keeps the keyboard inside and Esc closes it", "[ui][a11y]")
{
    activateAccessibility();
    const QString dir = freshDir(QStringLiteral("a11y-dialog"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring);
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    const qint64 id = app.entries().add(QStringLiteral("The demo crashed in front of the client."));
    REQUIRE(id > 0);
    show(app, "showEntry", id);
    app.require(QStringLiteral("entryPage"));

    // Delete from the keyboard asks first, in a dialog.
    show(app, "askDelete");
    const QList<QObject*> dialogs = app.all(QStringLiteral("confirmDeleteDialog"));
    REQUIRE(dialogs.size() == 1);
    QObject* dialog = dialogs.constFirst();
    REQUIRE(waitUntil([&] { return dialog->property("opened").toBool(); }));
    activateAccessibility();
    auto* popupItem = dialog->property("contentItem").value<QQuickItem*>();
    while (popupItem && !popupItem->inherits("QQuickPopupItem"))
        popupItem = popupItem->parentItem();
    REQUIRE(popupItem);

    bool stuck = false;
    const QList<QQuickItem*> chain = walkTabChain(app, stuck);
    CHECK_FALSE(stuck);
    CHECK(chain.size() >= 2); // Cancel and Delete at least
    for (QQuickItem* focused : chain) {
        INFO(describe(focused).toStdString());
        CHECK(popupItem->isAncestorOf(focused));
        CHECK_FALSE(accessibleName(focused).isEmpty());
    }

    app.key(Qt::Key_Escape);
    CHECK(waitUntil([&] { return !dialog->property("visible").toBool(); }));
    CHECK(app.entries().load(id).value(QStringLiteral("text")).toString() ==
          QStringLiteral("The demo crashed in front of the client."));
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Text and controls meet WCAG AA contrast in light and dark", "[ui][a11y]")
{
    const bool dark = GENERATE(false, true);
    INFO((dark ? "dark" : "light"));
    const QString dir = freshDir(QStringLiteral("a11y-contrast-") + (dark ? "dark" : "light"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring);
    // The system's dark or light setting, as Material.System would have read it at start.
    QObject* style = materialStyle(app.window());
    REQUIRE(style);
    style->setProperty("theme", dark ? 1 : 0); // Material.Dark, Material.Light
    const auto windowIsDark = [&] {
        return app.window()->color().lightnessF() < 0.5;
    };
    REQUIRE(waitUntil([&] { return windowIsDark() == dark; }));

    // The palette's pairs: text on the window, and the accent that draws focus rings, checked
    // chips, switches and the current stage (WCAG 1.4.11: 3:1 for what a control shows).
    const QColor background = app.window()->color();
    const QColor text = style->property("primaryTextColor").value<QColor>();
    const QColor accent = style->property("accentColor").value<QColor>();
    CHECK(contrastRatio(over(text, background), background) >= 4.5);
    CHECK(contrastRatio(over(accent, background), background) >= 3.0);

    QStringList problems;
    const auto check = [&](const QString& page) {
        app.settle();
        for (const QString& low : lowContrastTexts(app.window(), app.window()->contentItem()))
            problems << page + QStringLiteral(": ") + low;
    };
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    check(QStringLiteral("setup"));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    const qint64 id = app.entries().add(QStringLiteral("The pitch to Northwind fell flat."));
    REQUIRE(id > 0);
    show(app, "newReflection");
    app.type(QStringLiteral("Missed the train")); // Save is enabled: its text on the accent
    check(QStringLiteral("capture"));
    show(app, "showEntry", id);
    check(QStringLiteral("entry"));
    app.click(QStringLiteral("loopStep_detect"));
    check(QStringLiteral("stage detect"));
    for (const char* function : {"showSettings", "showInsights", "showDue", "showBackup"}) {
        show(app, "newReflection");
        show(app, function);
        check(QLatin1String(function));
    }
    report(problems);
    CHECK_NO_QML_PROBLEMS(app);
}

namespace {

QRectF sceneRect(const QQuickItem* item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

int pixelSizeOf(const QQuickItem* item)
{
    return item->property("font").value<QFont>().pixelSize();
}

// The shown items of the title bar (its buttons and title), left to right.
QList<QQuickItem*> titleBarItems(AppUnderTest& app)
{
    QQuickItem* back =
        app.all(QStringLiteral("backButton")).isEmpty()
            ? nullptr
            : qobject_cast<QQuickItem*>(app.all(QStringLiteral("backButton")).first());
    REQUIRE(back);
    QList<QQuickItem*> shown;
    for (QQuickItem* item : back->parentItem()->childItems()) {
        if (item->isVisible() && item->width() > 0)
            shown << item;
    }
    return shown;
}

// Text cut off (elided or wrapped past its lines) or drawn outside its box, under root.
void collectClipped(QQuickItem* item, QStringList& out)
{
    if (!item || !item->isVisible() || item->opacity() <= 0)
        return;
    if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty()) {
        if (item->property("truncated").toBool())
            out << describe(item) + QStringLiteral(" \"%1\" is cut off").arg(textOf(item));
    }
    if (item->inherits("QQuickAbstractButton") && item->width() + 0.5 < item->implicitWidth())
        out << describe(item) + QStringLiteral(" is narrower than its text");
    for (QQuickItem* child : item->childItems())
        collectClipped(child, out);
}

} // namespace

TEST_CASE("Text follows a 1.5x system font; the capture page and title bar hold", "[ui][a11y]")
{
    const Size size = GENERATE(Size{390, 844, "phone"}, Size{1280, 800, "desktop"});
    INFO(size.name);
    const QFont original = QGuiApplication::font();
    const auto sizesAt = [&](double scale, QStringList* clipped, QStringList* overlaps) {
        QFont font = original;
        font.setPixelSize(int(14 * scale)); // 14 px is the design's body text
        QGuiApplication::setFont(font);
        const QString dir = freshDir(QStringLiteral("a11y-scale-%1-%2").arg(scale).arg(size.name));
        FakeSecretStore keyring;
        AppUnderTest app(dir, keyring, size.width, size.height);
        REQUIRE(app.waitForState(VaultController::State::FirstStart));
        app.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(app.waitForState(VaultController::State::Ready));
        app.type(QStringLiteral("Missed the train"));
        app.settle();
        QList<int> sizes;
        for (const char* name : {"saveButton", "recordButton", "captureText"})
            sizes << pixelSizeOf(app.require(QLatin1String(name)));
        if (clipped) {
            collectClipped(app.require(QStringLiteral("capturePage")), *clipped);
            const QList<QQuickItem*> bar = titleBarItems(app);
            for (QQuickItem* item : bar)
                collectClipped(item, *clipped);
            for (int i = 0; i < bar.size(); ++i) {
                for (int j = i + 1; j < bar.size(); ++j) {
                    if (sceneRect(bar[i]).intersected(sceneRect(bar[j])).width() > 0.5)
                        *overlaps << describe(bar[i]) + QStringLiteral(" overlaps ") +
                                         describe(bar[j]);
                }
            }
        }
        CHECK_NO_QML_PROBLEMS(app);
        return sizes;
    };
    const QList<int> normal = sizesAt(1.0, nullptr, nullptr);
    QStringList clipped;
    QStringList overlaps;
    const QList<int> large = sizesAt(1.5, &clipped, &overlaps);
    QGuiApplication::setFont(original);

    REQUIRE(normal.size() == large.size());
    for (int i = 0; i < normal.size(); ++i) {
        INFO("sizes " << normal[i] << " -> " << large[i]);
        CHECK(large[i] >= normal[i] * 1.4);
    }
    INFO(clipped.join(QLatin1Char('\n')).toStdString());
    CHECK(clipped.isEmpty());
    INFO(overlaps.join(QLatin1Char('\n')).toStdString());
    CHECK(overlaps.isEmpty());
}

TEST_CASE("Right to left: rows and the title bar mirror", "[ui][a11y]")
{
    const auto positions = [](Qt::LayoutDirection direction) {
        QGuiApplication::setLayoutDirection(direction);
        const QString dir = freshDir(direction == Qt::RightToLeft ? QStringLiteral("a11y-rtl")
                                                                  : QStringLiteral("a11y-ltr"));
        FakeSecretStore keyring;
        AppUnderTest app(dir, keyring, 390, 844);
        REQUIRE(app.waitForState(VaultController::State::FirstStart));
        app.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(app.waitForState(VaultController::State::Ready));
        REQUIRE(app.entries().add(QStringLiteral("The pitch to Northwind fell flat.")) > 0);
        const QRectF save = sceneRect(app.require(QStringLiteral("saveButton")));
        app.click(QStringLiteral("historyButton"));
        QQuickItem* back = app.require(QStringLiteral("backButton"));
        const QRectF backRect = sceneRect(back);
        const QString arrow = textOf(back);
        CHECK_NO_QML_PROBLEMS(app);
        return std::make_tuple(save, backRect, arrow);
    };
    const auto [ltrSave, ltrBack, ltrArrow] = positions(Qt::LeftToRight);
    const auto [rtlSave, rtlBack, rtlArrow] = positions(Qt::RightToLeft);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);

    // Save sits at the end of its row: right in English, left in Arabic or Hebrew.
    CHECK(ltrSave.center().x() > 195);
    CHECK(rtlSave.center().x() < 195);
    // Back leads the title bar: on the left, or on the right pointing right.
    CHECK(ltrBack.center().x() < 195);
    CHECK(rtlBack.center().x() > 195);
    CHECK(ltrArrow == QStringLiteral("\u2190"));
    CHECK(rtlArrow == QStringLiteral("\u2192"));
}
