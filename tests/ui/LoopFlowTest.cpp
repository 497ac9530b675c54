// The loop in the real QML, offscreen, by clicks, drags and typing: one reflection taken through
// Detect, Analyse, Apply and Continue on a phone (facts and feelings, the spectrum, SCR, a lesson,
// changes dragged on the grid and set with sliders, an experiment with its check date, the
// result, the decision, the next smart risk as a new reflection, close), then the Lessons and
// Experiments pages; on the desktop, viewing another stage, back, skip, close early and reopen
// through their buttons, and an overdue experiment first on the Experiments page. What the
// pages show is checked against the vault (LoopStore), not only against the screen.

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/LoopStore.h"

#include <QMouseEvent>
#include <QTest>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using debrief::ExperimentDecision;
using debrief::LoopController;
using debrief::LoopRecord;
using debrief::SpectrumPoint;
using debrief::Stage;
using debrief::TransitionKind;
using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

const QDateTime kNow(QDate(2024, 6, 3), QTime(18, 30)); // a Monday evening

// A started app on a fresh vault, its clocks at kNow, unlocked with the recovery code.
std::unique_ptr<AppUnderTest> startApp(const QString& dir, FakeSecretStore& keyring, int width,
                                       int height)
{
    auto app =
        std::make_unique<AppUnderTest>(dir, keyring, width, height, [](debrief::AppServices& s) {
            s.loop().setClock([] { return kNow; });
            s.entries().setClock([] { return kNow; });
            s.experiments().setClock([] { return kNow; });
        });
    REQUIRE(app->waitForState(VaultController::State::FirstStart));
    app->click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app->waitForState(VaultController::State::Ready));
    return app;
}

LoopRecord stored(AppUnderTest& app, qint64 reflectionId)
{
    debrief::VaultError error;
    auto record = app.services().loopStore()->load(reflectionId, &error);
    INFO(error.message().toStdString());
    REQUIRE(record);
    return *record;
}

QQuickItem* shown(AppUnderTest& app, const QString& name)
{
    QQuickItem* item = app.require(name);
    app.reveal(item);
    return item;
}

void tap(AppUnderTest& app, const QString& name)
{
    app.click(shown(app, name));
}

// Taps into a field and types, as on a keyboard.
void typeInto(AppUnderTest& app, const QString& name, const QString& text)
{
    QQuickItem* field = shown(app, name);
    app.click(field);
    REQUIRE(waitUntil([&] { return field->hasActiveFocus(); }));
    app.type(text);
}

// Presses at the item's centre, moves in small steps (with the button held) to the scene point,
// releases.
void drag(AppUnderTest& app, QQuickItem* item, QPointF to)
{
    const QPoint from = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    QTest::mousePress(app.window(), Qt::LeftButton, Qt::NoModifier, from);
    const int steps = 12;
    for (int i = 1; i <= steps; ++i) {
        const QPointF at = QPointF(from) + (to - QPointF(from)) * (double(i) / steps);
        QMouseEvent move(QEvent::MouseMove, at, app.window()->mapToGlobal(at), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(app.window(), &move);
        QTest::qWait(10);
    }
    QTest::mouseRelease(app.window(), Qt::LeftButton, Qt::NoModifier, to.toPoint());
    app.settle();
}

// A click at a fraction of a slider's track.
void clickSlider(AppUnderTest& app, QQuickItem* slider, double fraction)
{
    app.reveal(slider);
    const qreal left = slider->property("leftPadding").toReal();
    const qreal track = slider->property("availableWidth").toReal();
    const QPointF at = slider->mapToScene(QPointF(left + track * fraction, slider->height() / 2));
    QTest::mouseClick(app.window(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
    app.settle();
}

QString stepState(AppUnderTest& app, int stage)
{
    const QVariantList steps = app.services().loop().steps();
    for (const QVariant& s : steps) {
        const QVariantMap step = s.toMap();
        if (step.value(QStringLiteral("stage")).toInt() == stage)
            return step.value(QStringLiteral("state")).toString();
    }
    return {};
}

} // namespace

TEST_CASE("One reflection through the four stages on a phone, by touch and typing",
          "[ui][loopflow]")
{
    const QString dir = freshDir(QStringLiteral("loopflow-phone"));
    FakeSecretStore keyring;
    auto app = startApp(dir, keyring, 390, 844);
    LoopController& loop = app->services().loop();

    // A reflection written on the capture page starts at Detect; its history row says so.
    app->type(QStringLiteral("The demo crashed in front of the client."));
    app->click(QStringLiteral("saveButton"));
    REQUIRE(app->history().rowCount() == 1);
    const qint64 id =
        app->history().data(app->history().index(0), debrief::HistoryModel::IdRole).toLongLong();
    app->click(QStringLiteral("historyButton"));
    CHECK(textOf(app->require(QStringLiteral("stageChip"))) ==
          loop.stageName(LoopController::Detect));

    // The entry page: the four steps and one next step.
    app->click(QStringLiteral("historyRow_0"));
    app->require(QStringLiteral("entryPage"));
    REQUIRE(loop.shows(id));
    app->require(QStringLiteral("loopStepper"));
    CHECK(textOf(app->require(QStringLiteral("nextStepButton"))) == loop.nextStepLabel());
    CHECK(loop.nextStepMoves()); // a saved entry has done Detect

    // Detect's own questions: the step opens them; facts and feelings are separate answers.
    app->click(QStringLiteral("loopStep_detect"));
    app->require(QStringLiteral("stagePage"));
    CHECK(loop.viewedStage() == LoopController::Detect);
    CHECK(textOf(app->require(QStringLiteral("stageIntroText"))) == loop.stageIntro());
    CHECK(app->visibleItem(QStringLiteral("stageHintText")) == nullptr);
    typeInto(*app, QStringLiteral("answer_detect_expected"),
             QStringLiteral("A smooth demo of the new dashboard."));
    typeInto(*app, QStringLiteral("answer_detect_facts"),
             QStringLiteral("The app crashed twice; we ended ten minutes early."));
    typeInto(*app, QStringLiteral("feelingWord_detect_feeling"), QStringLiteral("embarrassed"));
    shown(*app, QStringLiteral("feelingScale_detect_feeling"));
    tap(*app, QStringLiteral("feelingScale_detect_feeling_4"));
    tap(*app, QStringLiteral("option_detect_novelty_1"));
    tap(*app, QStringLiteral("option_detect_novelty_2")); // one choice: the other lets go
    CHECK(app->require(QStringLiteral("option_detect_novelty_2"))->property("checked").toBool());
    CHECK_FALSE(
        app->require(QStringLiteral("option_detect_novelty_1"))->property("checked").toBool());
    CHECK(app->require(QStringLiteral("feelingScale_detect_feeling_4"))
              ->property("checked")
              .toBool());

    // On to Analyse from the stage page: the answers are written first.
    tap(*app, QStringLiteral("nextStepButton"));
    REQUIRE(stored(*app, id).stage == Stage::Analyse);
    {
        const LoopRecord r = stored(*app, id);
        CHECK(r.answers.get(QStringLiteral("detect.expected")).text ==
              QStringLiteral("A smooth demo of the new dashboard."));
        CHECK(r.answers.get(QStringLiteral("detect.facts")).text ==
              QStringLiteral("The app crashed twice; we ended ten minutes early."));
        CHECK(r.answers.get(QStringLiteral("detect.feeling")).text ==
              QStringLiteral("embarrassed"));
        CHECK(r.answers.get(QStringLiteral("detect.feeling")).value == 4);
        CHECK(r.answers.get(QStringLiteral("detect.novelty")).value == 2);
    }
    CHECK(loop.viewedStage() == LoopController::Analyse);
    CHECK(stepState(*app, LoopController::Detect) == QStringLiteral("done"));
    CHECK(stepState(*app, LoopController::Analyse) == QStringLiteral("current"));

    // Analyse: "what, not who" up front; the next step first asks for one answer.
    CHECK(textOf(app->require(QStringLiteral("stageHintText"))) == loop.stageHint());
    CHECK_FALSE(loop.stageHint().isEmpty());
    CHECK_FALSE(loop.nextStepMoves());
    tap(*app, QStringLiteral("nextStepButton"));
    QQuickItem* why = app->require(QStringLiteral("answer_analyse_why_difference"));
    REQUIRE(waitUntil([&] { return why->hasActiveFocus(); }));
    app->type(QStringLiteral("The laptop ran a build we had not tested."));
    CHECK(loop.nextStepMoves()); // follows the typing at once
    tap(*app, QStringLiteral("spectrumPoint_process_inadequacy"));
    CHECK(loop.failureType() == LoopController::BasicFailure);
    tap(*app, QStringLiteral("spectrumPoint_hypothesis_testing"));
    CHECK(loop.failureType() == LoopController::IntelligentFailure);
    CHECK(textOf(app->require(QStringLiteral("failureTypeText"))) == loop.failureTypeLabel());
    CHECK(textOf(app->require(QStringLiteral("failureTypeDescription"))) ==
          loop.failureTypeDescription());
    typeInto(*app, QStringLiteral("scr_situation"), QStringLiteral("A client demo."));
    typeInto(*app, QStringLiteral("scr_complication"), QStringLiteral("An untested build."));
    typeInto(*app, QStringLiteral("scr_resolution"), QStringLiteral("Demo only tested builds."));
    tap(*app, QStringLiteral("nextStepButton"));
    REQUIRE(stored(*app, id).stage == Stage::Apply);
    {
        const LoopRecord r = stored(*app, id);
        CHECK(r.spectrumPoint == SpectrumPoint::HypothesisTesting);
        CHECK(r.answers.get(QStringLiteral("analyse.scr"), QStringLiteral("complication")).text ==
              QStringLiteral("An untested build."));
        CHECK(r.answers.get(QStringLiteral("analyse.why_difference")).text ==
              QStringLiteral("The laptop ran a build we had not tested."));
    }

    // Apply: a lesson as a rule.
    typeInto(*app, QStringLiteral("lessonField_apply"),
             QStringLiteral("When I demo, I run the build we tested."));
    tap(*app, QStringLiteral("addLessonButton_apply"));
    REQUIRE(stored(*app, id).lessons.size() == 1);
    const qint64 applyLesson = stored(*app, id).lessons.at(0).id;
    app->require(QStringLiteral("lessonItem_%1").arg(applyLesson));

    // Two changes, with the button and with Enter.
    typeInto(*app, QStringLiteral("changeField"), QStringLiteral("A demo-day checklist"));
    tap(*app, QStringLiteral("addChangeButton"));
    typeInto(*app, QStringLiteral("changeField"), QStringLiteral("Record a fallback video"));
    app->key(Qt::Key_Return);
    REQUIRE(stored(*app, id).changes.size() == 2);
    const qint64 checklist = stored(*app, id).changes.at(0).id;
    const qint64 video = stored(*app, id).changes.at(1).id;

    // The checklist's dot dragged to high impact, easy to do.
    QQuickItem* plot = shown(*app, QStringLiteral("changesPlot"));
    QQuickItem* dot = app->require(QStringLiteral("changeDot_%1").arg(checklist));
    const double freeWidth = plot->width() - dot->width();
    const double freeHeight = plot->height() - dot->height();
    const QPointF target = plot->mapToScene(
        QPointF(0.8 * freeWidth + dot->width() / 2, 0.15 * freeHeight + dot->height() / 2));
    drag(*app, dot, target);
    {
        const LoopRecord r = stored(*app, id);
        CHECK(r.changes.at(0).feasibility == Catch::Approx(0.8).margin(0.03));
        CHECK(r.changes.at(0).impact == Catch::Approx(0.85).margin(0.03));
    }
    // The dot stays where it was dropped.
    CHECK(dot->x() == Catch::Approx(0.8 * freeWidth).margin(2));

    // The video's sliders instead: little impact, easy.
    clickSlider(*app, app->require(QStringLiteral("impactSlider_%1").arg(video)), 0.2);
    clickSlider(*app, app->require(QStringLiteral("feasibilitySlider_%1").arg(video)), 0.9);
    {
        const LoopRecord r = stored(*app, id);
        CHECK(r.changes.at(1).impact < 0.35);
        CHECK(r.changes.at(1).feasibility > 0.75);
    }
    CHECK(textOf(app->require(QStringLiteral("quadrantLabel_%1").arg(video))) ==
          loop.changes()
              ->data(loop.changes()->index(1), debrief::ChangesModel::QuadrantLabelRole)
              .toString());
    // The grid moved the video's dot too: low and to the right.
    QQuickItem* videoDot = app->require(QStringLiteral("changeDot_%1").arg(video));
    CHECK(videoDot->y() > freeHeight * 0.6);
    CHECK(videoDot->x() > freeWidth * 0.7);

    // Test the checklist: an experiment with a hypothesis, an action, a date and a signal.
    tap(*app, QStringLiteral("testChangeButton_%1").arg(checklist));
    REQUIRE(loop.hasExperiment());
    CHECK(stored(*app, id).experiments.constLast().changeId == checklist);
    CHECK(app->visibleItem(QStringLiteral("testChangeButton_%1").arg(checklist)) == nullptr);
    typeInto(*app, QStringLiteral("hypothesisField"),
             QStringLiteral("With a checklist, the next demo runs without a crash."));
    typeInto(*app, QStringLiteral("actionField"),
             QStringLiteral("Write the checklist and use it on Thursday."));
    // A malformed date is refused in words, with an example; nothing typed is lost.
    typeInto(*app, QStringLiteral("checkDateField"), QStringLiteral("2024-06-31"));
    app->key(Qt::Key_Return);
    QQuickItem* banner = app->require(QStringLiteral("loopErrorBanner"));
    CHECK(textOf(banner).contains(QStringLiteral("2024-06-10")));
    CHECK(textOf(app->require(QStringLiteral("hypothesisField"))) ==
          QStringLiteral("With a checklist, the next demo runs without a crash."));
    // The quick pick: in a week.
    tap(*app, QStringLiteral("checkDateIn7Days"));
    CHECK(textOf(app->require(QStringLiteral("checkDateField"))) == QStringLiteral("2024-06-10"));
    CHECK(textOf(app->require(QStringLiteral("checkDateLabel")))
              .contains(loop.dateLabel(QStringLiteral("2024-06-10"))));
    CHECK(app->visibleItem(QStringLiteral("loopErrorBanner")) == nullptr);
    typeInto(*app, QStringLiteral("signalField"), QStringLiteral("No crash and no apology."));
    tap(*app, QStringLiteral("saveExperimentButton"));
    {
        const auto record = stored(*app, id);
        const auto& e = record.experiments.constLast();
        CHECK(e.hypothesis ==
              QStringLiteral("With a checklist, the next demo runs without a crash."));
        CHECK(e.action == QStringLiteral("Write the checklist and use it on Thursday."));
        CHECK(e.checkDate == QDate(2024, 6, 10));
        CHECK(e.signal == QStringLiteral("No crash and no apology."));
        CHECK(e.changeId == checklist);
    }

    // The Experiments page lists it (not overdue); its row opens the entry.
    app->click(QStringLiteral("moreButton"));
    app->click(QStringLiteral("experimentsButton"));
    app->require(QStringLiteral("experimentsPage"));
    const qint64 experimentId = stored(*app, id).experiments.constLast().id;
    QQuickItem* row = app->require(QStringLiteral("experimentRow_%1").arg(experimentId));
    CHECK(app->visibleItem(QStringLiteral("overdueBadge"), row) == nullptr);
    app->click(QStringLiteral("backButton"));
    app->require(QStringLiteral("stagePage"));

    // On to Continue: the prediction beside the result, then the decision.
    tap(*app, QStringLiteral("nextStepButton"));
    REQUIRE(stored(*app, id).stage == Stage::Continue);
    CHECK(textOf(app->require(QStringLiteral("predictionText"))) ==
          QStringLiteral("With a checklist, the next demo runs without a crash."));
    typeInto(*app, QStringLiteral("resultField"),
             QStringLiteral("It ran smoothly; the checklist caught a stale build."));
    tap(*app, QStringLiteral("decisionKeep"));
    {
        const auto record = stored(*app, id);
        const auto& e = record.experiments.constLast();
        CHECK(e.result == QStringLiteral("It ran smoothly; the checklist caught a stale build."));
        CHECK(e.decision == ExperimentDecision::Keep);
    }
    CHECK(app->require(QStringLiteral("decisionKeep"))->property("checked").toBool());
    tap(*app, QStringLiteral("option_continue_smart_risk_check_1"));
    tap(*app, QStringLiteral("option_continue_smart_risk_check_8"));
    typeInto(*app, QStringLiteral("nextRiskField"),
             QStringLiteral("Pitch Contoso with a one-page price sheet."));
    tap(*app, QStringLiteral("nextRiskAsReflectionButton"));
    REQUIRE(app->history().rowCount() == 2);
    typeInto(*app, QStringLiteral("lessonField_continue"),
             QStringLiteral("Checklists beat memory on demo days."));
    tap(*app, QStringLiteral("addLessonButton_continue"));
    {
        const LoopRecord r = stored(*app, id);
        CHECK(r.answers.get(QStringLiteral("continue.smart_risk_check")).value == (1 | 8));
        CHECK(r.answers.get(QStringLiteral("continue.next_risk")).text ==
              QStringLiteral("Pitch Contoso with a one-page price sheet."));
        CHECK(r.lessons.size() == 2);
    }

    // The new reflection opens from here; back, the page shows this loop again.
    tap(*app, QStringLiteral("openNextRiskButton"));
    QQuickItem* newEntryText = app->require(QStringLiteral("entryText"));
    CHECK(textOf(newEntryText) == QStringLiteral("Pitch Contoso with a one-page price sheet."));
    CHECK_FALSE(loop.shows(id));
    app->click(QStringLiteral("backButton"));
    app->require(QStringLiteral("stagePage"));
    CHECK(loop.shows(id));
    CHECK(loop.viewedStage() == LoopController::Continue);

    // Close the loop: the next step says so; then Reopen is offered.
    CHECK(textOf(app->require(QStringLiteral("nextStepButton"))) == loop.nextStepLabel());
    CHECK(loop.canCloseWithoutReason());
    tap(*app, QStringLiteral("nextStepButton"));
    REQUIRE(stored(*app, id).stage == Stage::Closed);
    app->require(QStringLiteral("reopenButton"));
    CHECK(app->visibleItem(QStringLiteral("nextStepButton")) == nullptr);
    for (int s = LoopController::Detect; s <= LoopController::Continue; ++s)
        CHECK(stepState(*app, s) == QStringLiteral("done"));

    // The Lessons page: both lessons, searchable, each opening its reflection.
    app->click(QStringLiteral("moreButton"));
    app->click(QStringLiteral("lessonsButton"));
    app->require(QStringLiteral("lessonsPage"));
    QQuickItem* lessonsList = app->require(QStringLiteral("lessonsList"));
    REQUIRE(waitUntil([&] { return lessonsList->property("count").toInt() == 2; }));
    app->click(QStringLiteral("lessonsSearchField"));
    app->type(QStringLiteral("checklist"));
    REQUIRE(waitUntil([&] { return lessonsList->property("count").toInt() == 1; }));
    const QList<QObject*> rows = app->all(QStringLiteral("lessonRow_%1").arg(applyLesson));
    CHECK(rows.isEmpty()); // the other lesson does not say "checklist"
    QQuickItem* match = nullptr;
    for (const debrief::Lesson& l : stored(*app, id).lessons) {
        if (l.id != applyLesson)
            match = app->require(QStringLiteral("lessonRow_%1").arg(l.id));
    }
    REQUIRE(match);
    app->click(match);
    app->require(QStringLiteral("entryPage"));
    CHECK(loop.shows(id));
    CHECK(textOf(app->require(QStringLiteral("entryText"))) ==
          QStringLiteral("The demo crashed in front of the client."));
    CHECK_NO_QML_PROBLEMS(*app);
}

TEST_CASE("Desktop: view another stage, back, skip, close early and reopen; overdue first",
          "[ui][loopflow]")
{
    const QString dir = freshDir(QStringLiteral("loopflow-desktop"));
    FakeSecretStore keyring;
    auto app = startApp(dir, keyring, 1280, 800);
    LoopController& loop = app->services().loop();
    const qint64 first = app->entries().add(QStringLiteral("Missed the train to the offsite."));
    const qint64 id = app->entries().add(QStringLiteral("The pitch to Northwind fell flat."));
    REQUIRE(id > 0);
    app->settle();
    CHECK(app->require(QStringLiteral("lessonsButton"))->isVisible()); // in the toolbar
    app->click(
        app->require(QStringLiteral("historyRow_0"), app->require(QStringLiteral("historyList"))));
    app->require(QStringLiteral("entryPage"));
    REQUIRE(loop.shows(id));

    // A step ahead shows its questions without moving the entry; one tap goes back to Detect.
    app->click(QStringLiteral("loopStep_apply"));
    app->require(QStringLiteral("stagePage"));
    CHECK(loop.viewedStage() == LoopController::Apply);
    CHECK(loop.stage() == LoopController::Detect);
    app->require(QStringLiteral("viewingOtherStageText"));
    app->click(QStringLiteral("viewCurrentStageButton"));
    CHECK(loop.viewedStage() == LoopController::Detect);
    CHECK(app->visibleItem(QStringLiteral("backStageButton")) == nullptr); // Detect is first

    // Skip needs a reason, given in a small dialog.
    app->click(QStringLiteral("skipStageButton"));
    QQuickItem* confirmSkip = app->require(QStringLiteral("confirmSkipButton"));
    CHECK_FALSE(confirmSkip->isEnabled());
    app->click(QStringLiteral("skipReasonField"));
    app->type(QStringLiteral("Wrote it all in the entry already"));
    app->click(confirmSkip);
    REQUIRE(stored(*app, id).stage == Stage::Analyse);
    CHECK(stored(*app, id).transitions.constLast().kind == TransitionKind::Skip);
    CHECK(stored(*app, id).transitions.constLast().reason ==
          QStringLiteral("Wrote it all in the entry already"));
    REQUIRE(
        waitUntil([&] { return app->visibleItem(QStringLiteral("skipReasonField")) == nullptr; }));
    CHECK(loop.viewedStage() == LoopController::Analyse);
    bool reasonShown = false;
    for (QObject* line : app->all(QStringLiteral("historyLine")))
        reasonShown = reasonShown || textOf(line).contains(QStringLiteral("Wrote it all"));
    CHECK(reasonShown);

    // Analyse is not done: the next step refuses to move and points at the questions instead.
    CHECK_FALSE(loop.nextStepMoves());
    app->click(QStringLiteral("nextStepButton"));
    CHECK(stored(*app, id).stage == Stage::Analyse);

    // Back a stage, then forward again (Detect is done).
    app->click(QStringLiteral("backStageButton"));
    REQUIRE(stored(*app, id).stage == Stage::Detect);
    app->click(QStringLiteral("nextStepButton"));
    REQUIRE(stored(*app, id).stage == Stage::Analyse);
    typeInto(*app, QStringLiteral("answer_analyse_what_not_who"),
             QStringLiteral("Pricing questions we did not prepare for."));
    // The keyboard moving to a field far down (Tab) brings it into view.
    app->reveal(app->require(QStringLiteral("loopStepper")));
    QQuickItem* resolution = app->require(QStringLiteral("scr_resolution"));
    CHECK(resolution->mapToScene(QPointF(0, 0)).y() > app->window()->height());
    resolution->forceActiveFocus(Qt::TabFocusReason);
    app->settle();
    const QRectF inView =
        resolution->mapRectToScene(QRectF(0, 0, resolution->width(), resolution->height()));
    CHECK(inView.top() >= 0);
    CHECK(inView.bottom() <= app->window()->height());
    app->click(QStringLiteral("nextStepButton"));
    REQUIRE(stored(*app, id).stage == Stage::Apply);

    // An experiment whose check date has passed: typed, confirmed with Enter.
    typeInto(*app, QStringLiteral("hypothesisField"),
             QStringLiteral("A price sheet sent ahead gets us to a second meeting."));
    typeInto(*app, QStringLiteral("checkDateField"), QStringLiteral("2024-05-27"));
    app->key(Qt::Key_Return);
    REQUIRE(waitUntil([&] {
        const LoopRecord r = stored(*app, id);
        return !r.experiments.isEmpty() &&
               r.experiments.constLast().checkDate == QDate(2024, 5, 27);
    }));
    CHECK(stored(*app, id).experiments.constLast().hypothesis ==
          QStringLiteral("A price sheet sent ahead gets us to a second meeting."));
    const qint64 overdueExperiment = stored(*app, id).experiments.constLast().id;

    // Another entry's experiment, due later.
    REQUIRE(loop.load(first));
    REQUIRE(loop.saveExperiment(QStringLiteral("Leaving 20 minutes earlier gets me there."), {},
                                QStringLiteral("2024-06-20"), {}));
    const qint64 laterExperiment = stored(*app, first).experiments.constLast().id;
    REQUIRE(loop.load(id));

    // The Experiments page: the overdue one first, with its badge.
    app->click(QStringLiteral("experimentsButton"));
    app->require(QStringLiteral("experimentsPage"));
    QQuickItem* overdueRow =
        app->require(QStringLiteral("experimentRow_%1").arg(overdueExperiment));
    QQuickItem* laterRow = app->require(QStringLiteral("experimentRow_%1").arg(laterExperiment));
    CHECK(overdueRow->y() < laterRow->y());
    app->require(QStringLiteral("overdueBadge"), overdueRow);
    CHECK(app->visibleItem(QStringLiteral("overdueBadge"), laterRow) == nullptr);
    app->click(overdueRow);
    app->require(QStringLiteral("entryPage"));
    REQUIRE(loop.shows(id));

    // Close early: only with a reason; then reopen where it was.
    app->click(QStringLiteral("loopStep_apply"));
    app->require(QStringLiteral("stagePage"));
    app->click(QStringLiteral("closeLoopButton"));
    QQuickItem* confirmClose = app->require(QStringLiteral("confirmCloseButton"));
    CHECK_FALSE(confirmClose->isEnabled());
    app->click(QStringLiteral("closeReasonField"));
    app->type(QStringLiteral("We lost the deal"));
    app->key(Qt::Key_Return);
    REQUIRE(stored(*app, id).stage == Stage::Closed);
    CHECK(stored(*app, id).transitions.constLast().reason == QStringLiteral("We lost the deal"));
    REQUIRE(
        waitUntil([&] { return app->visibleItem(QStringLiteral("closeReasonField")) == nullptr; }));
    CHECK(stepState(*app, LoopController::Detect) == QStringLiteral("done"));
    app->require(QStringLiteral("reopenButton"));
    // A closed entry's experiment is no longer waiting for a check.
    app->services().experiments().refresh();
    CHECK(app->services().experiments().rowOf(overdueExperiment) < 0);
    app->click(QStringLiteral("reopenButton"));
    REQUIRE(stored(*app, id).stage == Stage::Apply);
    app->require(QStringLiteral("nextStepButton"));
    CHECK(app->visibleItem(QStringLiteral("reopenButton")) == nullptr);

    // The history row's chip follows the stage.
    bool chipShowsApply = false;
    for (QObject* chip : app->all(QStringLiteral("stageChip")))
        chipShowsApply = chipShowsApply || textOf(chip) == loop.stageName(LoopController::Apply);
    CHECK(chipShowsApply);
    CHECK_NO_QML_PROBLEMS(*app);
}
