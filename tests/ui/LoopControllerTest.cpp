// The loop through its QML-facing API (LoopController, PromptsModel, ChangesModel,
// LessonsModel, ExperimentsModel) on the real app's services and vault: one entry taken through
// all four stages (answers, spectrum, SCR, the changes grid, the experiment and its date, the
// check, the next smart risk, close and reopen), refusals in words, history in step, lessons
// and experiments across entries, delete and undo, answers written after a pause and on quit,
// an old answer keeping the question it answered, and spoken answers on their questions.
// Models run under QAbstractItemModelTester.

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/AudioStore.h"
#include "vault/LoopStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using debrief::ChangesModel;
using debrief::ExperimentsModel;
using debrief::HistoryModel;
using debrief::LessonsModel;
using debrief::LoopController;
using debrief::PromptsModel;
using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

const QDateTime kNow(QDate(2024, 6, 3), QTime(18, 30)); // a Monday evening

// A started app with a fresh vault; the loop writes answers 50 ms after typing stops.
struct LoopApp
{
    FakeSecretStore keyring;
    QString dir = freshDir(QStringLiteral("loop-ui"));
    std::unique_ptr<AppUnderTest> app;
    QDateTime now = kNow;

    LoopApp() { start(); }

    void start()
    {
        app = std::make_unique<AppUnderTest>(dir, keyring, 1280, 800,
                                             [this](debrief::AppServices& s) {
                                                 s.loop().setSaveDelay(50);
                                                 s.loop().setClock([this] { return now; });
                                                 s.entries().setClock([this] { return now; });
                                                 s.experiments().setClock([this] { return now; });
                                             });
        // The first start shows the recovery code; later starts unlock from the keyring.
        REQUIRE(waitUntil(
            [&] {
                const auto state = app->vault().state();
                return !app->vault().busy() && (state == VaultController::State::FirstStart ||
                                                state == VaultController::State::Ready);
            },
            15000));
        if (app->vault().state() == VaultController::State::FirstStart) {
            app->click(QStringLiteral("confirmRecoveryCodeButton"));
            REQUIRE(waitUntil([&] { return keyring.writes() > 0; }));
        }
        REQUIRE(app->waitForState(VaultController::State::Ready));
    }

    LoopController& loop() { return app->services().loop(); }
    PromptsModel& prompts() { return *loop().prompts(); }
    ChangesModel& changes() { return *loop().changes(); }
    LessonsModel& lessons() { return app->services().lessons(); }
    ExperimentsModel& experiments() { return app->services().experiments(); }
    HistoryModel& history() { return app->history(); }

    qint64 add(const QString& text)
    {
        const qint64 id = app->entries().add(text);
        REQUIRE(id > 0);
        return id;
    }

    int historyStage(qint64 id)
    {
        const int row = history().rowOf(id);
        REQUIRE(row >= 0);
        return history().data(history().index(row), HistoryModel::StageRole).toInt();
    }
};

QVariant promptData(PromptsModel& model, const QString& promptId, int role)
{
    const int row = model.rowOf(promptId);
    REQUIRE(row >= 0);
    return model.data(model.index(row), role);
}

QStringList promptIds(PromptsModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.data(model.index(row), PromptsModel::PromptIdRole).toString());
    return ids;
}

QStringList stepStates(const LoopController& loop)
{
    QStringList states;
    for (const QVariant& step : loop.steps())
        states.append(step.toMap().value(QStringLiteral("state")).toString());
    return states;
}

} // namespace

TEST_CASE("One entry through all four stages with the loop controller", "[ui][loop]")
{
    LoopApp a;
    QAbstractItemModelTester promptsTester(&a.prompts(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester changesTester(&a.changes(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester lessonsTester(&a.lessons(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester experimentsTester(
        &a.experiments(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    LoopController& loop = a.loop();
    CHECK_FALSE(loop.loaded());
    CHECK(a.prompts().rowCount() == 0);

    const qint64 id = a.add(QStringLiteral("The Northwind pitch fell flat."));
    REQUIRE(loop.load(id));

    // Detect: a line of text is a complete Detect; one next step moves on.
    CHECK(loop.reflectionId() == id);
    CHECK(loop.stage() == LoopController::Detect);
    CHECK(loop.viewedStage() == LoopController::Detect);
    CHECK(stepStates(loop) == QStringList{"current", "upcoming", "upcoming", "upcoming"});
    CHECK(loop.stageDone());
    CHECK(loop.nextStepMoves());
    CHECK(loop.nextStepStage() == LoopController::Analyse);
    CHECK_FALSE(loop.nextStepLabel().isEmpty());
    CHECK_FALSE(loop.canGoBack());
    CHECK(promptIds(a.prompts()) == QStringList{"detect.expected", "detect.facts", "detect.feeling",
                                                "detect.plainly", "detect.novelty"});
    CHECK(promptData(a.prompts(), "detect.feeling", PromptsModel::KindRole) ==
          QStringLiteral("feeling"));
    CHECK(promptData(a.prompts(), "detect.novelty", PromptsModel::OptionsRole).toList().size() ==
          2);
    CHECK_FALSE(
        promptData(a.prompts(), "detect.facts", PromptsModel::SourceRole).toString().isEmpty());

    // Typed answers are kept at once and written after a pause.
    loop.setAnswer(QStringLiteral("detect.feeling"), {}, QStringLiteral("Deflated"), 4);
    loop.setAnswer(QStringLiteral("detect.facts"), {}, QStringLiteral("They left at 10:40."));
    CHECK(loop.dirty());
    CHECK(promptData(a.prompts(), "detect.feeling", PromptsModel::AnsweredRole).toBool());
    CHECK(promptData(a.prompts(), "detect.feeling", PromptsModel::ValueRole).toInt() == 4);
    REQUIRE(waitUntil([&] { return !loop.dirty(); }));
    debrief::VaultError error;
    const auto stored = a.app->services().loopStore()->load(id, &error);
    REQUIRE(stored);
    CHECK(stored->answers.get(QStringLiteral("detect.feeling")).text == QStringLiteral("Deflated"));
    CHECK(stored->answers.get(QStringLiteral("detect.facts")).promptVersion == 1);

    // On to Analyse; history shows the stage.
    REQUIRE(loop.takeNextStep());
    CHECK(loop.stage() == LoopController::Analyse);
    CHECK(loop.viewedStage() == LoopController::Analyse);
    CHECK(a.historyStage(id) == LoopController::Analyse);
    CHECK_FALSE(loop.stageHint().isEmpty()); // what, not who
    CHECK(a.prompts().rowOf(QStringLiteral("analyse.what_not_who")) >= 0);
    CHECK(stepStates(loop) == QStringList{"done", "current", "upcoming", "upcoming"});
    CHECK(loop.canGoBack());

    // Not done yet: refused, with the policy's reason.
    CHECK_FALSE(loop.stageDone());
    CHECK_FALSE(loop.nextStepMoves());
    CHECK_FALSE(loop.advance());
    CHECK(loop.errorMessage().contains(loop.whatCompletesStage()));
    CHECK(loop.stage() == LoopController::Analyse);

    // The spectrum sets the failure type; SCR in three fields.
    CHECK(loop.spectrumOptions().size() == 9);
    REQUIRE(loop.setSpectrumPoint(8)); // hypothesis testing
    CHECK(loop.spectrumPoint() == 8);
    CHECK(loop.failureType() == LoopController::IntelligentFailure);
    CHECK_FALSE(loop.failureTypeLabel().isEmpty());
    CHECK(loop.errorMessage().isEmpty());
    loop.setAnswer(QStringLiteral("analyse.scr"), QStringLiteral("situation"),
                   QStringLiteral("A first pitch to a big client."));
    loop.setAnswer(QStringLiteral("analyse.scr"), QStringLiteral("resolution"),
                   QStringLiteral("Lead with pricing."));
    const QVariantList fields =
        promptData(a.prompts(), "analyse.scr", PromptsModel::FieldsRole).toList();
    REQUIRE(fields.size() == 3);
    CHECK(fields[0].toMap().value("text") == QStringLiteral("A first pitch to a big client."));
    CHECK(fields[1].toMap().value("text").toString().isEmpty());
    CHECK(loop.stageDone());
    REQUIRE(loop.advance()); // writes the pending answers first
    CHECK_FALSE(loop.dirty());
    CHECK(loop.stage() == LoopController::Apply);

    // Apply: the changes grid.
    const qint64 c1 = loop.addChange(QStringLiteral("Open with the price"), 0.9, 0.8);
    const qint64 c2 = loop.addChange(QStringLiteral("Rehearse Q&A"));
    const qint64 c3 = loop.addChange(QStringLiteral("Bring a colleague"), 0.3, 0.2);
    REQUIRE(c1 > 0);
    REQUIRE(c2 > 0);
    REQUIRE(c3 > 0);
    CHECK(loop.addChange(QStringLiteral("   ")) == 0);
    CHECK_FALSE(loop.errorMessage().isEmpty());
    CHECK(a.changes().rowCount() == 3);
    REQUIRE(loop.rateChange(c2, 0.7, 0.3));
    auto changeData = [&](qint64 change, int role) {
        return a.changes().data(a.changes().index(a.changes().rowOf(change)), role);
    };
    CHECK(changeData(c2, ChangesModel::ImpactRole).toDouble() == 0.7);
    CHECK(changeData(c2, ChangesModel::QuadrantRole) == QStringLiteral("bigBet"));
    CHECK(changeData(c1, ChangesModel::QuadrantRole) == QStringLiteral("quickWin"));
    CHECK(changeData(c3, ChangesModel::QuadrantRole) == QStringLiteral("notNow"));
    REQUIRE(loop.moveChange(c3, 0));
    CHECK(a.changes().rowOf(c3) == 0);
    REQUIRE(loop.removeChange(c3));
    CHECK(a.changes().rowCount() == 2);

    // One change becomes the experiment, with a check date.
    CHECK_FALSE(loop.hasExperiment());
    const qint64 x = loop.chooseExperiment(c1);
    REQUIRE(x > 0);
    CHECK(loop.hasExperiment());
    CHECK(loop.experiment().value("changeText") == QStringLiteral("Open with the price"));
    CHECK(changeData(c1, ChangesModel::TestedRole).toBool());
    CHECK_FALSE(changeData(c2, ChangesModel::TestedRole).toBool());
    CHECK(loop.chooseExperiment(c2) == x); // still open: the same experiment, another change
    CHECK(changeData(c2, ChangesModel::TestedRole).toBool());
    REQUIRE(loop.chooseExperiment(c1) == x);
    QSignalSpy experimentSpy(&loop, &LoopController::experimentChanged);
    REQUIRE(loop.updateChange(c1, QStringLiteral("Open with the price, in one line")));
    CHECK(experimentSpy.count() == 1); // the experiment shows the tested change's text
    CHECK(loop.experiment().value("changeText") ==
          QStringLiteral("Open with the price, in one line"));
    QSignalSpy lessonsSpy(&loop, &LoopController::lessonsChanged);
    REQUIRE(loop.rateChange(c2, 0.7, 0.3));
    CHECK(experimentSpy.count() == 1); // nothing else re-sent
    CHECK(lessonsSpy.count() == 0);
    CHECK_FALSE(loop.saveExperiment(QStringLiteral("Price first keeps them"),
                                    QStringLiteral("Say the price in minute one"),
                                    QStringLiteral("next week"), QStringLiteral("Questions")));
    CHECK(loop.errorMessage().contains(loop.suggestedCheckDate(7)));
    CHECK(loop.suggestedCheckDate(3) == QStringLiteral("2024-06-06"));
    REQUIRE(loop.saveExperiment(
        QStringLiteral("Price first keeps them"), QStringLiteral("Say the price in minute one"),
        loop.suggestedCheckDate(3), QStringLiteral("They ask about scope, not cost")));
    CHECK(loop.experiment().value("checkDate") == QStringLiteral("2024-06-06"));
    CHECK(loop.experiment().value("daysLeft").toInt() == 3);
    CHECK_FALSE(loop.experiment().value("overdue").toBool());
    CHECK(loop.experiment().value("signalText") ==
          QStringLiteral("They ask about scope, not cost"));
    CHECK_FALSE(loop.dateLabel(QStringLiteral("2024-06-06")).isEmpty());
    REQUIRE(a.experiments().rowCount() == 1);
    CHECK(a.experiments().data(a.experiments().index(0), ExperimentsModel::ReflectionIdRole) == id);
    CHECK(a.experiments().data(a.experiments().index(0), ExperimentsModel::CheckDateRole) ==
          QStringLiteral("2024-06-06"));

    // The rule becomes a lesson, listed across entries.
    CHECK(loop.addLesson(QStringLiteral("  "), LoopController::Apply) == 0);
    const qint64 lesson =
        loop.addLesson(QStringLiteral("Say the hard number early."), LoopController::Apply);
    REQUIRE(lesson > 0);
    CHECK(loop.lessons().size() == 1);
    REQUIRE(a.lessons().rowCount() == 1);
    CHECK(a.lessons().data(a.lessons().index(0), LessonsModel::ReflectionIdRole) == id);
    CHECK(a.lessons().data(a.lessons().index(0), LessonsModel::EntryFirstLineRole) ==
          QStringLiteral("The Northwind pitch fell flat."));
    REQUIRE(loop.takeNextStep());
    CHECK(loop.stage() == LoopController::Continue);

    // Continue, five days later: the experiment is overdue and the next step is to check it.
    a.now = kNow.addDays(5);
    a.experiments().refresh();
    CHECK(a.experiments().overdueCount() == 1);
    CHECK(a.experiments().data(a.experiments().index(0), ExperimentsModel::OverdueRole).toBool());
    CHECK(a.experiments().data(a.experiments().index(0), ExperimentsModel::DaysLeftRole).toInt() ==
          -2);
    CHECK_FALSE(loop.nextStepMoves());
    CHECK_FALSE(loop.takeNextStep());
    CHECK(a.prompts().rowOf(QStringLiteral("continue.result")) >= 0);
    REQUIRE(loop.setExperimentResult(QStringLiteral("They asked about scope.")));
    REQUIRE(loop.decide(LoopController::Keep));
    CHECK(loop.experiment().value("checked").toBool());
    CHECK(loop.experiment().value("decisionKey") == QStringLiteral("keep"));
    CHECK(a.experiments().rowCount() == 0);
    CHECK(loop.nextStepMoves());

    // The next smart risk becomes a new reflection, in history at Detect.
    CHECK(loop.nextRiskAsReflection() == 0); // not named yet
    loop.setAnswer(QStringLiteral("continue.next_risk"), {},
                   QStringLiteral("Pitch the Contoso deal with the price first."));
    CHECK(loop.nextRisk() == QStringLiteral("Pitch the Contoso deal with the price first."));
    const qint64 risk = loop.nextRiskAsReflection();
    REQUIRE(risk > 0);
    CHECK(a.history().rowOf(risk) == 0);
    CHECK(a.historyStage(risk) == LoopController::Detect);
    CHECK(loop.reflectionId() == id); // still on the same entry

    // Close the loop, then reopen and go back.
    REQUIRE(loop.takeNextStep());
    CHECK(loop.closed());
    CHECK(loop.stage() == LoopController::Closed);
    CHECK(stepStates(loop) == QStringList{"done", "done", "done", "done"});
    CHECK(a.historyStage(id) == LoopController::Closed);
    CHECK_FALSE(loop.back());
    CHECK_FALSE(loop.errorMessage().isEmpty());
    REQUIRE(loop.reopen());
    CHECK(loop.stage() == LoopController::Continue);
    REQUIRE(loop.back());
    CHECK(loop.stage() == LoopController::Apply);
    CHECK_FALSE(loop.skip(QStringLiteral("  ")));
    REQUIRE(loop.skip(QStringLiteral("Nothing more to change")));
    CHECK(loop.stage() == LoopController::Continue);
    const QVariantList history = loop.history();
    REQUIRE(history.size() == 7);
    CHECK(history.last().toMap().value("reason") == QStringLiteral("Nothing more to change"));

    // Looking at another stage's page does not move the entry.
    loop.setViewedStage(LoopController::Analyse);
    CHECK(loop.viewedStage() == LoopController::Analyse);
    CHECK(loop.stage() == LoopController::Continue);
    CHECK(a.prompts().rowOf(QStringLiteral("analyse.scr")) >= 0);
    CHECK_NO_QML_PROBLEMS(*a.app);
}

TEST_CASE("Lessons across entries: search, links, and the entry's delete and undo", "[ui][loop]")
{
    LoopApp a;
    LoopController& loop = a.loop();
    const qint64 first = a.add(QStringLiteral("Standup ran over again"));
    const qint64 second = a.add(QStringLiteral("Missed the café meetup"));
    REQUIRE(loop.load(first));
    REQUIRE(loop.addLesson(QStringLiteral("Timebox every standup."), LoopController::Apply) > 0);
    REQUIRE(loop.load(second));
    REQUIRE(loop.addLesson(QStringLiteral("Put meetups in the calendar."), LoopController::Apply) >
            0);
    REQUIRE(loop.addChange(QStringLiteral("Calendar reminders")) > 0);
    REQUIRE(loop.saveExperiment(QStringLiteral("Reminders help"), QStringLiteral("Set them"),
                                loop.suggestedCheckDate(1), {}));
    CHECK(a.lessons().rowCount() == 2);
    CHECK(a.experiments().rowCount() == 1);

    a.lessons().setQuery(QStringLiteral("timebox"));
    REQUIRE(a.lessons().rowCount() == 1);
    CHECK(a.lessons().data(a.lessons().index(0), LessonsModel::ReflectionIdRole) == first);
    CHECK(a.lessons()
              .data(a.lessons().index(0), LessonsModel::SnippetRole)
              .toString()
              .contains(QChar(0xE000)));
    a.lessons().setQuery(QStringLiteral("cafe")); // only in the entry's text, not a lesson
    CHECK(a.lessons().rowCount() == 0);
    a.lessons().setQuery({});
    CHECK(a.lessons().rowCount() == 2);

    // Deleting the entry takes its loop out of every list; Undo brings all of it back.
    REQUIRE(a.app->entries().remove(second));
    CHECK_FALSE(loop.loaded());
    CHECK(a.lessons().rowCount() == 1);
    CHECK(a.experiments().rowCount() == 0);
    REQUIRE(a.app->entries().undoRemove() == second);
    CHECK(a.lessons().rowCount() == 2);
    CHECK(a.experiments().rowCount() == 1);
    REQUIRE(loop.load(second));
    CHECK(loop.lessons().size() == 1);
    CHECK(a.changes().rowCount() == 1);
    CHECK(loop.experiment().value("hypothesis") == QStringLiteral("Reminders help"));
    CHECK_NO_QML_PROBLEMS(*a.app);
}

TEST_CASE("Typed answers are never lost: written before another entry loads and on quit",
          "[ui][loop]")
{
    LoopApp a;
    a.app->services().loop().setSaveDelay(60000); // only explicit moments write
    const qint64 first = a.add(QStringLiteral("One"));
    const qint64 second = a.add(QStringLiteral("Two"));
    REQUIRE(a.loop().load(first));
    a.loop().setAnswer(QStringLiteral("detect.expected"), {}, QStringLiteral("Smooth sailing"));
    CHECK(a.loop().dirty());
    REQUIRE(a.loop().load(second)); // the first entry's answer is written first
    CHECK_FALSE(a.loop().dirty());
    a.loop().setAnswer(QStringLiteral("detect.plainly"), {}, QStringLiteral("I froze."));
    CHECK(a.loop().dirty());

    a.app.reset(); // quit with an answer pending
    a.start();
    REQUIRE(a.loop().load(first));
    CHECK(promptData(a.prompts(), "detect.expected", PromptsModel::AnswerRole) ==
          QStringLiteral("Smooth sailing"));
    REQUIRE(a.loop().load(second));
    CHECK(promptData(a.prompts(), "detect.plainly", PromptsModel::AnswerRole) ==
          QStringLiteral("I froze."));
    CHECK(a.historyStage(second) == LoopController::Detect);

    // Deleted right after typing: the answer is written first, so Undo brings it back.
    a.app->services().loop().setSaveDelay(60000);
    a.loop().setAnswer(QStringLiteral("detect.facts"), {}, QStringLiteral("Nobody came."));
    REQUIRE(a.app->entries().remove(second));
    CHECK_FALSE(a.loop().dirty());
    REQUIRE(a.app->entries().undoRemove() == second);
    REQUIRE(a.loop().load(second));
    CHECK(promptData(a.prompts(), "detect.facts", PromptsModel::AnswerRole) ==
          QStringLiteral("Nobody came."));
    CHECK(promptData(a.prompts(), "detect.plainly", PromptsModel::AnswerRole) ==
          QStringLiteral("I froze."));
}

TEST_CASE("An old answer keeps the question it answered", "[ui][loop]")
{
    LoopApp a;
    const qint64 id = a.add(QStringLiteral("Reworded"));
    // As a Debrief with version 1 of this question stored it.
    debrief::LoopStore& store = *a.app->services().loopStore();
    REQUIRE_FALSE(store.setAnswer(id, QStringLiteral("analyse.example"), {},
                                  {QStringLiteral("The data came late."), 0, 1, {}},
                                  debrief::LocalMoment::fromDateTime(kNow)));
    // Today's catalog asks version 2.
    const debrief::PromptCatalog catalog(
        {{"analyse.example",
          debrief::PromptKind::FreeText,
          "A source",
          {{1, "What went wrong?", nullptr}, {2, "What, not who, went wrong?", nullptr}},
          {},
          {}}});
    LoopController loop(catalog);
    loop.setStores(a.app->services().store(), &store);
    REQUIRE(loop.load(id));
    loop.setViewedStage(LoopController::Analyse);
    PromptsModel& prompts = *loop.prompts();
    REQUIRE(prompts.rowCount() == 1);
    auto role = [&](int r) {
        return prompts.data(prompts.index(0), r);
    };
    CHECK(role(PromptsModel::QuestionRole) == QStringLiteral("What, not who, went wrong?"));
    CHECK(role(PromptsModel::AnsweredVersionRole).toInt() == 1);
    CHECK(role(PromptsModel::AnsweredQuestionRole) == QStringLiteral("What went wrong?"));
    CHECK(role(PromptsModel::AnswerRole) == QStringLiteral("The data came late."));

    // Answering again answers today's wording.
    loop.setAnswer(QStringLiteral("analyse.example"), {}, QStringLiteral("Late data."));
    CHECK(role(PromptsModel::AnsweredVersionRole).toInt() == 2);
    CHECK(role(PromptsModel::AnsweredQuestionRole).toString().isEmpty());
    REQUIRE(loop.saveNow());
    debrief::VaultError error;
    CHECK(store.load(id, &error)->answers.get(QStringLiteral("analyse.example")).promptVersion ==
          2);
    loop.setStores(nullptr, nullptr);
}

TEST_CASE("A spoken answer shows on its question, finishes the stage and can be deleted",
          "[ui][loop]")
{
    LoopApp a;
    QAbstractItemModelTester tester(&a.prompts());
    LoopController& loop = a.loop();
    const qint64 id = a.add(QStringLiteral("The client call ended early."));
    REQUIRE(loop.load(id));
    REQUIRE(loop.advance());
    REQUIRE(loop.viewedStage() == LoopController::Analyse);
    const QString why = QStringLiteral("analyse.why_difference");
    loop.setAnswer(QStringLiteral("analyse.what_not_who"), {}, QStringLiteral("No agenda sent."));
    REQUIRE(loop.saveNow());
    loop.setAnswer(QStringLiteral("analyse.what_not_who"), {}, QString()); // emptied again
    REQUIRE(loop.saveNow());
    CHECK_FALSE(loop.stageDone());
    CHECK_FALSE(promptData(a.prompts(), why, PromptsModel::HasVoiceRole).toBool());
    CHECK(promptData(a.prompts(), why, PromptsModel::VoiceDurationMsRole).toInt() == 0);

    // The recorder saves an answer (as RecorderWorker does) and says so: the question shows it
    // without its typed text being sent again, and Analyse is done.
    debrief::AudioStore* audio = a.app->services().audioStore();
    debrief::VaultError error;
    const debrief::RecordingInfo rec =
        audio->startAnswer(id, why, debrief::oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    REQUIRE_FALSE(audio->finish(rec.id, QByteArrayLiteral("OggS"), 6500));
    QSignalSpy changed(&a.prompts(), &QAbstractItemModel::dataChanged);
    QSignalSpy progress(&loop, &LoopController::progressChanged);
    emit a.app->services().recorder().answerSaved(id, why);
    REQUIRE(changed.count() == 1);
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    CHECK(roles.contains(PromptsModel::HasVoiceRole));
    CHECK(roles.contains(PromptsModel::VoiceDurationMsRole));
    CHECK(roles.contains(PromptsModel::AnsweredRole));
    CHECK_FALSE(roles.contains(PromptsModel::AnswerRole));
    CHECK(changed.at(0).at(0).toModelIndex().row() == a.prompts().rowOf(why));
    CHECK(progress.count() > 0);
    CHECK(promptData(a.prompts(), why, PromptsModel::HasVoiceRole).toBool());
    CHECK(promptData(a.prompts(), why, PromptsModel::VoiceDurationMsRole).toInt() == 6500);
    CHECK(promptData(a.prompts(), why, PromptsModel::AnsweredRole).toBool());
    CHECK(loop.stageDone());
    CHECK(loop.nextStepMoves());
    // Another reflection's answer being saved changes nothing here.
    const qint64 other = a.add(QStringLiteral("Another one."));
    changed.clear();
    emit a.app->services().recorder().answerSaved(other, why);
    CHECK(changed.isEmpty());

    // Another stage's page does not show it; back on Analyse it is there.
    loop.setViewedStage(LoopController::Detect);
    CHECK_FALSE(promptData(a.prompts(), QStringLiteral("detect.facts"), PromptsModel::HasVoiceRole)
                    .toBool());
    loop.setViewedStage(LoopController::Analyse);
    CHECK(promptData(a.prompts(), why, PromptsModel::HasVoiceRole).toBool());

    // Delete: a question without one is refused in words; the answer goes, a player holding it
    // lets go, and Analyse is open again.
    CHECK_FALSE(loop.removeSpokenAnswer(QStringLiteral("analyse.five_whys")));
    CHECK_FALSE(loop.errorMessage().isEmpty());
    CHECK_FALSE(loop.removeSpokenAnswer(QString())); // never the reflection's own voice note
    debrief::PlayerController& player = a.app->services().answerPlayer();
    player.loadAnswer(id, why);
    CHECK(player.holds(id, why));
    CHECK(player.promptId() == why);
    QSignalSpy removed(&loop, &LoopController::spokenAnswerRemoved);
    REQUIRE(loop.removeSpokenAnswer(why));
    CHECK(loop.errorMessage().isEmpty());
    REQUIRE(removed.count() == 1);
    CHECK(removed.at(0).at(0).toLongLong() == id);
    CHECK_FALSE(player.holds(id, why));
    CHECK_FALSE(audio->infoFor(id, why, &error));
    CHECK_FALSE(error);
    CHECK_FALSE(promptData(a.prompts(), why, PromptsModel::HasVoiceRole).toBool());
    CHECK_FALSE(loop.stageDone());
    CHECK(loop.stage() == LoopController::Analyse);
}
