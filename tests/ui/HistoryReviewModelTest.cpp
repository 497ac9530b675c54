// The history review's models against a real vault: HistoryModel with search and every filter
// combined, kept right under QAbstractItemModelTester while filters change live and entries
// are added, changed, moved through the loop, removed and restored; the timeline's sections
// and period summaries; tags with suggestions; the search snippet as safe styled text; the
// Insights figures and their sentences for a known set of reflections.

#include "AppUnderTest.h"
#include "LoopText.h"
#include "SnippetMarkup.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/AudioStore.h"
#include "vault/ReflectionStore.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using debrief::HistoryModel;
using debrief::LoopController;
using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0));
}

// The reflections every case here starts from, by name.
struct Seeded
{
    qint64 pitch = 0;   // Jan 10, Analyse, #work
    qint64 train = 0;   // Jan 20, Detect, #work #travel
    qint64 chess = 0;   // Feb 5, Closed
    qint64 cafe = 0;    // Feb 15, Detect (accents)
    qint64 meeting = 0; // Mar 1, Detect (Chinese)
    qint64 voice = 0;   // Mar 3, Detect, a voice note without text
    qint64 budget = 0;  // Mar 10, Apply, a basic failure
};

Seeded seed(AppUnderTest& app)
{
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    auto& entries = app.entries();
    auto& loop = app.services().loop();
    auto& tags = app.services().tags();
    const auto add = [&](const QDateTime& when, const char* text) {
        entries.setClock([when] { return when; });
        const qint64 id = entries.add(QString::fromUtf8(text));
        REQUIRE(id > 0);
        return id;
    };
    Seeded s;
    s.pitch = add(at(2024, 1, 10), "The pitch to Northwind fell flat\nThey asked about pricing.");
    s.train = add(at(2024, 1, 20), "Missed the train to the offsite");
    s.chess = add(at(2024, 2, 5), "Lost the chess final in twelve moves");
    s.cafe = add(at(2024, 2, 15), "The café pitch went sideways: the espresso machine broke");
    s.meeting = add(at(2024, 3, 1), "今天的会议很糟糕，我没有准备好。");
    {
        debrief::AudioStore* audio = app.services().audioStore();
        debrief::VaultError error;
        const auto info = audio->startVoiceReflection(
            debrief::LocalMoment::fromDateTime(at(2024, 3, 3)), debrief::oggOpusFormat(), &error);
        REQUIRE_FALSE(error);
        REQUIRE_FALSE(audio->finish(info.id, QByteArrayLiteral("OggS"), 4000));
        s.voice = info.reflectionId;
        app.history().onAdded(s.voice);
    }
    s.budget = add(at(2024, 3, 10), "Budget review: my numbers did not add up");

    REQUIRE(loop.load(s.pitch));
    REQUIRE(loop.advance());
    REQUIRE(loop.load(s.budget));
    REQUIRE(loop.advance());
    REQUIRE(loop.setSpectrumPoint(int(debrief::SpectrumPoint::Inattention)));
    loop.setAnswer(QStringLiteral("analyse.why_difference"), {},
                   QStringLiteral("I copied last quarter's totals."));
    REQUIRE(loop.advance());
    REQUIRE(loop.load(s.chess));
    REQUIRE(loop.close(QStringLiteral("Not a priority")));
    REQUIRE(loop.saveNow());

    tags.load(s.pitch);
    REQUIRE(tags.add(QStringLiteral("work")));
    tags.load(s.train);
    REQUIRE(tags.add(QStringLiteral("Work"))); // the same tag, whatever the case
    REQUIRE(tags.add(QStringLiteral("travel")));
    tags.load(0);
    entries.setClock([] { return QDateTime::currentDateTime(); });
    return s;
}

QSet<qint64> shown(const HistoryModel& model)
{
    QSet<qint64> ids;
    for (qint64 id : model.ids())
        ids.insert(id);
    return ids;
}

QSet<qint64> set(std::initializer_list<qint64> ids)
{
    return QSet<qint64>(ids.begin(), ids.end());
}

// A model of our own over the app's open vault, wired like AppServices wires the app's.
void wire(AppUnderTest& app, HistoryModel& model)
{
    auto& entries = app.entries();
    QObject::connect(&entries, &debrief::EntryController::added, &model, &HistoryModel::onAdded);
    QObject::connect(&entries, &debrief::EntryController::changed, &model,
                     &HistoryModel::onChanged);
    QObject::connect(&entries, &debrief::EntryController::removed, &model,
                     &HistoryModel::onRemoved);
    QObject::connect(&app.services().loop(), &LoopController::changed, &model,
                     &HistoryModel::onChanged);
    QObject::connect(&app.services().tags(), &debrief::TagsController::changed, &model,
                     &HistoryModel::onChanged);
    model.setSearchDelay(0);
    model.setQuery(app.services().historyQuery());
}

QString roleOf(const HistoryModel& model, qint64 id, int role)
{
    return model.data(model.index(model.rowOf(id)), role).toString();
}

} // namespace

TEST_CASE("HistoryModel: search and filters combine, live, under the model tester", "[ui][review]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("review-filters")), keyring);
    const Seeded s = seed(app);

    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false);
    wire(app, model);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 7);
    CHECK(model.total() == 7);
    CHECK(model.idAt(0) == s.budget); // newest first

    SECTION("search: ranked, prefix, accents ignored, Chinese, matches marked")
    {
        model.setSearchText(QStringLiteral("pitch"));
        CHECK(shown(model) == set({s.pitch, s.cafe}));
        CHECK(model.total() == 2);
        CHECK(model.sort() == HistoryModel::Relevance); // a search ranks its results
        const QString snippet = roleOf(model, s.pitch, HistoryModel::SnippetRole);
        CHECK(snippet.contains(debrief::ReflectionStore::MatchStart));
        CHECK(roleOf(model, s.pitch, HistoryModel::SnippetMarkupRole).contains("<b>"));

        model.setSearchText(QStringLiteral("North"));
        CHECK(shown(model) == set({s.pitch}));
        model.setSearchText(QStringLiteral("cafe espresso"));
        CHECK(shown(model) == set({s.cafe}));
        model.setSearchText(QStringLiteral("会议"));
        CHECK(shown(model) == set({s.meeting}));
        model.setSearchText(QStringLiteral("nothing-like-this"));
        CHECK(model.rowCount() == 0);
        CHECK(model.total() == 0);
        CHECK_FALSE(model.vaultEmpty());

        model.setSearchText({});
        CHECK(model.sort() == HistoryModel::Newest); // back to the order it had
        CHECK(model.rowCount() == 7);
        CHECK(roleOf(model, s.pitch, HistoryModel::SnippetRole).isEmpty());
    }

    SECTION("each filter, and filters with search words")
    {
        model.toggleStage(LoopController::Analyse);
        CHECK(shown(model) == set({s.pitch}));
        model.toggleStage(LoopController::Apply);
        CHECK(shown(model) == set({s.pitch, s.budget}));
        CHECK(model.activeFilterCount() == 2);
        model.setSearchText(QStringLiteral("budget"));
        CHECK(shown(model) == set({s.budget}));
        model.setSearchText(QStringLiteral("pitch")); // the café one is at Detect
        CHECK(shown(model) == set({s.pitch}));
        model.setSearchText({});
        model.clearFilters();
        CHECK(model.rowCount() == 7);

        model.setTags({QStringLiteral("work")});
        CHECK(shown(model) == set({s.pitch, s.train}));
        model.addTag(QStringLiteral("TRAVEL")); // every tag given, in any case
        CHECK(shown(model) == set({s.train}));
        model.setSearchText(QStringLiteral("offsite"));
        CHECK(shown(model) == set({s.train}));
        model.setSearchText(QStringLiteral("pitch"));
        CHECK(model.rowCount() == 0);
        model.setSearchText({});
        model.clearFilters();

        model.setVoice(HistoryModel::WithVoice);
        CHECK(shown(model) == set({s.voice}));
        model.setVoice(HistoryModel::WithoutVoice);
        CHECK(shown(model) == set({s.pitch, s.train, s.chess, s.cafe, s.meeting, s.budget}));
        model.setVoice(HistoryModel::AnyVoice);

        model.toggleFailureType(LoopController::BasicFailure);
        CHECK(shown(model) == set({s.budget}));
        CHECK(roleOf(model, s.budget, HistoryModel::FailureTypeLabelRole) == "Basic failure");
        model.clearFilters();

        model.setFromDate(QStringLiteral("2024-02-01"));
        model.setToDate(QStringLiteral("2024-02-29"));
        CHECK(shown(model) == set({s.chess, s.cafe}));
        model.setSearchText(QStringLiteral("chess"));
        CHECK(shown(model) == set({s.chess}));
    }

    SECTION("sort by date either way, or what needs attention")
    {
        model.setSort(HistoryModel::Oldest);
        CHECK(model.idAt(0) == s.pitch);
        CHECK(model.idAt(6) == s.budget);
        model.setSort(HistoryModel::NeedsAttention);
        CHECK(model.rowCount() == 7);
        CHECK(model.idAt(6) == s.chess); // closed ones last
        CHECK_FALSE(model.grouped());    // no timeline in this order
    }

    SECTION("live: rows come, go and change under a filter")
    {
        model.toggleStage(LoopController::Detect);
        REQUIRE(shown(model) == set({s.train, s.cafe, s.meeting, s.voice}));

        // A new reflection is at Detect: it comes in, on top.
        const qint64 fresh = app.entries().add(QStringLiteral("The demo crashed"));
        REQUIRE(fresh > 0);
        CHECK(model.idAt(0) == fresh);
        CHECK(model.total() == 5);

        // Moved on to Analyse: it leaves the Detect list.
        auto& loop = app.services().loop();
        REQUIRE(loop.load(s.train));
        REQUIRE(loop.advance());
        CHECK(model.rowOf(s.train) == -1);
        CHECK(model.total() == 4);
        // …and back: it returns in its place by date.
        REQUIRE(loop.back());
        CHECK(model.rowOf(s.train) == 4);

        // Edited: stays, shows the new first line.
        REQUIRE(app.entries().save(s.cafe, QStringLiteral("Café, second try\nbetter")));
        CHECK(roleOf(model, s.cafe, HistoryModel::FirstLineRole) == "Café, second try");

        // Deleted and undone.
        REQUIRE(app.entries().remove(s.meeting));
        CHECK(model.rowOf(s.meeting) == -1);
        CHECK(app.entries().undoRemove() == s.meeting);
        CHECK(model.rowOf(s.meeting) >= 0);

        // Under a search: an edit that takes the words away takes the row away, and one that
        // brings them brings it.
        model.setSearchText(QStringLiteral("crashed"));
        REQUIRE(shown(model) == set({fresh}));
        REQUIRE(app.entries().save(fresh, QStringLiteral("The demo froze")));
        CHECK(model.rowCount() == 0);
        REQUIRE(app.entries().save(s.cafe, QStringLiteral("The café demo crashed too")));
        CHECK(shown(model) == set({s.cafe}));

        // A tag added elsewhere shows on the row.
        model.setSearchText({});
        app.services().tags().load(s.cafe);
        REQUIRE(app.services().tags().add(QStringLiteral("coffee")));
        CHECK(model.data(model.index(model.rowOf(s.cafe)), HistoryModel::TagsRole).toStringList() ==
              QStringList{QStringLiteral("coffee")});
        model.setTags({QStringLiteral("coffee")});
        CHECK(shown(model) == set({s.cafe}));
        REQUIRE(app.services().tags().remove(QStringLiteral("coffee")));
        CHECK(model.rowCount() == 0);
    }

    SECTION("pages under a filter: a page per fetchMore, live changes keep the window")
    {
        model.setPageSize(2);
        model.toggleStage(LoopController::Detect);
        CHECK(model.rowCount() == 2);
        CHECK(model.canFetchMore({}));
        CHECK(model.total() == 4);
        // A new one on top grows the window by one; nothing else loads by itself.
        const qint64 fresh = app.entries().add(QStringLiteral("Late again"));
        CHECK(model.rowCount() == 3);
        CHECK(model.idAt(0) == fresh);
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(shown(model) == set({fresh, s.train, s.cafe, s.meeting, s.voice}));
    }
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("HistoryModel: the timeline groups by month or week with a summary per period",
          "[ui][review]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("review-timeline")), keyring);
    const Seeded s = seed(app);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false);
    wire(app, model);

    REQUIRE(model.grouping() == HistoryModel::ByMonth);
    CHECK(model.grouped());
    CHECK(roleOf(model, s.pitch, HistoryModel::SectionKeyRole) == "2024-01-01");
    CHECK(roleOf(model, s.budget, HistoryModel::SectionKeyRole) == "2024-03-01");
    // March: the meeting, the voice note and the budget review (at Apply, no experiment).
    CHECK(model.periodSummary(QStringLiteral("2024-03-01")) ==
          QStringLiteral("March 2024 \u00B7 3 reflections \u00B7 1 with voice"));
    CHECK(model.periodSummary(QStringLiteral("2024-02-01")) ==
          QStringLiteral("February 2024 \u00B7 2 reflections \u00B7 1 closed"));
    CHECK(roleOf(model, s.chess, HistoryModel::PeriodSummaryRole) ==
          model.periodSummary(QStringLiteral("2024-02-01")));

    // Weeks start on the locale's first day (Sunday here): Jan 10, 2024 was a Wednesday.
    model.setGrouping(HistoryModel::ByWeek);
    CHECK(roleOf(model, s.pitch, HistoryModel::SectionKeyRole) == "2024-01-07");
    CHECK(model.periodSummary(QStringLiteral("2024-01-07")) ==
          QStringLiteral("Week of January 7, 2024 \u00B7 1 reflection"));

    // Summaries follow the filter.
    model.setGrouping(HistoryModel::ByMonth);
    model.toggleStage(LoopController::Detect);
    CHECK(model.periodSummary(QStringLiteral("2024-03-01")) ==
          QStringLiteral("March 2024 \u00B7 2 reflections \u00B7 1 with voice"));

    // No grouping: no sections.
    model.setGrouping(HistoryModel::NoGrouping);
    CHECK_FALSE(model.grouped());
    CHECK(roleOf(model, s.cafe, HistoryModel::SectionKeyRole).isEmpty());
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Tags: added and removed on an entry, suggested by prefix, kept through Undo",
          "[ui][review]")
{
    FakeSecretStore keyring;
    AppUnderTest app(freshDir(QStringLiteral("review-tags")), keyring);
    const Seeded s = seed(app);
    auto& tags = app.services().tags();
    auto& suggestions = *tags.suggestions();
    QAbstractItemModelTester tester(&suggestions,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    tags.load(s.cafe);
    CHECK(tags.tags().isEmpty());
    suggestions.setPrefix(QStringLiteral("w"));
    REQUIRE(suggestions.rowCount() == 1);
    CHECK(suggestions.nameAt(0) == QStringLiteral("work"));
    CHECK(suggestions.data(suggestions.index(0), debrief::TagSuggestionsModel::UsesRole) == 2);
    suggestions.setPrefix({}); // most used first
    CHECK(suggestions.nameAt(0) == QStringLiteral("work"));
    CHECK(suggestions.nameAt(1) == QStringLiteral("travel"));

    REQUIRE(tags.add(QStringLiteral("  coffee ")));
    CHECK(tags.tags() == QStringList{QStringLiteral("coffee")});
    REQUIRE(tags.add(QStringLiteral("work")));
    CHECK(tags.tags() == (QStringList{QStringLiteral("coffee"), QStringLiteral("work")}));
    // What the entry has is not suggested again.
    suggestions.setPrefix(QStringLiteral("wo"));
    CHECK(suggestions.rowCount() == 0);
    CHECK(app.history()
              .data(app.history().index(app.history().rowOf(s.cafe)), HistoryModel::TagsRole)
              .toStringList() == (QStringList{QStringLiteral("coffee"), QStringLiteral("work")}));

    // An empty name does nothing; a too long one is refused in words, nothing written.
    CHECK_FALSE(tags.add(QStringLiteral("   ")));
    CHECK_FALSE(tags.add(QString(41, QLatin1Char('x'))));
    CHECK_FALSE(tags.errorMessage().isEmpty());
    CHECK(tags.tags().size() == 2);

    // Deleted and undone: the tags come back with the entry.
    REQUIRE(app.entries().remove(s.cafe));
    REQUIRE(app.entries().undoRemove() == s.cafe);
    tags.load(s.cafe);
    CHECK(tags.tags() == (QStringList{QStringLiteral("coffee"), QStringLiteral("work")}));

    REQUIRE(tags.remove(QStringLiteral("COFFEE")));
    CHECK(tags.tags() == QStringList{QStringLiteral("work")});
    // A tag no reflection carries any more is forgotten.
    suggestions.setPrefix(QStringLiteral("co"));
    CHECK(suggestions.rowCount() == 0);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Search snippets become styled text: the matches bold, everything else escaped",
          "[ui][review]")
{
    const QChar s = debrief::ReflectionStore::MatchStart;
    const QChar e = debrief::ReflectionStore::MatchEnd;
    CHECK(debrief::snippetMarkup(QStringLiteral("the ") + s + "pitch" + e + " fell") ==
          QStringLiteral("the <b>pitch</b> fell"));
    // What the person wrote shows as written, never as markup.
    CHECK(debrief::snippetMarkup(QStringLiteral("<b>bold</b> & <img src=x> ") + s + "a<i>" + e) ==
          QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img src=x&gt; <b>a&lt;i&gt;</b>"));
    // An unclosed match ends with the snippet; a stray end does nothing.
    CHECK(debrief::snippetMarkup(QStringLiteral("x ") + s + "y") == QStringLiteral("x <b>y</b>"));
    CHECK(debrief::snippetMarkup(QStringLiteral("x") + e + "y") == QStringLiteral("xy"));
    CHECK(debrief::snippetMarkup({}).isEmpty());
}

TEST_CASE("Insights: the figures and their sentences for a known set of reflections",
          "[ui][review]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FakeSecretStore keyring;
    ManualClock clock;
    TestPlatform platform(clock);
    AppUnderTest app(freshDir(QStringLiteral("review-insights")), keyring, 1280, 800, {},
                     &platform);
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));

    debrief::InsightsModel& insights = app.services().insights();
    insights.setActive(true);
    CHECK(insights.computed());
    CHECK(insights.reflections() == 0);
    CHECK(insights.funnelText().startsWith("No reflections yet"));

    // Three written three days ago (local): one taken to Analyse now, then to Apply 12 hours
    // later with a lesson and an experiment that is kept; one to Analyse now; one left at
    // Detect.
    const QDateTime now = clock.nowUtc().toTimeZone(clock.timeZone());
    const QDateTime written = now.addDays(-3);
    app.entries().setClock([written] { return written; });
    QList<qint64> ids;
    for (const char* text : {"The launch slipped", "Missed the bus", "Forgot the slides"})
        ids.append(app.entries().add(QString::fromLatin1(text)));
    QDateTime loopNow = now;
    auto& loop = app.services().loop();
    loop.setClock([&loopNow] { return loopNow; });
    REQUIRE(loop.load(ids.at(0)));
    REQUIRE(loop.advance());
    REQUIRE(loop.setSpectrumPoint(int(debrief::SpectrumPoint::HypothesisTesting)));
    loop.setAnswer(QStringLiteral("analyse.why_difference"), {}, QStringLiteral("Too big."));
    loopNow = now.addSecs(12 * 3600);
    REQUIRE(loop.advance());
    REQUIRE(loop.addLesson(QStringLiteral("Ship smaller."), LoopController::Apply) > 0);
    REQUIRE(loop.saveExperiment(QStringLiteral("Smaller launches slip less."),
                                QStringLiteral("Split the next launch in two."),
                                loop.suggestedCheckDate(7), QStringLiteral("On time.")));
    REQUIRE(loop.advance());
    REQUIRE(loop.setExperimentResult(QStringLiteral("Both halves shipped on time.")));
    REQUIRE(loop.decide(LoopController::Keep));
    loopNow = now;
    REQUIRE(loop.load(ids.at(1)));
    REQUIRE(loop.advance());
    REQUIRE(loop.saveNow());
    insights.refresh(); // (recomputed after each change while shown; here at once)

    CHECK(insights.reflections() == 3);
    CHECK(insights.funnelText() ==
          "Of 3 reflections, 2 reached Analyse, 1 reached Apply and 1 reached Continue; 0 "
          "closed.");
    // Medians: 3 days and 3 days (72 h each) to Analyse; 12 hours to Apply.
    CHECK(insights.detectToAnalyse() == "3 days");
    CHECK(insights.analyseToApply() == "12 hours");
    CHECK(insights.timesText() ==
          "Median time from capture to Analyse: 3 days. Median time from Analyse to Apply: 12 "
          "hours.");
    CHECK(insights.experimentsText() ==
          "1 experiment planned: 1 kept, 0 adjusted, 0 dropped, 0 still running.");
    CHECK(insights.failureMixText() ==
          "Failure types: 1 intelligent, 0 complex, 0 basic, 2 not placed yet.");
    CHECK(insights.lessonsText() == "1 lesson written.");
    const QString day = QLocale().toString(written.date(), QStringLiteral("MMMM d, yyyy"));
    CHECK(insights.heatText() ==
          QStringLiteral("In the last 26 weeks you wrote 3 reflections on 1 day; the most in "
                         "one day was 3, on %1.")
              .arg(day));
    // The heat map: whole weeks, today in the last column, the three on their day.
    const QVariantList days = insights.heatDays();
    REQUIRE(days.size() > 25 * 7);
    REQUIRE(days.size() <= 26 * 7);
    const QVariantMap last = days.constLast().toMap();
    CHECK(last.value("date").toString() == debrief::looptext::isoDate(now.date()));
    int counted = 0;
    for (const QVariant& d : days) {
        const QVariantMap cell = d.toMap();
        counted += cell.value("count").toInt();
        if (cell.value("date").toString() == debrief::looptext::isoDate(written.date()))
            CHECK(cell.value("level").toInt() == 4);
    }
    CHECK(counted == 3);

    // A change while shown: computed again (once, after the burst).
    REQUIRE(app.entries().remove(ids.at(2)));
    REQUIRE(waitUntil([&] { return insights.reflections() == 2; }));
    CHECK(insights.failureMixText() ==
          "Failure types: 1 intelligent, 0 complex, 0 basic, 1 not placed yet.");
    // Not shown: nothing is computed until it is shown again.
    insights.setActive(false);
    REQUIRE(app.entries().undoRemove() == ids.at(2));
    QTest::qWait(50);
    CHECK(insights.reflections() == 2);
    insights.setActive(true);
    CHECK(insights.reflections() == 3);
    CHECK_NO_QML_PROBLEMS(app);
}
