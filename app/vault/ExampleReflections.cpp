#include "vault/ExampleReflections.h"

#include "core/Clock.h"
#include "core/LoopRecord.h"
#include "core/PromptCatalog.h"
#include "vault/Database.h"
#include "vault/LoopStore.h"
#include "vault/NudgeStore.h"
#include "vault/ReflectionStore.h"
#include "vault/SearchIndex.h"
#include "vault/Statement.h"
#include "vault/Transaction.h"

#include <QCoreApplication>
#include <vector>

namespace debrief {

namespace {

// The texts below are marked with QT_TRANSLATE_NOOP("ExampleReflections", ) (QT_TRANSLATE_NOOP) for
// lupdate and translated here.
QString translated(const char* text)
{
    return text ? QCoreApplication::translate("ExampleReflections", text) : QString();
}

// One answer to a loop prompt (PromptCatalog ids); value for feelings, choices, checklists.
struct Answer
{
    const char* promptId;
    const char* field;
    const char* text;
    int value;
};

struct Change
{
    const char* text;
    double impact;
    double feasibility;
};

// The experiment planned in Apply (tests the first change) and, from Continue on, its result
// and decision.
struct Trial
{
    const char* hypothesis;
    const char* action;
    int checkInDays; // after Apply
    const char* signal;
    const char* result;
    ExperimentDecision decision;
};

// One example: captured daysAgo days before now, worked through the loop up to stage.
struct Example
{
    int daysAgo;
    Stage stage;
    const char* title;
    const char* body;
    std::vector<const char*> tags;
    std::vector<Answer> answers;
    SpectrumPoint point = SpectrumPoint::None;
    std::vector<const char*> lessons = {}; // Apply's rules
    std::vector<Change> changes = {};
    std::optional<Trial> trial = std::nullopt;
    const char* keepLesson = nullptr; // Continue's lesson to keep
};

// Two in each stage and two closed; failures basic, complex and intelligent; experiments open,
// overdue, kept, adjusted and dropped.
std::vector<Example> examples()
{
    return {
        {1,
         Stage::Detect,
         QT_TRANSLATE_NOOP("ExampleReflections", "I forgot to call a client back"),
         QT_TRANSLATE_NOOP(
             "ExampleReflections",
             "Promised Marta a call before noon about the delivery date. I remembered at 4 pm; by "
             "then she had written to my manager."),
         {QT_TRANSLATE_NOOP("ExampleReflections", "work"),
          QT_TRANSLATE_NOOP("ExampleReflections", "clients")},
         {{"detect.expected", "",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "A quick call, the delivery date confirmed before lunch."),
           0},
          {"detect.facts", "",
           QT_TRANSLATE_NOOP(
               "ExampleReflections",
               "A meeting at 11:30 ran long and I had set no reminder. She emailed my manager at "
               "3 pm."),
           0},
          {"detect.feeling", "", QT_TRANSLATE_NOOP("ExampleReflections", "embarrassed"), 4},
          {"detect.novelty", "", nullptr, 2}}},
        {2,
         Stage::Detect,
         QT_TRANSLATE_NOOP("ExampleReflections", "The feedback talk with Sam went sideways"),
         QT_TRANSLATE_NOOP("ExampleReflections",
                           "I wanted to tell Sam that his reports keep arriving late. It came out "
                           "as criticism of "
                           "him instead of the handover, and he went quiet halfway through."),
         {QT_TRANSLATE_NOOP("ExampleReflections", "team"),
          QT_TRANSLATE_NOOP("ExampleReflections", "feedback")},
         {{"detect.expected", "",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "A calm talk and a new deadline we both agree on."),
           0},
          {"detect.feeling", "", QT_TRANSLATE_NOOP("ExampleReflections", "frustrated"), 3},
          {"detect.plainly", "",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "I made it about him instead of about the handover."),
           0},
          {"detect.novelty", "", nullptr, 1}}},
        {5,
         Stage::Analyse,
         QT_TRANSLATE_NOOP("ExampleReflections",
                           "The team meeting ran an hour over and decided nothing"),
         QT_TRANSLATE_NOOP(
             "ExampleReflections",
             "Weekly planning with eight people and no agenda sent out. We spent most of the time "
             "on one bug report and left without owners for the next sprint."),
         {QT_TRANSLATE_NOOP("ExampleReflections", "meetings"),
          QT_TRANSLATE_NOOP("ExampleReflections", "team")},
         {{"detect.expected", "",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "Forty-five minutes, an owner for every sprint goal."),
           0},
          {"detect.facts", "",
           QT_TRANSLATE_NOOP(
               "ExampleReflections",
               "It ran 1 hour 45 minutes. Two people left early. No owners were assigned."),
           0},
          {"detect.feeling", "", QT_TRANSLATE_NOOP("ExampleReflections", "drained"), 3},
          {"analyse.why_difference", "",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "Without an agenda, the loudest topic took over."),
           0},
          {"analyse.what_not_who", "",
           QT_TRANSLATE_NOOP(
               "ExampleReflections",
               "No agenda, no timekeeper, and the bug had no other place to be discussed."),
           0},
          {"analyse.known_missing", "",
           QT_TRANSLATE_NOOP(
               "ExampleReflections",
               "I knew the bug was urgent; I did not know half the room had no context on it."),
           0}},
         SpectrumPoint::ProcessInadequacy},
        {8,
         Stage::Analyse,
         QT_TRANSLATE_NOOP("ExampleReflections",
                           "My estimate for the data migration was three weeks short"),
         QT_TRANSLATE_NOOP(
             "ExampleReflections",
             "I told the client two weeks for the migration. It took five: the old export had "
             "undocumented fields and needed two rounds of clean-up."),
         {QT_TRANSLATE_NOOP("ExampleReflections", "estimates"),
          QT_TRANSLATE_NOOP("ExampleReflections", "clients")},
         {{"detect.expected", "",
           QT_TRANSLATE_NOOP("ExampleReflections", "Two weeks, one test run, go-live on the 12th."),
           0},
          {"detect.facts", "",
           QT_TRANSLATE_NOOP("ExampleReflections", "Five weeks. The go-live date moved twice."), 0},
          {"detect.feeling", "", QT_TRANSLATE_NOOP("ExampleReflections", "anxious"), 4},
          {"detect.novelty", "", nullptr, 1},
          {"analyse.five_whys", "",
           QT_TRANSLATE_NOOP(
               "ExampleReflections",
               "Why late? The data needed clean-up.\nWhy? Fields nobody had documented.\nWhy not "
               "found earlier? We never looked at a sample of the export.\nWhy? The estimate came "
               "from the specification alone."),
           0},
          {"analyse.scr", "situation",
           QT_TRANSLATE_NOOP("ExampleReflections", "A client migration estimated at two weeks."),
           0},
          {"analyse.scr", "complication",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "The export held undocumented fields that needed cleaning."),
           0},
          {"analyse.scr", "resolution",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "Estimate from a sample of real data, with a buffer for surprises."),
           0}},
         SpectrumPoint::Uncertainty},
        {10,
         Stage::Apply,
         QT_TRANSLATE_NOOP("ExampleReflections", "I missed the deadline for the quarterly report"),
         QT_TRANSLATE_NOOP(
             "ExampleReflections",
             "The report was due Friday at five. I sent it on Monday morning, and finance had to "
             "delay their summary."),
         {QT_TRANSLATE_NOOP("ExampleReflections", "work"),
          QT_TRANSLATE_NOOP("ExampleReflections", "deadlines")},
         {{"detect.facts", "",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "Sent Monday 9:10. Finance's summary moved by a day."),
           0},
          {"detect.feeling", "", QT_TRANSLATE_NOOP("ExampleReflections", "guilty"), 4},
          {"analyse.why_difference", "",
           QT_TRANSLATE_NOOP(
               "ExampleReflections",
               "I started on Thursday, thinking the numbers would take an hour. They took a day."),
           0},
          {"analyse.what_not_who", "",
           QT_TRANSLATE_NOOP(
               "ExampleReflections",
               "The numbers come from three teams and one always sends late; my plan did not "
               "allow for it."),
           0},
          {"apply.learned", "",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "Start from the slowest input, not from the writing."),
           0}},
         SpectrumPoint::Inattention,
         {QT_TRANSLATE_NOOP(
             "ExampleReflections",
             "When a deliverable depends on other teams' numbers, I ask for them a week ahead.")},
         {{QT_TRANSLATE_NOOP("ExampleReflections", "Ask for the numbers on the Monday before"), 0.8,
           0.9},
          {QT_TRANSLATE_NOOP("ExampleReflections",
                             "Block two hours on Wednesday for a first draft"),
           0.6, 0.8},
          {QT_TRANSLATE_NOOP("ExampleReflections",
                             "Agree a standing due date with the three teams"),
           0.9, 0.4}},
         Trial{QT_TRANSLATE_NOOP("ExampleReflections",
                                 "If I ask a week early, I will have every number by Wednesday."),
               QT_TRANSLATE_NOOP("ExampleReflections",
                                 "Send the request next Monday, due Wednesday."),
               10,
               QT_TRANSLATE_NOOP("ExampleReflections",
                                 "All three teams' numbers are in by Wednesday evening."),
               nullptr, ExperimentDecision::None}},
        {14,
         Stage::Apply,
         QT_TRANSLATE_NOOP("ExampleReflections", "My conference talk ran ten minutes over"),
         QT_TRANSLATE_NOOP(
             "ExampleReflections",
             "A fifteen-minute slot, and I was cut off before the demo. Half the audience left for "
             "the next session."),
         {QT_TRANSLATE_NOOP("ExampleReflections", "speaking")},
         {{"detect.feeling", "", QT_TRANSLATE_NOOP("ExampleReflections", "deflated"), 3},
          {"analyse.evaluation", "",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "The story worked. Setting up the demo live took four minutes."),
           0},
          {"apply.sustain", "",
           QT_TRANSLATE_NOOP("ExampleReflections", "Opening with a story got people's attention."),
           0}},
         SpectrumPoint::TaskChallenge,
         {QT_TRANSLATE_NOOP(
             "ExampleReflections",
             "When a talk has a hard limit, I rehearse it with a timer at 80 % of the slot.")},
         {{QT_TRANSLATE_NOOP("ExampleReflections", "Record the demo instead of doing it live"), 0.7,
           0.9},
          {QT_TRANSLATE_NOOP("ExampleReflections", "Rehearse twice with a timer"), 0.8, 1.0}},
         Trial{QT_TRANSLATE_NOOP("ExampleReflections",
                                 "A timed rehearsal keeps me under twelve minutes."),
               QT_TRANSLATE_NOOP("ExampleReflections",
                                 "Rehearse the meetup version of the talk twice with a timer."),
               7,
               QT_TRANSLATE_NOOP("ExampleReflections", "Both rehearsals end under twelve minutes."),
               nullptr, ExperimentDecision::None}},
        {30,
         Stage::Continue,
         QT_TRANSLATE_NOOP("ExampleReflections",
                           "The product launch shipped with a broken sign-up"),
         QT_TRANSLATE_NOOP(
             "ExampleReflections",
             "On launch day the sign-up form failed for every company address with a plus sign. "
             "We lost most of the first day's visitors before a fix went out at 3 pm."),
         {QT_TRANSLATE_NOOP("ExampleReflections", "launch"),
          QT_TRANSLATE_NOOP("ExampleReflections", "product")},
         {{"detect.facts", "",
           QT_TRANSLATE_NOOP(
               "ExampleReflections",
               "Sign-up failed for addresses like name+team@company.com from 9 am to 3 pm."),
           0},
          {"detect.feeling", "", QT_TRANSLATE_NOOP("ExampleReflections", "gutted"), 5},
          {"analyse.why_difference", "",
           QT_TRANSLATE_NOOP(
               "ExampleReflections",
               "Our test accounts never used plus addresses; the check came from an old library."),
           0},
          {"continue.smart_risk_check", "", nullptr, 2 | 4 | 8},
          {"continue.plan_b", "",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "A feature flag turns the new flow off within minutes if it fails."),
           0},
          {"continue.next_risk", "",
           QT_TRANSLATE_NOOP("ExampleReflections", "A three-day canary for the mobile release."),
           0}},
         SpectrumPoint::ProcessComplexity,
         {QT_TRANSLATE_NOOP(
             "ExampleReflections",
             "Before a launch, I test the main path with real-world data, not our own test "
             "accounts.")},
         {{QT_TRANSLATE_NOOP("ExampleReflections", "A 1 % canary release the day before"), 0.9,
           0.5},
          {QT_TRANSLATE_NOOP("ExampleReflections", "A launch checklist with real-world inputs"),
           0.8, 0.7}},
         Trial{
             QT_TRANSLATE_NOOP("ExampleReflections",
                               "A 1 % canary release the day before catches launch-blocking bugs."),
             QT_TRANSLATE_NOOP("ExampleReflections", "Run a canary for the next feature release."),
             14,
             QT_TRANSLATE_NOOP("ExampleReflections",
                               "Blocking bugs show up in the canary, not on launch day."),
             QT_TRANSLATE_NOOP(
                 "ExampleReflections",
                 "The canary caught a payment bug, but one day was too short for weekly users to "
                 "show up."),
             ExperimentDecision::Adjust},
         QT_TRANSLATE_NOOP("ExampleReflections", "Real-world inputs beat clever test cases.")},
        {24,
         Stage::Continue,
         QT_TRANSLATE_NOOP("ExampleReflections",
                           "Cooking for twelve for the first time: the main course was cold"),
         QT_TRANSLATE_NOOP(
             "ExampleReflections",
             "I tried a new slow-roast recipe for my sister's birthday dinner. With one oven, the "
             "roast was ready an hour early and cold by the time we sat down."),
         {QT_TRANSLATE_NOOP("ExampleReflections", "cooking"),
          QT_TRANSLATE_NOOP("ExampleReflections", "personal")},
         {{"detect.expected", "",
           QT_TRANSLATE_NOOP("ExampleReflections", "Everything hot on the table at eight."), 0},
          {"detect.feeling", "", QT_TRANSLATE_NOOP("ExampleReflections", "flustered"), 3},
          {"detect.novelty", "", nullptr, 1},
          {"analyse.known_missing", "",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "I knew the recipe; I had never planned one oven for four dishes."),
           0},
          {"continue.next_risk", "",
           QT_TRANSLATE_NOOP("ExampleReflections", "Host the team lunch with the tested plan."),
           0}},
         SpectrumPoint::ExploratoryTesting,
         {QT_TRANSLATE_NOOP("ExampleReflections",
                            "When I try something new for a crowd, I do a small test run first.")},
         {{QT_TRANSLATE_NOOP("ExampleReflections", "A test run for four people, timing every step"),
           0.8, 0.8}},
         Trial{QT_TRANSLATE_NOOP("ExampleReflections",
                                 "A test run for four shows where the timing goes wrong."),
               QT_TRANSLATE_NOOP("ExampleReflections",
                                 "Cook the roast for four on Sunday and time every step."),
               7, QT_TRANSLATE_NOOP("ExampleReflections", "A timed plan that fits one oven."),
               QT_TRANSLATE_NOOP(
                   "ExampleReflections",
                   "The test run showed the roast can rest in a low oven; the plan works."),
               ExperimentDecision::Keep}},
        {42,
         Stage::Closed,
         QT_TRANSLATE_NOOP("ExampleReflections", "I hired the wrong person for the support role"),
         QT_TRANSLATE_NOOP(
             "ExampleReflections",
             "He interviewed brilliantly but struggled with the number of tickets, and left after "
             "six weeks."),
         {QT_TRANSLATE_NOOP("ExampleReflections", "hiring"),
          QT_TRANSLATE_NOOP("ExampleReflections", "team")},
         {{"detect.plainly", "",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "The hire did not work out, and that was my call."),
           0},
          {"detect.feeling", "", QT_TRANSLATE_NOOP("ExampleReflections", "disappointed"), 4},
          {"analyse.what_not_who", "",
           QT_TRANSLATE_NOOP(
               "ExampleReflections",
               "The interview tested conversation, not the actual work: no ticket exercise, no "
               "time pressure."),
           0},
          {"continue.plan_b", "",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "If the exercise misleads us, a paid trial week."),
           0}},
         SpectrumPoint::ProcessInadequacy,
         {QT_TRANSLATE_NOOP(
             "ExampleReflections",
             "When I hire for work that can be sampled, the interview includes a sample of it.")},
         {{QT_TRANSLATE_NOOP("ExampleReflections",
                             "A thirty-minute ticket exercise in every interview"),
           0.9, 0.8}},
         Trial{QT_TRANSLATE_NOOP("ExampleReflections",
                                 "A work sample shows who can handle the volume."),
               QT_TRANSLATE_NOOP("ExampleReflections",
                                 "Use a ticket exercise in the next three interviews."),
               21,
               QT_TRANSLATE_NOOP(
                   "ExampleReflections",
                   "The exercise separates candidates I would otherwise rate the same."),
               QT_TRANSLATE_NOOP(
                   "ExampleReflections",
                   "It did: one strong talker struggled, and a quiet candidate shone and got the "
                   "job."),
               ExperimentDecision::Keep},
         QT_TRANSLATE_NOOP("ExampleReflections", "Test the work, not the talk.")},
        {36,
         Stage::Closed,
         QT_TRANSLATE_NOOP("ExampleReflections", "The investor pitch fell flat"),
         QT_TRANSLATE_NOOP("ExampleReflections", "A ten-minute pitch to two angel investors. They "
                                                 "stopped me at slide four to ask about "
                                                 "revenue, and I never got back to the product."),
         {QT_TRANSLATE_NOOP("ExampleReflections", "pitch"),
          QT_TRANSLATE_NOOP("ExampleReflections", "startup")},
         {{"detect.expected", "",
           QT_TRANSLATE_NOOP("ExampleReflections", "Ten minutes of story, then questions."), 0},
          {"detect.feeling", "", QT_TRANSLATE_NOOP("ExampleReflections", "rattled"), 4},
          {"detect.novelty", "", nullptr, 1},
          {"analyse.known_missing", "",
           QT_TRANSLATE_NOOP(
               "ExampleReflections",
               "I knew they were finance people; I did not know they would skip the story "
               "entirely."),
           0},
          {"continue.next_risk", "",
           QT_TRANSLATE_NOOP("ExampleReflections",
                             "Cut the deck to six slides and pitch at demo day."),
           0}},
         SpectrumPoint::HypothesisTesting,
         {QT_TRANSLATE_NOOP(
             "ExampleReflections",
             "When I pitch to a new audience, I lead with the numbers they care about.")},
         {{QT_TRANSLATE_NOOP("ExampleReflections",
                             "Open with revenue, keep the story for questions"),
           0.7, 0.9},
          {QT_TRANSLATE_NOOP("ExampleReflections", "Cut the deck to six slides"), 0.8, 0.7}},
         Trial{QT_TRANSLATE_NOOP("ExampleReflections",
                                 "Opening with revenue keeps finance people listening."),
               QT_TRANSLATE_NOOP("ExampleReflections",
                                 "Reorder the deck and pitch it to the accelerator mentors."),
               7,
               QT_TRANSLATE_NOOP("ExampleReflections",
                                 "The mentors reach the product slide without interrupting."),
               QT_TRANSLATE_NOOP(
                   "ExampleReflections",
                   "They interrupted anyway: the deck is too long, whatever the order."),
               ExperimentDecision::Drop}},
    };
}

// The time LoopStore gives writes that take none (an experiment's plan and result).
class FixedClock final : public Clock
{
public:
    QDateTime at;
    QTimeZone zone;
    QDateTime nowUtc() const override { return at; }
    QTimeZone timeZone() const override { return zone; }
};

constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Day = 24 * Hour;

// Writes one example through the stores, as a person working through the loop would have.
VaultError write(Database& db, const Example& x, const QDateTime& nowUtc, const QByteArray& zoneId)
{
    const PromptCatalog catalog = PromptCatalog::standard();
    const QTimeZone zone(zoneId);
    auto at = [&](qint64 ms) {
        return LocalMoment{nowUtc.addMSecs(ms), zoneId};
    };
    const qint64 captured = -qint64(x.daysAgo) * Day - 2 * Hour;

    Reflection r;
    r.text =
        QCoreApplication::translate("ExampleReflections", "Example: %1").arg(translated(x.title)) +
        QStringLiteral("\n\n") + translated(x.body);
    r.created = r.updated = at(captured);
    for (const char* tag : x.tags)
        r.tags.append(translated(tag));
    r.example = true;
    VaultError e;
    const ReflectionId id = ReflectionStore(db).insertInTransaction(r, &e);
    if (e)
        return e;
    FixedClock clock;
    clock.zone = zone;
    LoopStore loop(db);
    loop.setClock(clock);

    auto answer = [&](Stage stage, qint64 when) -> VaultError {
        QVector<StageAnswers::Entry> entries;
        for (const Answer& a : x.answers) {
            const Prompt* prompt = catalog.find(QString::fromLatin1(a.promptId));
            if (!prompt || prompt->stage() != stage)
                continue;
            entries.append({prompt->idString(),
                            QString::fromLatin1(a.field),
                            {translated(a.text), a.value, prompt->version(), {}}});
        }
        return entries.isEmpty() ? VaultError() : loop.setAnswers(id, entries, at(when));
    };
    auto advance = [&](qint64 when) -> VaultError {
        const auto verdict = loop.transition(id, TransitionKind::Advance, {}, at(when), &e);
        if (e)
            return e;
        return verdict ? VaultError()
                       : VaultError(VaultError::Kind::Io, QStringLiteral("example loop refused"));
    };
    const auto reached = [&](Stage s) {
        return int(x.stage) >= int(s);
    };

    if ((e = answer(Stage::Detect, captured + Hour / 4)))
        return e;
    if (!reached(Stage::Analyse))
        return {};
    const qint64 analysed = captured + Day;
    if ((e = advance(analysed)) || (e = answer(Stage::Analyse, analysed + Hour)))
        return e;
    if (x.point != SpectrumPoint::None && (e = loop.setSpectrumPoint(id, x.point)))
        return e;
    if (!reached(Stage::Apply))
        return {};
    const qint64 applied = captured + 3 * Day;
    if ((e = advance(applied)) || (e = answer(Stage::Apply, applied + Hour)))
        return e;
    for (const char* lesson : x.lessons) {
        loop.addLesson(id, Stage::Apply, translated(lesson), at(applied + Hour), &e);
        if (e)
            return e;
    }
    ChangeId tested = 0;
    for (const Change& c : x.changes) {
        const ChangeId change = loop.addChange(id, translated(c.text), c.impact, c.feasibility, &e);
        if (e)
            return e;
        if (!tested)
            tested = change;
    }
    ExperimentId experiment = 0;
    if (x.trial) {
        experiment = loop.addExperiment(id, tested, at(applied + 2 * Hour), &e);
        clock.at = nowUtc.addMSecs(applied + 2 * Hour);
        const QDate checkDay =
            nowUtc.addMSecs(applied).toTimeZone(zone).date().addDays(x.trial->checkInDays);
        if (e || (e = loop.updateExperimentPlan(experiment, tested, translated(x.trial->hypothesis),
                                                translated(x.trial->action), checkDay,
                                                translated(x.trial->signal))))
            return e;
    }
    if (!reached(Stage::Continue))
        return {};
    const qint64 continued = applied + qint64(x.trial ? x.trial->checkInDays : 2) * Day + 2 * Hour;
    if ((e = advance(continued)))
        return e;
    if (x.trial) {
        clock.at = nowUtc.addMSecs(continued + Hour);
        if ((e = loop.setExperimentResult(experiment, translated(x.trial->result))) ||
            (e = loop.decideExperiment(experiment, x.trial->decision, at(continued + Hour))))
            return e;
    }
    if ((e = answer(Stage::Continue, continued + 2 * Hour)))
        return e;
    if (x.keepLesson) {
        loop.addLesson(id, Stage::Continue, translated(x.keepLesson), at(continued + 2 * Hour), &e);
        if (e)
            return e;
    }
    if (!reached(Stage::Closed))
        return {};
    return advance(continued + Day);
}

} // namespace

ExampleReflections::ExampleReflections(Database& db)
    : m_db(db)
{
}

VaultError ExampleReflections::add(const QDateTime& nowUtc, const QByteArray& timeZoneId)
{
    return inTransaction(m_db, [&]() -> VaultError {
        VaultError e;
        if (present(&e) || e)
            return e;
        NudgeStore nudges(m_db);
        for (const Example& x : examples()) {
            if ((e = write(m_db, x, nowUtc, timeZoneId)))
                return e;
        }
        // Nobody should be reminded to work on an example: they are all muted.
        Statement ids(m_db, "SELECT id FROM reflections WHERE is_example = 1;");
        while (ids.next()) {
            if ((e = nudges.setMuted(ids.int64(0), true)))
                return e;
        }
        return ids.error();
    });
}

bool ExampleReflections::present(VaultError* error) const
{
    Statement q(m_db, "SELECT EXISTS (SELECT 1 FROM reflections WHERE is_example = 1);");
    const bool found = q.next() && q.int64(0) != 0;
    *error = q.error();
    return found;
}

VaultError ExampleReflections::remove()
{
    return inTransaction(m_db, [&]() -> VaultError {
        // Out of the search index first: the delete takes their loops and tags with them.
        QVector<ReflectionId> ids;
        {
            Statement q(m_db, "SELECT id FROM reflections WHERE is_example = 1;");
            while (q.next())
                ids.append(q.int64(0));
            if (q.error())
                return q.error();
        }
        SearchIndex index(m_db);
        for (const ReflectionId id : ids) {
            if (VaultError e = index.unindex(id))
                return e;
        }
        Statement q(m_db, "DELETE FROM reflections WHERE is_example = 1;");
        return q.run();
    });
}

} // namespace debrief
