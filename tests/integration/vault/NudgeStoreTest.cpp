// NudgeStore on a real vault file: what the planner gets per entry (stage and since when, the
// last change, the current experiment, the next risk) follows the loop as LoopStore writes it;
// mute, snooze, "Not now" and shown round trip; the history of nudges shown; the log holds no
// entry and no text; a deleted entry's choices go with it and come back with Undo.

#include "VaultTestHelpers.h"

#include "core/Clock.h"
#include "vault/AudioStore.h"
#include "vault/LoopStore.h"
#include "vault/NudgeStore.h"
#include "vault/Statement.h"
#include "vault/Transaction.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;

namespace {

constexpr qint64 T0 = 1700000000000; // 2023-11-14 22:13:20 UTC
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Day = 24 * 60 * Minute;

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A time as milliseconds, -1 when unset: readable in failure messages.
qint64 ms(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

// The time LoopStore gives writes that carry none (an experiment's plan and result).
class FixedClock final : public Clock
{
public:
    QDateTime now = at(T0);
    QDateTime nowUtc() const override { return now; }
    QTimeZone timeZone() const override { return QTimeZone::utc(); }
};

struct NudgeFixture
{
    QString path = freshDir(QStringLiteral("nudges")) + QStringLiteral("/vault.db");
    VaultKey key = VaultKey::generate();
    std::unique_ptr<Database> db = openMigrated(path, key);
    FixedClock clock;
    std::unique_ptr<ReflectionStore> reflections;
    std::unique_ptr<LoopStore> loops;
    std::unique_ptr<NudgeStore> nudges;

    NudgeFixture() { makeStores(); }

    void makeStores()
    {
        reflections = std::make_unique<ReflectionStore>(*db);
        loops = std::make_unique<LoopStore>(*db);
        loops->setClock(clock);
        nudges = std::make_unique<NudgeStore>(*db);
    }

    // Closes and opens the vault again, as the next start would.
    void reopen()
    {
        nudges.reset();
        loops.reset();
        reflections.reset();
        db.reset();
        db = openMigrated(path, key);
        makeStores();
    }

    ReflectionId add(const QString& text, qint64 atMs = T0)
    {
        VaultError error;
        const ReflectionId id = reflections->add(text, momentAt(atMs), &error);
        INFO(Catch::StringMaker<VaultError>::convert(error));
        REQUIRE(id > 0);
        return id;
    }

    Stage move(ReflectionId id, TransitionKind kind, qint64 atMs, const QString& reason = {})
    {
        VaultError error;
        const auto verdict = loops->transition(id, kind, reason, momentAt(atMs), &error);
        INFO(Catch::StringMaker<VaultError>::convert(error));
        REQUIRE_FALSE(error);
        INFO(verdict.reason.toStdString());
        REQUIRE(verdict.allowed);
        return verdict.to;
    }

    void answer(ReflectionId id, const char* promptId, const QString& text, qint64 atMs)
    {
        REQUIRE_FALSE(loops->setAnswer(id, QString::fromLatin1(promptId), {}, {text, 0, 1, {}},
                                       momentAt(atMs)));
    }

    QVector<NudgeEntry> entries()
    {
        VaultError error;
        const QVector<NudgeEntry> all = nudges->plannerEntries(&error);
        INFO(Catch::StringMaker<VaultError>::convert(error));
        REQUIRE_FALSE(error);
        return all;
    }

    QList<ReflectionId> ids()
    {
        QList<ReflectionId> out;
        for (const NudgeEntry& e : entries())
            out.append(e.id);
        return out;
    }

    // The entry as plannerEntries() has it, checked against plannerEntry(id).
    NudgeEntry entry(ReflectionId id)
    {
        for (const NudgeEntry& e : entries()) {
            if (e.id != id)
                continue;
            VaultError error;
            const auto alone = nudges->plannerEntry(id, &error);
            REQUIRE_FALSE(error);
            REQUIRE(alone);
            CHECK(same(*alone, e));
            return e;
        }
        FAIL("reflection " << id << " is not among the planner's entries");
        return {};
    }

    static bool same(const NudgeEntry& a, const NudgeEntry& b)
    {
        return a.id == b.id && a.stage == b.stage && a.stageSince == b.stageSince &&
               a.lastChange == b.lastChange && a.experimentPlanned == b.experimentPlanned &&
               a.experimentOpen == b.experimentOpen &&
               a.experimentCheckDate == b.experimentCheckDate &&
               a.experimentChecked == b.experimentChecked && a.hasNextRisk == b.hasNextRisk &&
               a.muted == b.muted && a.dismissedAt == b.dismissedAt &&
               a.snoozedUntil == b.snoozedUntil && a.lastNudgedAt == b.lastNudgedAt;
    }

    // plannerEntry() of an entry the planner does not get (Closed or gone).
    bool absentAlone(ReflectionId id)
    {
        VaultError error;
        const auto alone = nudges->plannerEntry(id, &error);
        CHECK_FALSE(error);
        return !alone;
    }

    // The current experiment as the loop pages see it, to compare with the planner's view.
    Experiment currentExperiment(ReflectionId id)
    {
        VaultError error;
        const auto record = loops->load(id, &error);
        REQUIRE(record);
        REQUIRE(record->currentExperiment());
        return *record->currentExperiment();
    }
};

qint64 stateRows(Database& db)
{
    return queryInt(db, "SELECT count(*) FROM nudge_states;");
}

} // namespace

TEST_CASE("A new reflection is in Detect since its capture, with nothing chosen", "[nudges]")
{
    NudgeFixture f;
    CHECK(f.entries().isEmpty());
    const ReflectionId b = f.add(QStringLiteral("Second, captured later."), T0 + Day);
    const ReflectionId a = f.add(QStringLiteral("The pitch fell flat."), T0);

    CHECK(f.ids() == QList<ReflectionId>{b, a}); // by id
    const NudgeEntry e = f.entry(a);
    CHECK(e.stage == Stage::Detect);
    CHECK(ms(e.stageSince) == T0);
    CHECK(ms(e.lastChange) == T0);
    CHECK(e.stageSince.timeSpec() == Qt::UTC);
    CHECK_FALSE(e.experimentPlanned);
    CHECK_FALSE(e.experimentOpen);
    CHECK_FALSE(e.experimentCheckDate.isValid());
    CHECK_FALSE(e.experimentChecked.isValid());
    CHECK_FALSE(e.hasNextRisk);
    CHECK_FALSE(e.muted);
    CHECK_FALSE(e.dismissedAt.isValid());
    CHECK_FALSE(e.snoozedUntil.isValid());
    CHECK_FALSE(e.lastNudgedAt.isValid());
    CHECK(ms(f.entry(b).stageSince) == T0 + Day);

    // A voice reflection while it is being recorded is not history yet (it may be discarded).
    AudioStore audio(*f.db);
    VaultError error;
    const RecordingInfo voice =
        audio.startVoiceReflection(momentAt(T0 + 2 * Day), oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    REQUIRE_FALSE(audio.appendChunk(voice.id, QByteArrayLiteral("OggS one"), 1000));
    CHECK(f.ids() == QList<ReflectionId>{b, a});
    CHECK(f.absentAlone(voice.reflectionId));
    REQUIRE_FALSE(audio.finish(voice.id, QByteArrayLiteral(" two"), 2000));
    CHECK(f.ids() == QList<ReflectionId>{b, a, voice.reflectionId});
    CHECK(ms(f.entry(voice.reflectionId).stageSince) == T0 + 2 * Day);
}

TEST_CASE("Stage moves set stageSince to the latest move; Closed entries are left out", "[nudges]")
{
    NudgeFixture f;
    const ReflectionId id = f.add(QStringLiteral("Missed the deadline."));
    const ReflectionId other = f.add(QStringLiteral("Unrelated entry."));

    REQUIRE(f.move(id, TransitionKind::Advance, T0 + 1 * Minute) == Stage::Analyse);
    NudgeEntry e = f.entry(id);
    CHECK(e.stage == Stage::Analyse);
    CHECK(ms(e.stageSince) == T0 + 1 * Minute);

    // An answer is a change, not a move.
    f.answer(id, "analyse.why_difference", QStringLiteral("Scope grew."), T0 + 2 * Minute);
    e = f.entry(id);
    CHECK(ms(e.stageSince) == T0 + 1 * Minute);
    CHECK(ms(e.lastChange) == T0 + 2 * Minute);

    REQUIRE(f.move(id, TransitionKind::Advance, T0 + 3 * Minute) == Stage::Apply);
    CHECK(f.entry(id).stage == Stage::Apply);
    CHECK(ms(f.entry(id).stageSince) == T0 + 3 * Minute);
    // Back is a move too: since then it waits in Analyse again.
    REQUIRE(f.move(id, TransitionKind::Back, T0 + 4 * Minute) == Stage::Analyse);
    CHECK(f.entry(id).stage == Stage::Analyse);
    CHECK(ms(f.entry(id).stageSince) == T0 + 4 * Minute);
    CHECK(ms(f.entry(other).stageSince) == T0); // untouched

    // Closed: no longer in the loop, not planned; reopened: back, since the reopening.
    REQUIRE(f.move(id, TransitionKind::Close, T0 + 5 * Minute, QStringLiteral("Let it go")) ==
            Stage::Closed);
    CHECK(f.ids() == QList<ReflectionId>{other});
    CHECK(f.absentAlone(id));
    REQUIRE(f.move(id, TransitionKind::Reopen, T0 + 6 * Minute) == Stage::Analyse);
    CHECK(f.ids() == QList<ReflectionId>{id, other});
    CHECK(f.entry(id).stage == Stage::Analyse);
    CHECK(ms(f.entry(id).stageSince) == T0 + 6 * Minute);
}

TEST_CASE("The planner gets the current experiment and whether the next risk is written",
          "[nudges]")
{
    NudgeFixture f;
    const ReflectionId id = f.add(QStringLiteral("The demo crashed."));
    const ReflectionId other = f.add(QStringLiteral("Another entry."));
    f.move(id, TransitionKind::Advance, T0 + Minute);
    f.answer(id, "analyse.why_difference", QStringLiteral("No rehearsal."), T0 + 2 * Minute);
    f.move(id, TransitionKind::Advance, T0 + 3 * Minute);

    // A placeholder experiment: open, nothing planned yet.
    VaultError error;
    const ExperimentId first = f.loops->addExperiment(id, 0, momentAt(T0 + 4 * Minute), &error);
    REQUIRE(first > 0);
    NudgeEntry e = f.entry(id);
    CHECK_FALSE(e.experimentPlanned);
    CHECK(e.experimentOpen);
    CHECK_FALSE(e.experimentCheckDate.isValid());

    // Blank means what it means on the page (QString::trimmed, no-break spaces included).
    REQUIRE_FALSE(f.loops->updateExperimentPlan(first, 0, QStringLiteral(" \n\t\u00a0\u3000"),
                                                QStringLiteral("\u2028 "), QDate(2024, 1, 2),
                                                QStringLiteral("signal only")));
    e = f.entry(id);
    CHECK_FALSE(e.experimentPlanned);
    CHECK(e.experimentPlanned == f.currentExperiment(id).isPlanned());
    CHECK(e.experimentCheckDate == QDate(2024, 1, 2));

    REQUIRE_FALSE(f.loops->updateExperimentPlan(first, 0, {}, QStringLiteral("Rehearse twice"),
                                                QDate(2024, 1, 5), {}));
    e = f.entry(id);
    CHECK(e.experimentPlanned);
    CHECK(e.experimentPlanned == f.currentExperiment(id).isPlanned());
    CHECK(e.experimentOpen);
    CHECK(e.experimentCheckDate == QDate(2024, 1, 5));
    CHECK_FALSE(e.experimentChecked.isValid());

    // Checked: closed, with the time of the decision.
    REQUIRE_FALSE(
        f.loops->decideExperiment(first, ExperimentDecision::Keep, momentAt(T0 + 5 * Minute)));
    e = f.entry(id);
    CHECK(e.experimentPlanned);
    CHECK_FALSE(e.experimentOpen);
    CHECK(ms(e.experimentChecked) == T0 + 5 * Minute);

    // The next one (the highest id) is the current experiment.
    const ExperimentId second = f.loops->addExperiment(id, 0, momentAt(T0 + 6 * Minute), &error);
    REQUIRE(second > first);
    e = f.entry(id);
    CHECK_FALSE(e.experimentPlanned);
    CHECK(e.experimentOpen);
    CHECK_FALSE(e.experimentCheckDate.isValid());
    CHECK_FALSE(e.experimentChecked.isValid());
    REQUIRE_FALSE(f.loops->removeExperiment(second));
    CHECK_FALSE(f.entry(id).experimentOpen); // the first again
    CHECK(ms(f.entry(id).experimentChecked) == T0 + 5 * Minute);

    // The next smart risk: typed, removed, then spoken (counted once the recording is finished).
    f.move(id, TransitionKind::Advance, T0 + 7 * Minute);
    REQUIRE(f.entry(id).stage == Stage::Continue);
    CHECK_FALSE(f.entry(id).hasNextRisk);
    f.answer(id, "continue.plan_b", QStringLiteral("Not the next risk"), T0 + 8 * Minute);
    CHECK_FALSE(f.entry(id).hasNextRisk);
    f.answer(id, "continue.next_risk", QStringLiteral("Demo live at the meetup."), T0 + 9 * Minute);
    CHECK(f.entry(id).hasNextRisk);
    CHECK_FALSE(f.entry(other).hasNextRisk);
    f.answer(id, "continue.next_risk", {}, T0 + 10 * Minute); // emptied: removed
    CHECK_FALSE(f.entry(id).hasNextRisk);

    AudioStore audio(*f.db);
    const RecordingInfo spoken =
        audio.startAnswer(id, QStringLiteral("continue.next_risk"), oggOpusFormat(), &error);
    REQUIRE_FALSE(error);
    REQUIRE_FALSE(audio.appendChunk(spoken.id, QByteArrayLiteral("OggS one"), 1000));
    CHECK_FALSE(f.entry(id).hasNextRisk); // still being recorded: may be discarded
    REQUIRE_FALSE(audio.finish(spoken.id, QByteArrayLiteral(" two"), 2000));
    CHECK(f.entry(id).hasNextRisk);
}

TEST_CASE("The last change moves with the text, an answer, a move, a lesson and every "
          "experiment write; nudge choices are no change",
          "[nudges]")
{
    NudgeFixture f;
    const ReflectionId id = f.add(QStringLiteral("Forgot the handout."), T0);
    const ReflectionId other = f.add(QStringLiteral("Another one."), T0);
    auto lastChange = [&] {
        return ms(f.entry(id).lastChange);
    };
    CHECK(lastChange() == T0);

    REQUIRE_FALSE(f.reflections->update(id, QStringLiteral("Forgot the handouts."),
                                        momentAt(T0 + 1 * Minute)));
    CHECK(lastChange() == T0 + 1 * Minute);
    f.answer(id, "detect.facts", QStringLiteral("Printer was empty."), T0 + 2 * Minute);
    CHECK(lastChange() == T0 + 2 * Minute);
    f.move(id, TransitionKind::Advance, T0 + 3 * Minute);
    CHECK(lastChange() == T0 + 3 * Minute);
    VaultError error;
    const LessonId lesson =
        f.loops->addLesson(id, Stage::Analyse, QStringLiteral("Print the day before."),
                           momentAt(T0 + 4 * Minute), &error);
    REQUIRE(lesson > 0);
    CHECK(lastChange() == T0 + 4 * Minute);
    REQUIRE_FALSE(f.loops->updateLesson(lesson, QStringLiteral("Print two days before."),
                                        momentAt(T0 + 5 * Minute)));
    CHECK(lastChange() == T0 + 5 * Minute);

    const ExperimentId x = f.loops->addExperiment(id, 0, momentAt(T0 + 6 * Minute), &error);
    REQUIRE(x > 0);
    CHECK(lastChange() == T0 + 6 * Minute);
    // Plan and result carry no time of their own: the store's clock gives it.
    f.clock.now = at(T0 + 7 * Minute);
    REQUIRE_FALSE(f.loops->updateExperimentPlan(x, 0, QStringLiteral("A checklist helps"),
                                                QStringLiteral("Use a checklist"),
                                                QDate(2023, 11, 20), {}));
    CHECK(lastChange() == T0 + 7 * Minute);
    f.clock.now = at(T0 + 8 * Minute);
    REQUIRE_FALSE(f.loops->setExperimentResult(x, QStringLiteral("It helped.")));
    CHECK(lastChange() == T0 + 8 * Minute);
    REQUIRE_FALSE(
        f.loops->decideExperiment(x, ExperimentDecision::Keep, momentAt(T0 + 9 * Minute)));
    CHECK(lastChange() == T0 + 9 * Minute);
    REQUIRE_FALSE( // opened again
        f.loops->decideExperiment(x, ExperimentDecision::None, momentAt(T0 + 10 * Minute)));
    CHECK(lastChange() == T0 + 10 * Minute);

    // What the nudges themselves record changes nothing, nor does another entry's change.
    REQUIRE_FALSE(f.nudges->dismiss({id}, at(T0 + 11 * Minute)));
    REQUIRE_FALSE(f.nudges->snooze({id}, at(T0 + 12 * Minute)));
    REQUIRE_FALSE(f.nudges->setMuted(id, true));
    REQUIRE_FALSE(f.nudges->recordShown(NudgeKind::CheckIn, {id}, at(T0 + 13 * Minute)));
    f.answer(other, "detect.facts", QStringLiteral("Other facts."), T0 + 14 * Minute);
    CHECK(lastChange() == T0 + 10 * Minute);
    CHECK(ms(f.entry(other).lastChange) == T0 + 14 * Minute);
}

TEST_CASE("Mute, snooze, Not now and shown round trip, also after a reopen", "[nudges]")
{
    NudgeFixture f;
    const ReflectionId a = f.add(QStringLiteral("Entry a"));
    const ReflectionId b = f.add(QStringLiteral("Entry b"));
    const ReflectionId c = f.add(QStringLiteral("Entry c"));
    VaultError error;
    CHECK_FALSE(f.nudges->muted(a, &error));
    CHECK_FALSE(error);

    REQUIRE_FALSE(f.nudges->setMuted(a, true));
    REQUIRE_FALSE(f.nudges->snooze({a, b}, at(T0 + Day)));
    REQUIRE_FALSE(f.nudges->dismiss({b}, at(T0 + 2 * Minute)));
    REQUIRE_FALSE(f.nudges->recordShown(NudgeKind::Analyse, {a}, at(T0 + 3 * Minute)));
    CHECK(stateRows(*f.db) == 2); // rows only where something was chosen or shown

    f.reopen();
    CHECK(f.nudges->muted(a, &error));
    CHECK_FALSE(f.nudges->muted(b, &error));
    NudgeEntry ea = f.entry(a), eb = f.entry(b), ec = f.entry(c);
    CHECK(ea.muted);
    CHECK(ms(ea.snoozedUntil) == T0 + Day);
    CHECK_FALSE(ea.dismissedAt.isValid());
    CHECK(ms(ea.lastNudgedAt) == T0 + 3 * Minute);
    CHECK_FALSE(eb.muted);
    CHECK(ms(eb.snoozedUntil) == T0 + Day);
    CHECK(ms(eb.dismissedAt) == T0 + 2 * Minute);
    CHECK_FALSE(eb.lastNudgedAt.isValid());
    CHECK_FALSE(ec.muted);
    CHECK_FALSE(ec.snoozedUntil.isValid());

    // Each choice changes only its own column; an invalid time clears a snooze or a Not now.
    REQUIRE_FALSE(f.nudges->setMuted(a, false));
    REQUIRE_FALSE(f.nudges->snooze({a}, {}));
    REQUIRE_FALSE(f.nudges->dismiss({b}, at(T0 + 4 * Minute)));
    REQUIRE_FALSE(f.nudges->recordShown(NudgeKind::Waiting, {a, b}, at(T0 + 5 * Minute)));
    ea = f.entry(a);
    eb = f.entry(b);
    CHECK_FALSE(ea.muted);
    CHECK_FALSE(ea.snoozedUntil.isValid());
    CHECK(ms(ea.lastNudgedAt) == T0 + 5 * Minute);
    CHECK(ms(eb.snoozedUntil) == T0 + Day);
    CHECK(ms(eb.dismissedAt) == T0 + 4 * Minute);
    CHECK(ms(eb.lastNudgedAt) == T0 + 5 * Minute);
    REQUIRE_FALSE(f.nudges->dismiss({b}, {}));
    CHECK_FALSE(f.entry(b).dismissedAt.isValid());

    // An entry deleted while its notification was up: the others still get the choice, the
    // shown nudge is still logged, and no row appears for the missing one.
    constexpr ReflectionId missing = 9999;
    CHECK_FALSE(f.nudges->snooze({c, missing}, at(T0 + 2 * Day)));
    CHECK(ms(f.entry(c).snoozedUntil) == T0 + 2 * Day);
    CHECK_FALSE(f.nudges->dismiss({missing}, at(T0)));
    CHECK_FALSE(f.nudges->recordShown(NudgeKind::Analyse, {missing}, at(T0 + 6 * Minute)));
    CHECK(queryInt(*f.db, "SELECT count(*) FROM nudge_states WHERE reflection_id = 9999;") == 0);
    CHECK(queryInt(*f.db, "SELECT count(*) FROM nudge_log;") == 3);
    // Muting one entry is asked for by that entry's page: a missing one is NotFound.
    CHECK(f.nudges->setMuted(missing, true).kind == K::NotFound);
    CHECK_FALSE(f.nudges->muted(missing, &error));
    CHECK(error.kind == K::NotFound);
}

TEST_CASE("History: nudges shown since a time, oldest first, and the last weekly review",
          "[nudges]")
{
    NudgeFixture f;
    VaultError error;
    NudgeHistory h = f.nudges->history(at(T0), &error);
    CHECK_FALSE(error);
    CHECK(h.shownAt.isEmpty());
    CHECK_FALSE(h.lastWeeklyReview.isValid());

    const ReflectionId a = f.add(QStringLiteral("a"));
    const ReflectionId b = f.add(QStringLiteral("b"));
    const qint64 weeklyOld = T0 - 14 * Day, weeklyNew = T0 - 7 * Day;
    const qint64 shown1 = T0 - Day, shown2 = T0 - 2 * Minute;
    // Logged out of order (a clock set back): listed by time.
    REQUIRE_FALSE(f.nudges->recordShown(NudgeKind::Waiting, {a, b}, at(shown2)));
    REQUIRE_FALSE(f.nudges->recordShown(NudgeKind::WeeklyReview, {a, b}, at(weeklyNew)));
    REQUIRE_FALSE(f.nudges->recordShown(NudgeKind::WeeklyReview, {a}, at(weeklyOld)));
    REQUIRE_FALSE(f.nudges->recordShown(NudgeKind::Analyse, {a}, at(shown1)));

    h = f.nudges->history(at(T0 - 2 * Day), &error);
    CHECK_FALSE(error);
    REQUIRE(h.shownAt.size() == 2);
    CHECK(ms(h.shownAt[0]) == shown1);
    CHECK(ms(h.shownAt[1]) == shown2);
    CHECK(h.shownAt[0].timeSpec() == Qt::UTC);
    CHECK(ms(h.lastWeeklyReview) == weeklyNew); // however long ago

    h = f.nudges->history(at(shown1), &error); // since is inclusive
    CHECK(h.shownAt.size() == 2);
    h = f.nudges->history(at(T0), &error);
    CHECK(h.shownAt.isEmpty());
    CHECK(ms(h.lastWeeklyReview) == weeklyNew);
    h = f.nudges->history({}, &error); // everything
    REQUIRE(h.shownAt.size() == 4);
    CHECK(ms(h.shownAt.front()) == weeklyOld);
    CHECK(ms(h.shownAt.back()) == shown2);

    // How many entries each stood for.
    CHECK(queryText(*f.db, "SELECT group_concat(entry_count, ',') FROM (SELECT entry_count FROM "
                           "nudge_log ORDER BY shown_utc);") == QStringLiteral("1,2,1,2"));
}

TEST_CASE("The nudge log holds kinds, times and counts: no entry, no text", "[nudges][privacy]")
{
    NudgeFixture f;
    const QString marker = QStringLiteral("MARKER-7f3a-the-secret-meeting");
    // A recognisable id, so finding it anywhere in the log would show.
    const ReflectionId id = 424242;
    REQUIRE_FALSE(f.reflections->restore({id, marker, momentAt(T0), momentAt(T0)}));
    f.answer(id, "detect.facts", marker, T0 + Minute);
    REQUIRE_FALSE(f.nudges->recordShown(NudgeKind::Analyse, {id}, at(T0 + 2 * Minute)));
    REQUIRE_FALSE(f.nudges->recordShown(NudgeKind::WeeklyReview, {id}, at(T0 + 3 * Minute)));

    // The columns are exactly these.
    QStringList columns;
    {
        Statement q(*f.db, "SELECT name FROM pragma_table_info('nudge_log') ORDER BY cid;");
        while (q.next())
            columns.append(q.text(0));
    }
    CHECK(columns == QStringList{QStringLiteral("id"), QStringLiteral("kind"),
                                 QStringLiteral("shown_utc"), QStringLiteral("entry_count")});
    // Every value is an integer, none is the entry's id (nor its text).
    Statement q(*f.db, "SELECT id, kind, shown_utc, entry_count, typeof(id), typeof(kind), "
                       "typeof(shown_utc), typeof(entry_count) FROM nudge_log ORDER BY id;");
    int rows = 0;
    while (q.next()) {
        ++rows;
        for (int column = 0; column < 4; ++column) {
            CAPTURE(rows, column);
            CHECK(q.text(column + 4) == QStringLiteral("integer"));
            CHECK(q.int64(column) != id);
            CHECK_FALSE(q.text(column).contains(marker));
        }
    }
    CHECK(rows == 2);
    CHECK(queryInt(*f.db, "SELECT count(*) FROM nudge_log WHERE kind = 1 AND shown_utc = "
                          "1700000120000 AND entry_count = 1;") == 1);
    // The per-entry choices are times and flags only.
    CHECK(queryInt(*f.db, "SELECT count(*) FROM nudge_states, json_each(json_array(muted, "
                          "dismissed_utc, snoozed_until_utc, last_nudged_utc)) "
                          "WHERE json_each.type NOT IN ('integer', 'null');") == 0);
}

TEST_CASE("Deleting a reflection takes its nudge choices with it; Undo puts them back", "[nudges]")
{
    NudgeFixture f;
    const ReflectionId id = f.add(QStringLiteral("Lost the tender."));
    const ReflectionId kept = f.add(QStringLiteral("Kept entry."));
    const ReflectionId plain = f.add(QStringLiteral("Nothing chosen for this one."));
    f.move(id, TransitionKind::Advance, T0 + Minute);
    REQUIRE_FALSE(f.nudges->setMuted(id, true));
    REQUIRE_FALSE(f.nudges->dismiss({id}, at(T0 + 2 * Minute)));
    REQUIRE_FALSE(f.nudges->snooze({id, kept}, at(T0 + Day)));
    REQUIRE_FALSE(f.nudges->recordShown(NudgeKind::Analyse, {id}, at(T0 + 3 * Minute)));
    const NudgeEntry before = f.entry(id);

    // What EntryController keeps in memory for Undo: the reflection, its loop, its choices.
    VaultError error;
    const Reflection reflection = *f.reflections->get(id, &error);
    const LoopRecord loop = *f.loops->load(id, &error);
    const auto choices = f.nudges->choices(id, &error);
    REQUIRE_FALSE(error);
    REQUIRE(choices);
    CHECK(choices->muted);
    CHECK(ms(choices->dismissedAt) == T0 + 2 * Minute);
    CHECK(ms(choices->snoozedUntil) == T0 + Day);
    CHECK(ms(choices->lastNudgedAt) == T0 + 3 * Minute);
    CHECK_FALSE(f.nudges->choices(plain, &error)); // nothing chosen: nothing to keep
    CHECK_FALSE(error);

    REQUIRE_FALSE(f.reflections->remove(id));
    CHECK(queryInt(*f.db, "SELECT count(*) FROM nudge_states;") == 1); // kept's row only
    CHECK(f.ids() == QList<ReflectionId>{kept, plain});
    CHECK(f.absentAlone(id));
    CHECK_FALSE(f.nudges->choices(id, &error));
    CHECK(ms(f.entry(kept).snoozedUntil) == T0 + Day);

    // Undo as EntryController does it: one transaction.
    REQUIRE_FALSE(inTransaction(*f.db, [&]() -> VaultError {
        if (VaultError e = f.reflections->restore(reflection))
            return e;
        if (VaultError e = f.loops->restore(loop))
            return e;
        return f.nudges->restoreChoices(id, *choices);
    }));
    const NudgeEntry after = f.entry(id);
    CHECK(after.stage == Stage::Analyse);
    CHECK(ms(after.stageSince) == ms(before.stageSince));
    CHECK(ms(after.lastChange) == ms(before.lastChange));
    CHECK(after.muted);
    CHECK(ms(after.dismissedAt) == T0 + 2 * Minute);
    CHECK(ms(after.snoozedUntil) == T0 + Day);
    CHECK(ms(after.lastNudgedAt) == T0 + 3 * Minute);
    VaultError e;
    CHECK(f.nudges->muted(id, &e));

    // Choices cannot be put back for an entry that does not exist (nothing is written).
    CHECK(f.nudges->restoreChoices(9999, *choices));
    CHECK(queryInt(*f.db, "SELECT count(*) FROM nudge_states WHERE reflection_id = 9999;") == 0);
}

TEST_CASE("Reading every open entry leaves the connection's reading cache as it was",
          "[nudges][memory]")
{
    NudgeFixture f;
    for (int i = 0; i < 40; ++i)
        f.add(QStringLiteral("Entry %1").arg(i));
    REQUIRE_FALSE(f.db->setCacheSize(Database::ReadingCacheKiB));
    REQUIRE(f.db->cacheSizeKiB() == Database::ReadingCacheKiB);

    // The full read runs with a small cache (so it does not fill the one history reads
    // through) and gives it back afterwards, whatever it was.
    CHECK(f.entries().size() == 40);
    CHECK(f.db->cacheSizeKiB() == Database::ReadingCacheKiB);
    REQUIRE_FALSE(f.db->setCacheSize(3000));
    CHECK(f.entries().size() == 40);
    CHECK(f.db->cacheSizeKiB() == 3000);
}
