// LoopStore on a real vault file: every field round trips (also across a reopen), stage moves
// obey LoopPolicy, every loop text is searchable and the indexes stay consistent (FTS5
// integrity-check) through adds, edits and deletes, the lessons and open-experiments queries,
// and deleting (and restoring) a reflection with its loop.

#include "VaultTestHelpers.h"

#include "vault/AudioStore.h"
#include "vault/LoopStore.h"
#include "vault/Statement.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;

namespace {

struct LoopFixture
{
    QString dir = freshDir(QStringLiteral("loop"));
    QString path = dir + QStringLiteral("/vault.db");
    VaultKey key = VaultKey::generate();
    std::unique_ptr<Database> db = openMigrated(path, key);
    std::unique_ptr<ReflectionStore> reflections = std::make_unique<ReflectionStore>(*db);
    std::unique_ptr<LoopStore> loops = std::make_unique<LoopStore>(*db);

    ReflectionId add(const QString& text, qint64 atMs = 1700000000000)
    {
        VaultError error;
        const ReflectionId id = reflections->add(text, momentAt(atMs), &error);
        INFO(Catch::StringMaker<VaultError>::convert(error));
        REQUIRE(id > 0);
        return id;
    }

    LoopRecord load(ReflectionId id)
    {
        VaultError error;
        auto record = loops->load(id, &error);
        INFO(Catch::StringMaker<VaultError>::convert(error));
        REQUIRE(record);
        REQUIRE_FALSE(error);
        return *record;
    }

    // Closes and opens the vault again, as the next start would.
    void reopen()
    {
        loops.reset();
        reflections.reset();
        db.reset();
        db = openMigrated(path, key);
        reflections = std::make_unique<ReflectionStore>(*db);
        loops = std::make_unique<LoopStore>(*db);
    }

    QList<ReflectionId> found(const QString& query)
    {
        VaultError error;
        QList<ReflectionId> ids;
        for (const SearchHit& hit : reflections->search(query, 100, &error))
            ids.append(hit.id);
        CHECK_FALSE(error);
        return ids;
    }

    QList<LessonId> lessonsFound(const QString& query)
    {
        VaultError error;
        QList<LessonId> ids;
        for (const LessonListing& l : loops->lessons(query, 100, &error))
            ids.append(l.lesson.id);
        CHECK_FALSE(error);
        return ids;
    }

    void checkIndex()
    {
        const VaultError e = ftsIntegrityCheck(*db);
        INFO(Catch::StringMaker<VaultError>::convert(e));
        CHECK_FALSE(e);
    }

    LoopPolicy::Verdict move(ReflectionId id, TransitionKind kind, const QString& reason = {},
                             qint64 atMs = 1700000100000)
    {
        VaultError error;
        const auto verdict = loops->transition(id, kind, reason, momentAt(atMs), &error);
        INFO(Catch::StringMaker<VaultError>::convert(error));
        REQUIRE_FALSE(error);
        return verdict;
    }
};

LessonId addLesson(LoopFixture& f, ReflectionId id, Stage stage, const QString& text,
                   qint64 atMs = 1700000200000)
{
    VaultError error;
    const LessonId lesson = f.loops->addLesson(id, stage, text, momentAt(atMs), &error);
    REQUIRE_FALSE(error);
    REQUIRE(lesson > 0);
    return lesson;
}

ChangeId addChange(LoopFixture& f, ReflectionId id, const QString& text, double impact,
                   double feasibility)
{
    VaultError error;
    const ChangeId change = f.loops->addChange(id, text, impact, feasibility, &error);
    REQUIRE_FALSE(error);
    REQUIRE(change > 0);
    return change;
}

ExperimentId plan(LoopFixture& f, ReflectionId id, ChangeId change, const QString& hypothesis,
                  const QDate& checkDate)
{
    VaultError error;
    const ExperimentId x = f.loops->addExperiment(id, change, momentAt(1700000300000), &error);
    REQUIRE_FALSE(error);
    REQUIRE(x > 0);
    REQUIRE_FALSE(f.loops->updateExperimentPlan(x, change, hypothesis, QStringLiteral("Do it"),
                                                checkDate, QStringLiteral("A sign")));
    return x;
}

qint64 rowsFor(Database& db, const char* table, ReflectionId id)
{
    Statement q(db, (QStringLiteral("SELECT count(*) FROM %1 WHERE reflection_id = ?1;")
                         .arg(QLatin1String(table)))
                        .toUtf8()
                        .constData());
    q.bind(1, id);
    REQUIRE(q.next());
    return q.int64(0);
}

} // namespace

TEST_CASE("A new reflection starts in Detect, complete with its text alone", "[loop]")
{
    LoopFixture f;
    const ReflectionId id = f.add(QStringLiteral("The demo crashed."));
    const LoopRecord r = f.load(id);
    CHECK(r.reflectionId == id);
    CHECK(r.stage == Stage::Detect);
    CHECK(r.failureType == FailureType::Unknown);
    CHECK(r.spectrumPoint == SpectrumPoint::None);
    CHECK(r.hasCapture);
    CHECK(r.answers.isEmpty());
    CHECK(r.lessons.isEmpty());
    CHECK(r.transitions.isEmpty());
    CHECK(LoopPolicy::isStageDone(r, Stage::Detect));

    VaultError error;
    CHECK_FALSE(f.loops->load(id + 100, &error));
    CHECK(error.kind == K::NotFound);
}

TEST_CASE("Every loop field round trips, also after the vault is reopened", "[loop]")
{
    LoopFixture f;
    const ReflectionId id = f.add(QStringLiteral("The pitch ran long."));
    const ReflectionId other = f.add(QStringLiteral("Another entry"));

    // Answers: text, value, field, version.
    const LocalMoment answeredAt = momentAt(1700000050000, "America/Chicago");
    REQUIRE_FALSE(f.loops->setAnswers(
        id,
        {{QStringLiteral("detect.expected"), {}, {QStringLiteral("A yes today."), 0, 1, {}}},
         {QStringLiteral("detect.feeling"), {}, {QStringLiteral("Deflated"), 4, 1, {}}},
         {QStringLiteral("detect.novelty"), {}, {QString(), 1, 1, {}}},
         {QStringLiteral("analyse.scr"),
          QStringLiteral("situation"),
          {QStringLiteral("A big client."), 0, 2, {}}},
         {QStringLiteral("analyse.scr"),
          QStringLiteral("resolution"),
          {QStringLiteral("Shorter deck."), 0, 2, {}}}},
        answeredAt));
    REQUIRE_FALSE(f.loops->setSpectrumPoint(id, SpectrumPoint::ProcessComplexity));
    const LessonId apply = addLesson(f, id, Stage::Apply, QStringLiteral("Rehearse with a timer."));
    const LessonId keep = addLesson(f, id, Stage::Continue, QStringLiteral("Ask early."));
    REQUIRE_FALSE(f.loops->updateLesson(apply, QStringLiteral("Rehearse with a clock."),
                                        momentAt(1700000250000, "Asia/Tokyo")));
    const ChangeId c1 = addChange(f, id, QStringLiteral("Cut slides"), 0.9, 0.8);
    const ChangeId c2 = addChange(f, id, QStringLiteral("Rehearse twice"), 0.4, 1.7); // clamped
    const ChangeId c3 = addChange(f, id, QStringLiteral("Hire a coach"), 0.7, 0.2);
    REQUIRE_FALSE(f.loops->rateChange(c3, 0.75, 0.25));
    REQUIRE_FALSE(f.loops->moveChange(c3, 0));
    const ExperimentId x1 =
        plan(f, id, c1, QStringLiteral("Ten slides keep them"), QDate(2024, 5, 6));
    REQUIRE_FALSE(f.loops->setExperimentResult(x1, QStringLiteral("They stayed to the end.")));
    const LocalMoment decidedAt = momentAt(1700000400000, "Europe/Lisbon");
    REQUIRE_FALSE(f.loops->decideExperiment(x1, ExperimentDecision::Keep, decidedAt));
    const ExperimentId x2 = plan(f, id, 0, QStringLiteral("A coach helps"), QDate());
    REQUIRE(f.move(id, TransitionKind::Skip, QStringLiteral("  Said enough already.  ")).allowed);
    REQUIRE(f.move(id, TransitionKind::Back).allowed);
    // Something in the other entry, which must not leak into this one.
    addLesson(f, other, Stage::Apply, QStringLiteral("Unrelated."));

    auto check = [&](const LoopRecord& r) {
        CHECK(r.stage == Stage::Detect);
        CHECK(r.spectrumPoint == SpectrumPoint::ProcessComplexity);
        CHECK(r.failureType == FailureType::Complex);
        CHECK(r.answers.size() == 5);
        CHECK(r.answers.get(QStringLiteral("detect.expected")) ==
              StageAnswer{QStringLiteral("A yes today."), 0, 1, {}});
        CHECK(r.answers.get(QStringLiteral("detect.feeling")).value == 4);
        CHECK(r.answers.get(QStringLiteral("detect.feeling")).text == QStringLiteral("Deflated"));
        CHECK(r.answers.get(QStringLiteral("detect.novelty")).value == 1);
        CHECK(r.answers.get(QStringLiteral("analyse.scr"), QStringLiteral("situation")) ==
              StageAnswer{QStringLiteral("A big client."), 0, 2, {}});
        CHECK(r.answers.get(QStringLiteral("analyse.scr"), QStringLiteral("resolution")).text ==
              QStringLiteral("Shorter deck."));
        CHECK_FALSE(r.answers.has(QStringLiteral("analyse.scr"), QStringLiteral("complication")));
        CHECK(r.answers.get(QStringLiteral("detect.expected")).updated == answeredAt);

        REQUIRE(r.lessons.size() == 2);
        CHECK(r.lessons[0].id == apply);
        CHECK(r.lessons[0].reflectionId == id);
        CHECK(r.lessons[0].stage == Stage::Apply);
        CHECK(r.lessons[0].text == QStringLiteral("Rehearse with a clock."));
        CHECK(r.lessons[0].created == momentAt(1700000200000));
        CHECK(r.lessons[0].updated == momentAt(1700000250000, "Asia/Tokyo"));
        CHECK(r.lessons[1].id == keep);
        CHECK(r.lessons[1].stage == Stage::Continue);

        REQUIRE(r.changes.size() == 3);
        CHECK(r.changes[0].id == c3); // moved first
        CHECK(r.changes[0].impact == 0.75);
        CHECK(r.changes[0].feasibility == 0.25);
        CHECK(r.changes[1].id == c1);
        CHECK(r.changes[1].text == QStringLiteral("Cut slides"));
        CHECK(r.changes[1].impact == 0.9);
        CHECK(r.changes[1].feasibility == 0.8);
        CHECK(r.changes[2].id == c2);
        CHECK(r.changes[2].feasibility == 1.0);

        REQUIRE(r.experiments.size() == 2);
        const Experiment& e = r.experiments[0];
        CHECK(e.id == x1);
        CHECK(e.reflectionId == id);
        CHECK(e.changeId == c1);
        CHECK(e.hypothesis == QStringLiteral("Ten slides keep them"));
        CHECK(e.action == QStringLiteral("Do it"));
        CHECK(e.checkDate == QDate(2024, 5, 6));
        CHECK(e.signal == QStringLiteral("A sign"));
        CHECK(e.result == QStringLiteral("They stayed to the end."));
        CHECK(e.decision == ExperimentDecision::Keep);
        CHECK(e.status == ExperimentStatus::Checked);
        CHECK(e.created == momentAt(1700000300000));
        CHECK(e.checked == decidedAt);
        CHECK(r.currentExperiment()->id == x2);
        CHECK(r.experiments[1].changeId == 0);
        CHECK_FALSE(r.experiments[1].checkDate.isValid());
        CHECK(r.experiments[1].isOpen());
        CHECK_FALSE(r.experiments[1].checked.utc.isValid());

        REQUIRE(r.transitions.size() == 2);
        CHECK(r.transitions[0].kind == TransitionKind::Skip);
        CHECK(r.transitions[0].from == Stage::Detect);
        CHECK(r.transitions[0].to == Stage::Analyse);
        CHECK(r.transitions[0].reason == QStringLiteral("Said enough already.")); // trimmed
        CHECK(r.transitions[0].at == momentAt(1700000100000));
        CHECK(r.transitions[1].kind == TransitionKind::Back);
        CHECK(r.transitions[1].reason.isEmpty());
    };
    check(f.load(id));
    f.reopen();
    check(f.load(id));
    CHECK(f.load(other).lessons.size() == 1);
    f.checkIndex();

    // Emptying an answer removes it; a failure type of another kind clears the point.
    REQUIRE_FALSE(
        f.loops->setAnswer(id, QStringLiteral("detect.expected"), {}, {}, momentAt(1700000500000)));
    REQUIRE_FALSE(f.loops->setFailureType(id, FailureType::Intelligent));
    LoopRecord r = f.load(id);
    CHECK_FALSE(r.answers.has(QStringLiteral("detect.expected")));
    CHECK(r.failureType == FailureType::Intelligent);
    CHECK(r.spectrumPoint == SpectrumPoint::None);
    REQUIRE_FALSE(f.loops->setSpectrumPoint(id, SpectrumPoint::HypothesisTesting));
    REQUIRE_FALSE(f.loops->setFailureType(id, FailureType::Intelligent));
    CHECK(f.load(id).spectrumPoint == SpectrumPoint::HypothesisTesting); // same type: kept

    // Undeciding opens the experiment again.
    REQUIRE_FALSE(f.loops->decideExperiment(x1, ExperimentDecision::None, decidedAt));
    r = f.load(id);
    CHECK(r.experiments[0].isOpen());
    CHECK(r.experiments[0].decision == ExperimentDecision::None);
    CHECK_FALSE(r.experiments[0].checked.utc.isValid());

    // Removing a change keeps the experiment that tested it.
    REQUIRE_FALSE(f.loops->removeChange(c1));
    r = f.load(id);
    CHECK(r.changes.size() == 2);
    CHECK(r.experiments[0].changeId == 0);
    CHECK(r.experiments[0].hypothesis == QStringLiteral("Ten slides keep them"));
    f.checkIndex();
}

TEST_CASE("Rows of a missing reflection or row are NotFound", "[loop]")
{
    LoopFixture f;
    const LocalMoment when = momentAt(1);
    VaultError error;
    CHECK(f.loops
              ->setAnswer(99, QStringLiteral("detect.facts"), {}, {QStringLiteral("x"), 0, 1, {}},
                          when)
              .kind == K::NotFound);
    CHECK(f.loops->addLesson(99, Stage::Apply, QStringLiteral("x"), when, &error) == 0);
    CHECK(error.kind == K::NotFound);
    CHECK(f.loops->updateLesson(99, QStringLiteral("x"), when).kind == K::NotFound);
    CHECK(f.loops->removeChange(99).kind == K::NotFound);
    CHECK(f.loops->moveChange(99, 0).kind == K::NotFound);
    CHECK(f.loops->decideExperiment(99, ExperimentDecision::Keep, when).kind == K::NotFound);
    CHECK(f.loops->setSpectrumPoint(99, SpectrumPoint::Deviance).kind == K::NotFound);
    const auto verdict =
        f.loops->transition(99, TransitionKind::Skip, QStringLiteral("x"), when, &error);
    CHECK_FALSE(verdict.allowed);
    CHECK(error.kind == K::NotFound);
}

TEST_CASE("The store moves an entry only as LoopPolicy allows", "[loop]")
{
    LoopFixture f;
    const ReflectionId id = f.add(QStringLiteral("Missed the train to the offsite."));

    REQUIRE(f.move(id, TransitionKind::Advance).to == Stage::Analyse);
    // Analyse is not done: refused with the policy's reason, nothing written.
    const auto refused = f.move(id, TransitionKind::Advance);
    CHECK_FALSE(refused.allowed);
    CHECK_FALSE(refused.reason.isEmpty());
    CHECK(refused.reason == LoopPolicy::check(f.load(id), TransitionKind::Advance).reason);
    CHECK(f.load(id).stage == Stage::Analyse);
    CHECK(f.load(id).transitions.size() == 1);
    // A skip needs a reason.
    CHECK_FALSE(f.move(id, TransitionKind::Skip, QStringLiteral("   ")).allowed);
    CHECK(f.load(id).stage == Stage::Analyse);

    REQUIRE_FALSE(f.loops->setAnswer(id, QStringLiteral("analyse.why_difference"), {},
                                     {QStringLiteral("Left late."), 0, 1, {}}, momentAt(5)));
    CHECK(f.move(id, TransitionKind::Advance).to == Stage::Apply);
    CHECK_FALSE(f.move(id, TransitionKind::Advance).allowed); // no lesson, no experiment
    CHECK(f.move(id, TransitionKind::Skip, QStringLiteral("Nothing to change")).to ==
          Stage::Continue);
    CHECK_FALSE(f.move(id, TransitionKind::Close).allowed); // Continue not done
    CHECK(f.move(id, TransitionKind::Close, QStringLiteral("It was a one-off")).to ==
          Stage::Closed);
    CHECK_FALSE(f.move(id, TransitionKind::Back).allowed);
    CHECK(f.move(id, TransitionKind::Reopen).to == Stage::Continue); // where it was closed from
    CHECK(f.move(id, TransitionKind::Back).to == Stage::Apply);

    const LoopRecord r = f.load(id);
    CHECK(r.stage == Stage::Apply);
    REQUIRE(r.transitions.size() == 6);
    CHECK(r.transitions[3].kind == TransitionKind::Close);
    CHECK(r.transitions[3].reason == QStringLiteral("It was a one-off"));
    CHECK(r.transitions[4].kind == TransitionKind::Reopen);
    // The history row's stage is the one page() shows.
    VaultError error;
    CHECK(f.reflections->summary(id, &error)->stage == Stage::Apply);
    f.checkIndex();
}

TEST_CASE("Search finds the words of answers, lessons, changes, experiments and skip reasons; "
          "the indexes stay consistent through adds, edits and deletes",
          "[loop][search]")
{
    LoopFixture f;
    const ReflectionId id = f.add(QStringLiteral("Quarterly review went sideways."));
    const ReflectionId other = f.add(QStringLiteral("Unrelated entry about lunch."));
    f.checkIndex();

    REQUIRE_FALSE(f.loops->setAnswer(id, QStringLiteral("analyse.known_missing"), {},
                                     {QStringLiteral("Nobody had the churn numbers."), 0, 1, {}},
                                     momentAt(10)));
    REQUIRE_FALSE(
        f.loops->setAnswer(id, QStringLiteral("analyse.scr"), QStringLiteral("complication"),
                           {QStringLiteral("A surprise reorganisation."), 0, 1, {}}, momentAt(10)));
    const LessonId lesson = addLesson(f, id, Stage::Apply, QStringLiteral("Bring dashboards."));
    const ChangeId change = addChange(f, id, QStringLiteral("Weekly metrics digest"), 0.6, 0.6);
    const ExperimentId x = plan(f, id, change, QStringLiteral("Préparation helps"), QDate());
    REQUIRE_FALSE(f.loops->setExperimentResult(x, QStringLiteral("Calmer meeting overall")));
    REQUIRE(f.move(id, TransitionKind::Skip, QStringLiteral("Too tired for that")).allowed);
    f.checkIndex();

    const QList<ReflectionId> only{id};
    CHECK(f.found(QStringLiteral("churn")) == only);          // answer
    CHECK(f.found(QStringLiteral("reorganisation")) == only); // SCR field
    CHECK(f.found(QStringLiteral("dashboards")) == only);     // lesson
    CHECK(f.found(QStringLiteral("digest")) == only);         // possible change
    CHECK(f.found(QStringLiteral("preparation")) == only);    // hypothesis, accents ignored
    CHECK(f.found(QStringLiteral("Calmer")) == only);         // result
    CHECK(f.found(QStringLiteral("tired")) == only);          // skip reason
    CHECK(f.found(QStringLiteral("sideways churn")) == only); // text and loop together
    CHECK(f.found(QStringLiteral("lunch")) == QList<ReflectionId>{other});

    // The snippet comes from the column that matched: the loop's words, marked.
    VaultError error;
    const auto hits = f.reflections->search(QStringLiteral("dashboards"), 10, &error);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].snippet.contains(ReflectionStore::MatchStart + QStringLiteral("dashboards") +
                                   ReflectionStore::MatchEnd));
    CHECK_FALSE(hits[0].snippet.contains(QStringLiteral("sideways")));
    const auto textHits = f.reflections->search(QStringLiteral("sideways"), 10, &error);
    REQUIRE(textHits.size() == 1);
    CHECK(textHits[0].snippet.contains(QStringLiteral("Quarterly")));

    // Edits: old words go, new ones come.
    REQUIRE_FALSE(
        f.loops->updateLesson(lesson, QStringLiteral("Bring spreadsheets."), momentAt(11)));
    REQUIRE_FALSE(f.loops->updateChange(change, QStringLiteral("Monthly metrics memo")));
    REQUIRE_FALSE(f.loops->setAnswer(
        id, QStringLiteral("analyse.known_missing"), {},
        {QStringLiteral("Nobody had the retention figures."), 0, 1, {}}, momentAt(12)));
    REQUIRE_FALSE(
        f.reflections->update(id, QStringLiteral("Quarterly review went badly."), momentAt(13)));
    f.checkIndex();
    CHECK(f.found(QStringLiteral("dashboards")).isEmpty());
    CHECK(f.found(QStringLiteral("spreadsheets")) == only);
    CHECK(f.found(QStringLiteral("digest")).isEmpty());
    CHECK(f.found(QStringLiteral("memo")) == only);
    CHECK(f.found(QStringLiteral("churn")).isEmpty());
    CHECK(f.found(QStringLiteral("retention")) == only);
    CHECK(f.found(QStringLiteral("sideways")).isEmpty());
    CHECK(f.found(QStringLiteral("badly spreadsheets")) == only); // loop kept through a text edit

    // Deletes.
    REQUIRE_FALSE(f.loops->removeLesson(lesson));
    REQUIRE_FALSE(f.loops->removeExperiment(x));
    REQUIRE_FALSE(f.loops->removeChange(change));
    REQUIRE_FALSE(f.loops->setAnswer(id, QStringLiteral("analyse.scr"),
                                     QStringLiteral("complication"), {}, momentAt(14)));
    f.checkIndex();
    for (const char* word : {"spreadsheets", "memo", "preparation", "calmer", "reorganisation"})
        CHECK(f.found(QString::fromLatin1(word)).isEmpty());
    CHECK(f.found(QStringLiteral("retention")) == only);
    CHECK(f.lessonsFound(QStringLiteral("spreadsheets")).isEmpty());
}

TEST_CASE("Lessons across entries: newest first, or searched by their own words", "[loop]")
{
    LoopFixture f;
    const ReflectionId a = f.add(QStringLiteral("Feedback session\nwent poorly"));
    const ReflectionId b = f.add(QStringLiteral("Launch slipped"));
    const LessonId l1 =
        addLesson(f, a, Stage::Apply, QStringLiteral("Ask for feedback early."), 100);
    const LessonId l2 = addLesson(f, b, Stage::Apply, QStringLiteral("Plan a buffer week."), 200);
    const LessonId l3 = addLesson(f, b, Stage::Continue,
                                  QStringLiteral("Share the risk list with the café team."), 300);

    VaultError error;
    const auto all = f.loops->lessons({}, 100, &error);
    REQUIRE_FALSE(error);
    REQUIRE(all.size() == 3);
    CHECK(all[0].lesson.id == l3);
    CHECK(all[1].lesson.id == l2);
    CHECK(all[2].lesson.id == l1);
    CHECK(all[2].lesson.reflectionId == a);
    CHECK(all[2].entryFirstLine == QStringLiteral("Feedback session"));
    CHECK(all[0].lesson.stage == Stage::Continue);
    CHECK(all[0].snippet.isEmpty());
    CHECK(f.loops->lessons({}, 2, &error).size() == 2);

    // Only lessons whose own words match, not every lesson of an entry that matches.
    CHECK(f.lessonsFound(QStringLiteral("feedback")) == QList<LessonId>{l1});
    CHECK(f.lessonsFound(QStringLiteral("poorly")).isEmpty());           // only in the entry's text
    CHECK(f.lessonsFound(QStringLiteral("buf")) == QList<LessonId>{l2}); // prefix
    CHECK(f.lessonsFound(QStringLiteral("cafe")) == QList<LessonId>{l3}); // accents ignored
    CHECK(f.lessonsFound(QStringLiteral("risk team")) == QList<LessonId>{l3});
    CHECK(f.lessonsFound(QStringLiteral("\"*")).isEmpty());
    const auto hits = f.loops->lessons(QStringLiteral("buffer"), 10, &error);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].snippet.contains(ReflectionStore::MatchStart + QStringLiteral("buffer") +
                                   ReflectionStore::MatchEnd));
    CHECK(hits[0].entryFirstLine == QStringLiteral("Launch slipped"));
    f.checkIndex();
}

TEST_CASE("Open experiments by check date, overdue first; checked, unplanned and closed ones "
          "are not listed",
          "[loop]")
{
    LoopFixture f;
    const ReflectionId a = f.add(QStringLiteral("A"));
    const ReflectionId b = f.add(QStringLiteral("B"));
    const ReflectionId closed = f.add(QStringLiteral("Closed one"));
    const ExperimentId later = plan(f, a, 0, QStringLiteral("later"), QDate(2024, 6, 20));
    const ExperimentId undated = plan(f, b, 0, QStringLiteral("undated"), QDate());
    const ExperimentId earliest = plan(f, b, 0, QStringLiteral("earliest"), QDate(2024, 6, 1));
    const ExperimentId middle = plan(f, a, 0, QStringLiteral("middle"), QDate(2024, 6, 10));
    const ExperimentId checked = plan(f, a, 0, QStringLiteral("checked"), QDate(2024, 5, 1));
    REQUIRE_FALSE(f.loops->decideExperiment(checked, ExperimentDecision::Drop, momentAt(1)));
    VaultError error;
    REQUIRE(f.loops->addExperiment(a, 0, momentAt(1), &error) > 0); // a blank placeholder
    plan(f, closed, 0, QStringLiteral("of a closed entry"), QDate(2024, 5, 2));
    REQUIRE(f.move(closed, TransitionKind::Close, QStringLiteral("done with it")).allowed);

    const auto open = f.loops->openExperiments(100, &error);
    REQUIRE_FALSE(error);
    QList<ExperimentId> ids;
    for (const ExperimentListing& e : open)
        ids.append(e.experiment.id);
    CHECK(ids == QList<ExperimentId>{earliest, middle, later, undated});
    CHECK(open[0].entryFirstLine == QStringLiteral("B"));
    CHECK(open[0].entryStage == Stage::Detect);
    CHECK(open[0].experiment.isOverdue(QDate(2024, 6, 5)));
    CHECK_FALSE(open[1].experiment.isOverdue(QDate(2024, 6, 5)));
    CHECK_FALSE(open[3].experiment.isOverdue(QDate(2030, 1, 1))); // no date: never overdue
    CHECK(f.loops->openExperiments(2, &error).size() == 2);
}

TEST_CASE("A spoken answer answers its prompt: the store moves the entry on with it", "[loop]")
{
    LoopFixture f;
    AudioStore audio(*f.db);
    const ReflectionId id = f.add(QStringLiteral("The workshop ran over by an hour."));
    REQUIRE(f.move(id, TransitionKind::Advance).to == Stage::Analyse);
    CHECK_FALSE(f.move(id, TransitionKind::Advance).allowed); // nothing answered yet

    // While it is being recorded it answers nothing (it may still be discarded).
    VaultError error;
    const RecordingInfo answer =
        audio.startAnswer(id, QStringLiteral("analyse.why_difference"), oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    REQUIRE_FALSE(audio.appendChunk(answer.id, QByteArrayLiteral("OggS one"), 1000));
    CHECK(f.load(id).spokenAnswers.isEmpty());
    CHECK_FALSE(f.move(id, TransitionKind::Advance).allowed);

    // Finished: the prompt is answered, with the answer's length; the main voice note of another
    // reflection and typed answers are no spoken answers.
    REQUIRE_FALSE(audio.finish(answer.id, QByteArrayLiteral(" two"), 3400));
    const RecordingInfo note = audio.startVoiceReflection(momentAt(9), oggOpusFormat(), &error);
    REQUIRE_FALSE(audio.finish(note.id, QByteArrayLiteral("OggS note"), 2000));
    LoopRecord r = f.load(id);
    CHECK(r.spokenAnswers ==
          QMap<QString, qint64>{{QStringLiteral("analyse.why_difference"), 3400}});
    CHECK(r.answers.isEmpty());
    CHECK(LoopPolicy::isStageDone(r, Stage::Analyse));
    CHECK(f.load(note.reflectionId).spokenAnswers.isEmpty());
    CHECK(f.load(note.reflectionId).hasCapture); // its own voice note is a capture, not an answer
    CHECK(f.move(id, TransitionKind::Advance).to == Stage::Apply);

    // Kept after a reopen of the vault; a recording cut off by a crash counts once recovered.
    const RecordingInfo cut =
        audio.startAnswer(id, QStringLiteral("detect.facts"), oggOpusFormat(), &error);
    REQUIRE_FALSE(audio.appendChunk(cut.id, QByteArrayLiteral("OggS cut"), 1500));
    f.reopen();
    AudioStore reopened(*f.db);
    CHECK(reopened.markInterrupted(&error) == 1);
    r = f.load(id);
    CHECK(r.spokenAnswers.value(QStringLiteral("analyse.why_difference")) == 3400);
    CHECK(r.spokenAnswers.value(QStringLiteral("detect.facts")) == 1500);

    // Deleted: the prompt is open again (the entry stays where it is).
    REQUIRE_FALSE(reopened.discard(answer.id));
    r = f.load(id);
    CHECK_FALSE(r.spokenAnswers.contains(QStringLiteral("analyse.why_difference")));
    CHECK_FALSE(LoopPolicy::isStageDone(r, Stage::Analyse));
    CHECK(r.stage == Stage::Apply);
    CHECK(f.load(note.reflectionId).hasCapture);
}

TEST_CASE("Deleting a reflection removes its loop rows and index entries; restoring puts them "
          "back",
          "[loop][search]")
{
    LoopFixture f;
    const ReflectionId id = f.add(QStringLiteral("Lost the tender."));
    const ReflectionId kept = f.add(QStringLiteral("Kept entry with a tender lesson."));
    REQUIRE_FALSE(f.loops->setAnswer(id, QStringLiteral("detect.facts"), {},
                                     {QStringLiteral("Price was too high."), 0, 1, {}},
                                     momentAt(3)));
    addLesson(f, id, Stage::Apply, QStringLiteral("Price the tender by value."));
    addLesson(f, kept, Stage::Apply, QStringLiteral("Tender lessons stay."));
    const ChangeId c = addChange(f, id, QStringLiteral("Value-based quote"), 0.5, 0.5);
    plan(f, id, c, QStringLiteral("Clients accept value pricing"), QDate(2024, 1, 2));
    REQUIRE(f.move(id, TransitionKind::Skip, QStringLiteral("Already clear")).allowed);
    const LoopRecord before = f.load(id);
    VaultError error;
    const Reflection reflection = *f.reflections->get(id, &error);

    REQUIRE_FALSE(f.reflections->remove(id));
    for (const char* table :
         {"stage_answers", "lessons", "possible_changes", "experiments", "stage_transitions"})
        CHECK(rowsFor(*f.db, table, id) == 0);
    f.checkIndex();
    CHECK(f.found(QStringLiteral("pricing")).isEmpty());
    CHECK(f.found(QStringLiteral("tender")) == QList<ReflectionId>{kept});
    CHECK(f.lessonsFound(QStringLiteral("tender")).size() == 1);
    CHECK(f.loops->openExperiments(10, &error).isEmpty());

    // Undo: the reflection, then its loop, with every id.
    REQUIRE_FALSE(f.reflections->restore(reflection));
    REQUIRE_FALSE(f.loops->restore(before));
    const LoopRecord after = f.load(id);
    CHECK(after.stage == before.stage);
    CHECK(after.answers == before.answers);
    CHECK(after.lessons.size() == 1);
    CHECK(after.lessons[0].id == before.lessons[0].id);
    CHECK(after.changes.size() == 1);
    CHECK(after.changes[0].id == c);
    CHECK(after.experiments.size() == 1);
    CHECK(after.experiments[0].changeId == c);
    CHECK(after.experiments[0].checkDate == QDate(2024, 1, 2));
    CHECK(after.transitions.size() == 1);
    CHECK(after.transitions[0].reason == QStringLiteral("Already clear"));
    f.checkIndex();
    CHECK(f.found(QStringLiteral("pricing")) == QList<ReflectionId>{id});
    CHECK(f.lessonsFound(QStringLiteral("tender")).size() == 2);
}
