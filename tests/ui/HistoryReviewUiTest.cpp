// History review in the real QML, offscreen, with real key and mouse events: the desktop's
// three panes and keyboard (Ctrl+F, typing, Down, Enter, Delete asks first, Esc), a stage
// filter and search words together, tags added with autocomplete and the list filtered by a
// tag, the phone's one column with its filters page, the empty state's "Try it with examples"
// (and --demo), and the Insights page's text equivalents with the examples.

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"

#include <QLocale>
#include <QQmlContext>
#include <QQmlProperty>
#include <QSet>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using debrief::HistoryModel;
using debrief::LoopController;
using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

QRectF sceneRect(QQuickItem* item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

void createVault(AppUnderTest& app)
{
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
}

// Four reflections a day apart (the last one newest): two about a pitch, one at Analyse.
struct Four
{
    qint64 pitchAnalysed = 0;
    qint64 train = 0;
    qint64 pitchDetected = 0;
    qint64 budget = 0;
};

Four addFour(AppUnderTest& app)
{
    Four f;
    const QDateTime now = QDateTime::currentDateTime();
    int daysAgo = 4;
    const auto add = [&](const char* text) {
        const QDateTime when = now.addDays(-daysAgo--);
        app.entries().setClock([when] { return when; });
        const qint64 id = app.entries().add(QString::fromUtf8(text));
        REQUIRE(id > 0);
        return id;
    };
    f.pitchAnalysed = add("The pitch to Northwind fell flat\nNo pricing slide.");
    f.train = add("Missed the train to the offsite");
    f.pitchDetected = add("Second pitch: the projector died");
    f.budget = add("Budget review: the numbers did not add up");
    app.entries().setClock([] { return QDateTime::currentDateTime(); });
    auto& loop = app.services().loop();
    REQUIRE(loop.load(f.pitchAnalysed));
    REQUIRE(loop.advance());
    REQUIRE(loop.load(f.train));
    REQUIRE(loop.advance());
    REQUIRE(loop.saveNow());
    app.settle();
    return f;
}

QQuickItem* focused(AppUnderTest& app)
{
    return app.window()->activeFocusItem();
}

// True when the item, or one inside it, has the keyboard.
bool hasFocusWithin(AppUnderTest& app, QQuickItem* item)
{
    for (QQuickItem* f = focused(app); f; f = f->parentItem()) {
        if (f == item)
            return true;
    }
    return false;
}

int listCount(QQuickItem* list)
{
    return list->property("count").toInt();
}

// The text of every visible item under root with this objectName.
QStringList textsOf(AppUnderTest& app, const QString& name, QObject* root = nullptr)
{
    QStringList out;
    for (QObject* o : app.all(name, root)) {
        auto* item = qobject_cast<QQuickItem*>(o);
        if (item && item->isVisible())
            out.append(textOf(item));
    }
    return out;
}

} // namespace

TEST_CASE("Desktop: three panes; Ctrl+F, typing, Down and Enter open the right entry; Delete "
          "asks first; Esc clears the search",
          "[ui][history]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("history-keys")), keyring, 1280, 800);
    createVault(app);
    const Four f = addFour(app);

    // Sections and filters | list | capture, left to right, the content keeping its width.
    QQuickItem* sidebar = app.require(QStringLiteral("historySidebar"));
    QQuickItem* list = app.require(QStringLiteral("historyList"));
    QQuickItem* capture = app.require(QStringLiteral("capturePage"));
    CHECK(sceneRect(sidebar).right() <= sceneRect(list).left());
    CHECK(sceneRect(list).right() <= sceneRect(capture).left());
    CHECK(sceneRect(capture).right() == 1280);
    CHECK(sceneRect(capture).width() >= 700);
    REQUIRE(waitUntil([&] { return listCount(list) == 4; }));

    // Ctrl+F: the search field has the keyboard; typing searches as it goes.
    QQuickItem* search = app.require(QStringLiteral("historySearchField"));
    CHECK_FALSE(search->hasActiveFocus());
    app.key(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(search->hasActiveFocus());
    app.type(QStringLiteral("pitch"));
    REQUIRE(waitUntil([&] { return listCount(list) == 2; }));
    CHECK(app.history().searchText() == QStringLiteral("pitch"));
    // The matching words are bold in each row.
    REQUIRE(waitUntil([&] { return textsOf(app, "historySnippet", list).size() == 2; }));
    for (const QString& snippet : textsOf(app, "historySnippet", list))
        CHECK(snippet.contains(QStringLiteral("<b>")));
    CHECK(textOf(app.require(QStringLiteral("historyCount"))) ==
          QStringLiteral("2 reflections match"));

    // Down goes into the list; Down again to the second match; Enter opens it.
    app.key(Qt::Key_Down);
    CHECK(hasFocusWithin(app, list));
    CHECK(list->property("currentIndex").toInt() == 0);
    app.key(Qt::Key_Down);
    CHECK(list->property("currentIndex").toInt() == 1);
    const qint64 second = app.history().idAt(1);
    CHECK((second == f.pitchAnalysed || second == f.pitchDetected));
    app.key(Qt::Key_Return);
    app.require(QStringLiteral("entryPage"));
    CHECK(textOf(app.require(QStringLiteral("entryText"))) ==
          app.entries().load(second).value(QStringLiteral("text")).toString());
    // Up from the first row goes back to the search field.
    app.key(Qt::Key_Up);
    app.key(Qt::Key_Up);
    CHECK(search->hasActiveFocus());

    // Esc in the search field clears it (the entry stays open); all four are back.
    app.key(Qt::Key_Escape);
    CHECK(textOf(search).isEmpty());
    REQUIRE(waitUntil([&] { return listCount(list) == 4; }));
    app.require(QStringLiteral("entryPage"));

    // Delete on a row asks first; Esc keeps the reflection.
    app.key(Qt::Key_Down);
    app.key(Qt::Key_Down);
    REQUIRE(list->property("currentIndex").toInt() == 1);
    const qint64 doomed = app.history().idAt(1);
    app.key(Qt::Key_Delete);
    QQuickItem* dialogText = app.require(QStringLiteral("confirmDeleteText"));
    CHECK(textOf(dialogText)
              .contains(app.history()
                            .data(app.history().index(1), HistoryModel::FirstLineRole)
                            .toString()));
    app.key(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return app.visibleItem("confirmDeleteText") == nullptr; }));
    CHECK(app.history().rowOf(doomed) == 1);
    CHECK(app.history().rowCount() == 4);
    // Focus is back on the list: Delete again, and Enter deletes.
    CHECK(hasFocusWithin(app, list));
    app.key(Qt::Key_Delete);
    QObject* dialog = app.all(QStringLiteral("confirmDeleteDialog")).value(0);
    REQUIRE(dialog);
    REQUIRE(waitUntil([&] { return dialog->property("opened").toBool(); }));
    app.key(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return app.visibleItem("confirmDeleteText") == nullptr; }));
    CHECK(app.history().rowOf(doomed) == -1);
    CHECK(listCount(list) == 3);
    CHECK(textOf(app.require(QStringLiteral("snackbarMessage"))) ==
          QStringLiteral("Reflection deleted."));
    // Undo, as after the entry page's Delete button.
    app.click(QStringLiteral("snackbarAction"));
    CHECK(app.history().rowOf(doomed) == 1);

    // While typing in a text field, Delete is the text's: nothing is asked.
    app.click(app.require(QStringLiteral("historyRow_0"), list));
    QQuickItem* entryText = app.require(QStringLiteral("entryText"));
    app.click(entryText);
    app.key(Qt::Key_Home, Qt::ControlModifier);
    app.key(Qt::Key_Delete);
    QTest::qWait(100);
    CHECK(app.visibleItem(QStringLiteral("confirmDeleteText")) == nullptr);
    CHECK(app.history().rowCount() == 4);

    // Esc goes back: the entry closes, the capture page returns. Ctrl+N too.
    app.key(Qt::Key_Escape);
    app.require(QStringLiteral("capturePage"));
    app.click(app.require(QStringLiteral("historyRow_2"), list));
    app.require(QStringLiteral("entryPage"));
    app.key(Qt::Key_N, Qt::ControlModifier);
    app.require(QStringLiteral("capturePage"));
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Desktop: a stage filter and search words combine; Clear brings the rest back",
          "[ui][history]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("history-filter")), keyring, 1280, 800);
    createVault(app);
    const Four f = addFour(app);
    QQuickItem* list = app.require(QStringLiteral("historyList"));
    REQUIRE(waitUntil([&] { return listCount(list) == 4; }));

    app.click(QStringLiteral("filterStage_analyse"));
    CHECK(app.require(QStringLiteral("filterStage_analyse"))->property("checked").toBool());
    REQUIRE(waitUntil([&] { return listCount(list) == 2; }));
    CHECK(QSet<qint64>{app.history().idAt(0), app.history().idAt(1)} ==
          QSet<qint64>{f.pitchAnalysed, f.train});

    app.click(QStringLiteral("historySearchField"));
    app.type(QStringLiteral("pitch"));
    REQUIRE(waitUntil([&] { return listCount(list) == 1; }));
    CHECK(app.history().idAt(0) == f.pitchAnalysed);
    CHECK(textOf(app.require(QStringLiteral("historyCount"))) ==
          QStringLiteral("1 reflection matches"));

    // Another stage too: any of them, still with the words.
    app.click(QStringLiteral("filterStage_detect"));
    REQUIRE(waitUntil([&] { return listCount(list) == 2; }));
    CHECK(QSet<qint64>{app.history().idAt(0), app.history().idAt(1)} ==
          QSet<qint64>{f.pitchAnalysed, f.pitchDetected});

    // A word nothing has: said so, with the way back.
    app.click(QStringLiteral("historySearchField"));
    app.key(Qt::Key_A, Qt::ControlModifier);
    app.type(QStringLiteral("zebra"));
    REQUIRE(waitUntil([&] { return listCount(list) == 0; }));
    app.require(QStringLiteral("historyNoMatch"));
    CHECK(app.visibleItem(QStringLiteral("tryExamplesButton")) == nullptr);
    app.click(QStringLiteral("clearSearchAndFiltersButton"));
    REQUIRE(waitUntil([&] { return listCount(list) == 4; }));
    CHECK(textOf(app.require(QStringLiteral("historySearchField"))).isEmpty());
    CHECK_FALSE(app.require(QStringLiteral("filterStage_analyse"))->property("checked").toBool());

    // Clear in the filters leaves the words.
    app.click(QStringLiteral("filterStage_analyse"));
    app.click(QStringLiteral("historySearchField"));
    app.type(QStringLiteral("pitch"));
    REQUIRE(waitUntil([&] { return listCount(list) == 1; }));
    app.click(QStringLiteral("clearFiltersButton"));
    REQUIRE(waitUntil([&] { return listCount(list) == 2; }));
    CHECK(app.history().searchText() == QStringLiteral("pitch"));
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Tags: added on the entry page with autocomplete, removed, and the list filtered by "
          "a tag",
          "[ui][history]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("history-tags")), keyring, 1280, 800);
    createVault(app);
    const Four f = addFour(app);
    auto& tags = app.services().tags();
    tags.load(f.pitchAnalysed);
    REQUIRE(tags.add(QStringLiteral("work")));
    tags.load(0);
    QQuickItem* list = app.require(QStringLiteral("historyList"));

    // Open the budget review (the newest) and type the start of a tag: "work" is offered.
    app.click(app.require(QStringLiteral("historyRow_0"), list));
    app.require(QStringLiteral("entryPage"));
    REQUIRE(app.history().idAt(0) == f.budget);
    app.click(QStringLiteral("entryTagField"));
    app.type(QStringLiteral("wo"));
    QQuickItem* offer = app.require(QStringLiteral("tagSuggestion_0"));
    CHECK(textOf(offer) == QStringLiteral("work"));
    app.key(Qt::Key_Down);
    app.key(Qt::Key_Return);
    CHECK(tags.tags() == QStringList{QStringLiteral("work")});
    app.require(QStringLiteral("entryTag_work"));
    CHECK(textOf(app.require(QStringLiteral("entryTagField"))).isEmpty());
    // A new one, typed whole.
    app.type(QStringLiteral("numbers\n"));
    app.settle(); // the chips laid out again, as a person would see them
    CHECK(tags.tags() == (QStringList{QStringLiteral("numbers"), QStringLiteral("work")}));
    // The row shows them.
    REQUIRE(waitUntil([&] {
        return textsOf(app, "rowTag", app.require(QStringLiteral("historyRow_0"), list)) ==
               QStringList{"#numbers", "#work"};
    }));
    // Removed with its chip.
    app.click(QStringLiteral("entryTag_numbers"));
    CHECK(tags.tags() == QStringList{QStringLiteral("work")});
    CHECK(app.visibleItem(QStringLiteral("entryTag_numbers")) == nullptr);

    // The list by tag, picked from the suggestions with the mouse (the filters scrolled to it).
    QQuickItem* tagFilter = app.require(QStringLiteral("filterTagField"));
    app.reveal(tagFilter);
    app.click(tagFilter);
    app.type(QStringLiteral("w"));
    app.click(QStringLiteral("tagSuggestion_0"));
    CHECK(app.history().tags() == QStringList{QStringLiteral("work")});
    REQUIRE(waitUntil([&] { return listCount(list) == 2; }));
    CHECK(QSet<qint64>{app.history().idAt(0), app.history().idAt(1)} ==
          QSet<qint64>{f.budget, f.pitchAnalysed});
    // Its chip takes it off again.
    app.click(QStringLiteral("filterTag_work"));
    CHECK(app.history().tags().isEmpty());
    REQUIRE(waitUntil([&] { return listCount(list) == 4; }));
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Phone: search and filters in one column, with back navigation", "[ui][history]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("history-phone")), keyring, 390, 844);
    createVault(app);
    const Four f = addFour(app);
    CHECK(app.visibleItem(QStringLiteral("historySidebar")) == nullptr);
    CHECK(app.require(QStringLiteral("capturePage"))->width() == 390);

    // Ctrl+F from the capture page: the history page, its search field ready.
    app.key(Qt::Key_F, Qt::ControlModifier);
    app.require(QStringLiteral("historyPage"));
    QQuickItem* search = app.require(QStringLiteral("historySearchField"));
    REQUIRE(waitUntil([&] { return search->hasActiveFocus(); }));
    QQuickItem* list = app.require(QStringLiteral("historyList"));
    CHECK(sceneRect(list).width() == 390);
    app.type(QStringLiteral("pitch"));
    REQUIRE(waitUntil([&] { return listCount(list) == 2; }));

    // The filters are a page of their own; Show returns to the narrowed list.
    app.click(QStringLiteral("filtersButton"));
    app.require(QStringLiteral("historyFiltersPage"));
    CHECK(app.visibleItem(QStringLiteral("historyList")) == nullptr);
    app.click(QStringLiteral("filterStage_detect"));
    CHECK(textOf(app.require(QStringLiteral("showResultsButton"))) ==
          QStringLiteral("Show 1 reflection"));
    app.click(QStringLiteral("showResultsButton"));
    app.require(QStringLiteral("historyPage"));
    list = app.require(QStringLiteral("historyList"));
    REQUIRE(waitUntil([&] { return listCount(list) == 1; }));
    CHECK(app.history().idAt(0) == f.pitchDetected);
    CHECK(textOf(app.require(QStringLiteral("filtersButton"))) == QStringLiteral("Filters (1)"));

    // A row opens the entry; Back returns to the list as it was; Esc clears the search.
    app.click(app.require(QStringLiteral("historyRow_0"), list));
    app.require(QStringLiteral("entryPage"));
    app.click(QStringLiteral("backButton"));
    app.require(QStringLiteral("historyPage"));
    CHECK(app.history().searchText() == QStringLiteral("pitch"));
    app.click(QStringLiteral("historySearchField"));
    app.key(Qt::Key_Escape);
    CHECK(app.history().searchText().isEmpty());
    app.require(QStringLiteral("historyPage")); // still here: the first Esc cleared
    app.key(Qt::Key_Escape);
    app.require(QStringLiteral("capturePage"));
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Empty: the loop explained; Try it with examples fills every stage, marked; they go "
          "again, yours stay",
          "[ui][history]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("history-examples")), keyring, 1280, 800);
    createVault(app);
    QQuickItem* list = app.require(QStringLiteral("historyList"));
    app.require(QStringLiteral("historyEmptyVault"));
    CHECK(app.visibleItem(QStringLiteral("examplesBanner")) == nullptr);

    app.click(QStringLiteral("tryExamplesButton"));
    REQUIRE(waitUntil([&] { return listCount(list) > 0; }));
    CHECK(app.visibleItem(QStringLiteral("historyEmptyVault")) == nullptr);
    app.require(QStringLiteral("examplesBanner"));
    CHECK(app.services().examples().present());
    HistoryModel& history = app.history();
    while (history.canFetchMore({}))
        history.fetchMore({});
    QSet<int> stages;
    for (int row = 0; row < history.rowCount(); ++row) {
        CHECK(history.data(history.index(row), HistoryModel::ExampleRole).toBool());
        stages.insert(history.data(history.index(row), HistoryModel::StageRole).toInt());
    }
    for (int stage : {LoopController::Detect, LoopController::Analyse, LoopController::Apply,
                      LoopController::Continue})
        CHECK(stages.contains(stage));
    // Clearly marked on every row shown.
    CHECK(textOf(app.require(QStringLiteral("exampleChip"),
                             app.require(QStringLiteral("historyRow_0"), list))) ==
          QStringLiteral("Example"));
    // They show across the app: lessons, experiments.
    CHECK(app.services().lessons().count() > 0);
    // The timeline by week: each label above its rows names its own period.
    app.click(QStringLiteral("historyViewButton"));
    app.click(QStringLiteral("groupWeek"));
    REQUIRE(history.grouping() == HistoryModel::ByWeek);
    int labels = 0;
    for (QObject* o : app.all(QStringLiteral("periodSummary"), list)) {
        auto* label = qobject_cast<QQuickItem*>(o);
        if (!label || !label->isVisible())
            continue;
        const QString key = label->parentItem()->parentItem()->objectName().mid(
            QStringLiteral("historySection_").size());
        INFO(key.toStdString());
        CHECK(textOf(label) == history.periodSummary(key));
        CHECK(textOf(label).startsWith(QStringLiteral("Week of ")));
        ++labels;
    }
    CHECK(labels >= 2);
    // …and each row sits under the label of its own week.
    for (int row = 0; row < 4; ++row) {
        QQuickItem* item = app.require(QStringLiteral("historyRow_%1").arg(row), list);
        const QString key =
            history.data(history.index(row), HistoryModel::SectionKeyRole).toString();
        QQuickItem* label = app.visibleItem(QStringLiteral("historySection_") + key, list);
        REQUIRE(label);
        INFO("row " << row << ", " << key.toStdString());
        CHECK(sceneRect(label).bottom() <= sceneRect(item).top());
    }
    const int examples = history.total();

    // One of one's own, then the examples go: exactly them.
    app.click(QStringLiteral("captureText"));
    app.type(QStringLiteral("My own: the demo crashed."));
    app.key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return history.total() == examples + 1; }));
    app.click(QStringLiteral("removeExamplesButton"));
    REQUIRE(waitUntil([&] { return listCount(list) == 1; }));
    CHECK(history.data(history.index(0), HistoryModel::FirstLineRole).toString() ==
          QStringLiteral("My own: the demo crashed."));
    CHECK_FALSE(history.data(history.index(0), HistoryModel::ExampleRole).toBool());
    CHECK_FALSE(app.services().examples().present());
    CHECK(app.services().lessons().count() == 0);
    REQUIRE(waitUntil([&] { return app.visibleItem("examplesBanner") == nullptr; }));
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("--demo: a new vault gets the examples once it is open; one with reflections does not",
          "[ui][history]")
{
    FakeSecretStore keyring;
    const QString dir = freshDir(QStringLiteral("history-demo"));
    const auto demo = [](debrief::AppServices& services) {
        services.examples().setFillWhenEmpty(true);
    };
    int examples = 0;
    {
        AppUnderTest app(dir, keyring, 1280, 800, demo);
        createVault(app);
        REQUIRE(waitUntil([&] { return app.history().total() > 0; }));
        examples = app.history().total();
        CHECK(app.history().data(app.history().index(0), HistoryModel::ExampleRole).toBool());
        app.require(QStringLiteral("examplesBanner"));
        CHECK_NO_QML_PROBLEMS(app);
    }
    {
        // Started again with --demo: not empty, nothing added.
        AppUnderTest again(dir, keyring, 1280, 800, demo);
        REQUIRE(again.waitForState(VaultController::State::Ready));
        CHECK(again.history().total() == examples);
        CHECK_NO_QML_PROBLEMS(again);
    }
}

TEST_CASE("Insights with the examples: each chart's words give the figures, for screen readers "
          "too",
          "[ui][history]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("history-insights")), keyring, 1280, 800);
    createVault(app);

    // Empty, the page explains and offers the examples too.
    app.click(QStringLiteral("insightsButton"));
    app.require(QStringLiteral("insightsPage"));
    app.require(QStringLiteral("insightsEmpty"));
    app.click(QStringLiteral("insightsTryExamplesButton"));
    REQUIRE(waitUntil([&] { return app.visibleItem("funnelText") != nullptr; }));
    CHECK(app.visibleItem(QStringLiteral("insightsEmpty")) == nullptr);
    const debrief::InsightsModel& insights = app.services().insights();
    const debrief::Insights& figures = insights.figures();

    // The figures agree with the history list's own queries (a different path to the vault).
    HistoryModel& history = app.history();
    CHECK(figures.reflections == history.total());
    const auto countWith = [&](auto apply) {
        apply();
        const int n = history.total();
        history.clearFilters();
        return n;
    };
    const int closed = countWith([&] { history.toggleStage(LoopController::Closed); });
    const int basic = countWith([&] { history.toggleFailureType(LoopController::BasicFailure); });
    const int complex =
        countWith([&] { history.toggleFailureType(LoopController::ComplexFailure); });
    const int intelligent =
        countWith([&] { history.toggleFailureType(LoopController::IntelligentFailure); });
    const int unplaced =
        countWith([&] { history.toggleFailureType(LoopController::UnknownFailure); });
    CHECK(figures.closed == closed);
    CHECK(figures.lessons == app.services().lessons().count());
    CHECK(figures.experimentsOpen == app.services().experiments().count());
    CHECK(figures.reachedStage[0] == figures.reflections);
    CHECK(figures.experiments > 0);
    CHECK(figures.kept + figures.adjusted + figures.dropped > 0);

    // What the page says in words, and what a screen reader hears for each chart.
    const auto says = [&](const char* card, const char* text, const QString& expected) {
        INFO(card);
        CHECK(textOf(app.require(QString::fromLatin1(text))) == expected);
        QQuickItem* item = app.require(QString::fromLatin1(card));
        QQmlProperty description(item, QStringLiteral("Accessible.description"), qmlContext(item));
        CHECK(description.read().toString() == expected);
    };
    says("failureMixCard", "failureMixText",
         QStringLiteral("Failure types: %1 intelligent, %2 complex, %3 basic, %4 not placed yet.")
             .arg(intelligent)
             .arg(complex)
             .arg(basic)
             .arg(unplaced));
    says("funnelCard", "funnelText",
         QStringLiteral("Of %1 reflections, %2 reached Analyse, %3 reached Apply and %4 reached "
                        "Continue; %5 closed.")
             .arg(figures.reflections)
             .arg(figures.reachedStage[1])
             .arg(figures.reachedStage[2])
             .arg(figures.reachedStage[3])
             .arg(closed));
    says("lessonsCard", "lessonsText",
         figures.lessons == 1
             ? QStringLiteral("1 lesson written.")
             : QStringLiteral("%1 lessons written.").arg(app.services().lessons().count()));
    says("experimentsCard", "experimentsText",
         QStringLiteral("%1: %2 kept, %3 adjusted, %4 dropped, %5 still running.")
             .arg(figures.experiments == 1
                      ? QStringLiteral("1 experiment planned")
                      : QStringLiteral("%1 experiments planned").arg(figures.experiments))
             .arg(figures.kept)
             .arg(figures.adjusted)
             .arg(figures.dropped)
             .arg(app.services().experiments().count()));
    says("timesCard", "timesText", insights.timesText());
    CHECK(insights.timesText().startsWith("Median time from capture to Analyse: "));
    says("heatMapCard", "heatText", insights.heatText());
    CHECK(insights.heatText().contains(
        QStringLiteral("you wrote %1 reflections").arg(figures.reflections)));
    // The lessons figure is also drawn big.
    CHECK(textOf(app.require(QStringLiteral("lessonsCount"))) == QString::number(figures.lessons));

    // Shown and changed: the figures follow.
    app.click(QStringLiteral("removeExamplesButton"));
    REQUIRE(waitUntil([&] { return app.visibleItem("insightsEmpty") != nullptr; }));
    CHECK(insights.reflections() == 0);
    CHECK_NO_QML_PROBLEMS(app);
}
