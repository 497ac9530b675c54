// Long German words and Chinese at phone width (390x844): on the capture, history, entry, each
// stage page and Settings, no text is cut off or runs out of its item (an elided one must
// offer its whole text as its accessible name or tooltip), no control is squeezed below its
// own width, and no two sibling controls overlap.

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"

#include <QQmlContext>
#include <QQmlProperty>
#include <QQuickItem>
#include <catch2/catch_test_macros.hpp>

using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

QRectF sceneRect(const QQuickItem* item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

QString describe(const QQuickItem* item)
{
    QString name = item->objectName();
    for (const QQuickItem* p = item->parentItem(); name.isEmpty() && p; p = p->parentItem())
        name = p->objectName().isEmpty() ? QString() : QStringLiteral("in ") + p->objectName();
    return QStringLiteral("%1 (%2) \"%3\"")
        .arg(QString::fromLatin1(item->metaObject()->className()), name,
             item->property("text").toString().left(60));
}

bool shown(const QQuickItem* item)
{
    return item->isVisible() && item->opacity() > 0.01 && item->width() > 0 && item->height() > 0;
}

QString attached(QQuickItem* item, const char* name)
{
    QQmlContext* context = qmlContext(item);
    if (!context)
        return {};
    return QQmlProperty(item, QString::fromLatin1(name), context).read().toString();
}

// The whole text of an elided label is available to whoever needs it: as its own or an
// ancestor's accessible name or tooltip.
bool offersWholeText(QQuickItem* label)
{
    const QString text = label->property("text").toString();
    for (QQuickItem* item = label; item; item = item->parentItem()) {
        if (attached(item, "Accessible.name").contains(text) ||
            attached(item, "ToolTip.text").contains(text))
            return true;
    }
    return false;
}

bool interactive(const QQuickItem* item)
{
    for (const char* type : {"QQuickAbstractButton", "QQuickComboBox", "QQuickSpinBox",
                             "QQuickTextField", "QQuickTextArea", "QQuickSlider"})
        if (item->inherits(type))
            return true;
    return false;
}

void walk(QQuickItem* item, QStringList& problems, QList<QQuickItem*>& controls)
{
    if (!shown(item))
        return;
    // Material's own insides (a ComboBox's popup list, a SpinBox's text) are Qt's to lay out.
    if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty()) {
        const qreal width = item->width();
        const bool elided = item->property("truncated").toBool();
        if (elided && !offersWholeText(item))
            problems << QStringLiteral("cut off: ") + describe(item);
        else if (!elided && item->property("contentWidth").toReal() > width + 1 &&
                 item->property("clip").toBool() == false)
            problems << QStringLiteral("runs out (%1 > %2): ")
                                .arg(item->property("contentWidth").toReal())
                                .arg(width) +
                            describe(item);
    }
    if (interactive(item)) {
        controls << item;
        // Only a control showing its text on one line can be squeezed: one whose text wraps
        // (WrappingSwitch) or that lays out labels of its own (a history row) is checked
        // through those labels.
        const auto* content = item->property("contentItem").value<QQuickItem*>();
        const bool oneLine =
            content &&
            (content->inherits("QQuickIconLabel") ||
             (content->inherits("QQuickText") && content->property("wrapMode").toInt() == 0));
        if (item->inherits("QQuickAbstractButton") && oneLine &&
            item->implicitWidth() > item->width() + 1)
            problems << QStringLiteral("squeezed (%1 < %2): ")
                                .arg(item->width())
                                .arg(item->implicitWidth()) +
                            describe(item);
        return; // what a control holds is its own business (checked above for buttons)
    }
    for (QQuickItem* child : item->childItems())
        walk(child, problems, controls);
}

// Every shown item of the window, checked.
QStringList layoutProblems(AppUnderTest& app)
{
    QStringList problems;
    QList<QQuickItem*> controls;
    walk(app.window()->contentItem(), problems, controls);
    // Siblings only: a bar pinned over a scrolling page covers what scrolls under it, rightly.
    for (int i = 0; i < controls.size(); ++i) {
        for (int j = i + 1; j < controls.size(); ++j) {
            if (controls[i]->parentItem() != controls[j]->parentItem())
                continue;
            const QRectF overlap = sceneRect(controls[i]).intersected(sceneRect(controls[j]));
            if (overlap.width() > 2 && overlap.height() > 2)
                problems << QStringLiteral("overlap: ") + describe(controls[i]) +
                                QStringLiteral(" / ") + describe(controls[j]);
        }
    }
    return problems;
}

void check(AppUnderTest& app, const char* where)
{
    app.settle();
    const QStringList problems = layoutProblems(app);
    INFO(where << ":\n" << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

void checkEveryPage(const QString& language)
{
    AppUnderTest::chooseLanguage(language);
    const QString dir = freshDir(QStringLiteral("layout-") + language);
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring, 390, 844);
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    check(app, "setup");
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    check(app, "capture, empty vault");
    app.click(QStringLiteral("historyButton"));
    check(app, "history, empty");
    app.click(QStringLiteral("tryExamplesButton"));
    REQUIRE(waitUntil([&] { return app.history().rowCount() > 3; }));
    check(app, "history");

    // The reflection furthest through the loop, with every stage page filled in.
    int furthest = 0;
    const int stageRole = app.history().roleNames().key("stage");
    for (int row = 0; row < app.history().rowCount(); ++row) {
        const auto stage = [&](int r) {
            const int s = app.history().data(app.history().index(r), stageRole).toInt();
            return s == int(debrief::Stage::Closed) ? 0 : s;
        };
        if (stage(row) > stage(furthest))
            furthest = row;
    }
    app.reveal(app.require(QStringLiteral("historyRow_%1").arg(furthest)));
    app.click(QStringLiteral("historyRow_%1").arg(furthest));
    app.require(QStringLiteral("entryPage"));
    check(app, "entry");
    for (const char* stage : {"detect", "analyse", "apply", "continue"}) {
        QQuickItem* step = app.require(QStringLiteral("loopStep_") + QLatin1String(stage));
        app.reveal(step);
        app.click(step);
        app.require(QStringLiteral("stagePage"));
        check(app, stage);
    }
    app.click(QStringLiteral("settingsButton"));
    app.require(QStringLiteral("settingsPage"));
    check(app, "settings");
    app.click(QStringLiteral("backButton"));
    app.click(QStringLiteral("newReflectionButton"));
    app.require(QStringLiteral("capturePage"));
    app.type(QStringLiteral("Draft"));
    check(app, "capture, typing");
    CHECK_NO_QML_PROBLEMS(app);
}

} // namespace

TEST_CASE("German at phone width: nothing cut off or overlapping", "[language-layout]")
{
    checkEveryPage(QStringLiteral("de"));
}

TEST_CASE("Simplified Chinese at phone width: nothing cut off or overlapping", "[language-layout]")
{
    checkEveryPage(QStringLiteral("zh_CN"));
}
