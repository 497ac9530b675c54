// NudgePlanner: the rules of LOOP.md "Nudges" as exact UTC instants (each exit's time, quiet
// hours, weekends, the daily cap, catch-up, the weekly review, DST gaps and overlaps in three
// zones, travel, a clock set backwards, the person's choices per entry), and a property test of
// the invariants over many random inputs.

#include "NudgeTestSupport.h"
#include "TestStrings.h"

#include "core/NudgePlanner.h"

#include <QSet>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace debrief;
using debrief::test::utc;
using debrief::test::zone;

namespace {

const QTimeZone London = zone("Europe/London");

// An entry as the store gives it, built up step by step.
struct E
{
    NudgeEntry e;
    E(ReflectionId id, Stage stage, const QDateTime& since)
    {
        e.id = id;
        e.stage = stage;
        e.stageSince = since;
        e.lastChange = since;
    }
    E(ReflectionId id, Stage stage, const char* sinceUtc)
        : E(id, stage, utc(sinceUtc))
    {
    }
    E& experiment(const QDate& checkDate)
    {
        e.experimentPlanned = true;
        e.experimentOpen = true;
        e.experimentCheckDate = checkDate;
        return *this;
    }
    E& checked(const char* atUtc)
    {
        e.experimentPlanned = true;
        e.experimentOpen = false;
        e.experimentChecked = utc(atUtc);
        return *this;
    }
    E& nextRisk()
    {
        e.hasNextRisk = true;
        return *this;
    }
    E& muted()
    {
        e.muted = true;
        return *this;
    }
    E& nudged(const char* atUtc)
    {
        e.lastNudgedAt = utc(atUtc);
        return *this;
    }
    E& dismissed(const char* atUtc)
    {
        e.dismissedAt = utc(atUtc);
        return *this;
    }
    E& snoozed(const char* untilUtc)
    {
        e.snoozedUntil = utc(untilUtc);
        return *this;
    }
    E& changed(const char* atUtc)
    {
        e.lastChange = utc(atUtc);
        return *this;
    }
    operator NudgeEntry() const { return e; }
};

NudgePreferences withoutQuietHours()
{
    NudgePreferences p;
    p.quietStart = p.quietEnd = QTime(21, 0);
    return p;
}

NudgePlan plan(const QVector<NudgeEntry>& entries, const char* nowUtc,
               const NudgePreferences& preferences = {}, const NudgeHistory& history = {},
               const QTimeZone& z = London)
{
    return NudgePlanner::plan(entries, preferences, history, z, utc(nowUtc));
}

// "Kind 2026-03-02T13:00:00Z 1,2": one nudge, as the expectations below are written.
std::string line(const PlannedNudge& n)
{
    std::string ids;
    for (ReflectionId id : n.entries)
        ids += (ids.empty() ? "" : ",") + std::to_string(id);
    return std::string(test::nudgeKindName(n.kind)) + ' ' +
           n.at.toUTC().toString(Qt::ISODate).toStdString() + ' ' + ids;
}

std::vector<std::string> lines(const QVector<PlannedNudge>& nudges, bool weekly = false)
{
    std::vector<std::string> out;
    for (const PlannedNudge& n : nudges) {
        if (weekly || n.kind != NudgeKind::WeeklyReview)
            out.push_back(line(n));
    }
    return out;
}

QVector<PlannedNudge> ofKind(const NudgePlan& p, NudgeKind kind)
{
    QVector<PlannedNudge> out;
    for (const PlannedNudge& n : p.nudges) {
        if (n.kind == kind)
            out.append(n);
    }
    return out;
}

// A key as Nudge.h describes it: "<kind>:<ids>:<rule time in seconds>".
QString keyOf(NudgeKind kind, const char* ids, const char* ruleUtc)
{
    return QStringLiteral("%1:%2:%3")
        .arg(int(kind))
        .arg(QLatin1String(ids))
        .arg(utc(ruleUtc).toSecsSinceEpoch());
}

bool mentions(const NudgePlan& p, ReflectionId id, bool countWeekly)
{
    for (const PlannedNudge& n : p.nudges) {
        if ((countWeekly || n.kind != NudgeKind::WeeklyReview) && n.entries.contains(id))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Nudge kinds read back from storage", "[core][nudge]")
{
    CHECK_FALSE(nudgeKindFromStorage(0));
    CHECK(nudgeKindFromStorage(1) == NudgeKind::Analyse);
    CHECK(nudgeKindFromStorage(4) == NudgeKind::NextRisk);
    CHECK(nudgeKindFromStorage(6) == NudgeKind::Waiting);
    CHECK_FALSE(nudgeKindFromStorage(7));
}

TEST_CASE("Nudge keys read back without the plan", "[core][nudge]")
{
    const auto single = parseNudgeKey(QStringLiteral("1:42:1774771200"));
    REQUIRE(single);
    CHECK(single->kind == NudgeKind::Analyse);
    CHECK(single->entries == QVector<ReflectionId>{42});
    const auto waiting = parseNudgeKey(QStringLiteral("6:3,7,9:1774771200"));
    REQUIRE(waiting);
    CHECK(waiting->kind == NudgeKind::Waiting);
    CHECK(waiting->entries == QVector<ReflectionId>{3, 7, 9});
    CHECK(parseNudgeKey(QStringLiteral("5:12:-3600")));
    for (const char* bad :
         {"", "1:42", "1:42:x", "0:42:1", "7:42:1", "1:42,43:1", "6:9,3:1", "6:3,3:1", "6::1",
          "6:3,:1", "1:-4:1", "a:1:1", "1:42:1:2", "analyse:42:1774771200"}) {
        CAPTURE(bad);
        CHECK_FALSE(parseNudgeKey(QString::fromLatin1(bad)));
    }
}

// London in early March 2026 is on GMT (= UTC). 2026-03-02 is a Monday.
TEST_CASE("Each exit is nudged at its own base time", "[core][nudge][planner]")
{
    struct Row
    {
        const char* name;
        NudgeEntry entry;
        const char* now;
        NudgeKind kind;
        Stage page;
        const char* due;
        const char* rule = nullptr; // the time in the key, when not the due time
    };
    using K = NudgeKind;
    const Row row = GENERATE(values<Row>({
        {"Detect: +4 h in daytime", E(1, Stage::Detect, "2026-03-02T10:00"), "2026-03-02T10:01",
         K::Analyse, Stage::Analyse, "2026-03-02T14:00"},
        {"Analyse stage: the same rule", E(1, Stage::Analyse, "2026-03-02T10:00"),
         "2026-03-02T10:01", K::Analyse, Stage::Analyse, "2026-03-02T14:00"},
        {"+4 h just before quiet hours", E(1, Stage::Detect, "2026-03-02T16:59"),
         "2026-03-02T17:00", K::Analyse, Stage::Analyse, "2026-03-02T20:59"},
        {"+4 h reaches quiet hours: next morning", E(1, Stage::Detect, "2026-03-02T17:00"),
         "2026-03-02T17:01", K::Analyse, Stage::Analyse, "2026-03-03T09:00"},
        {"+4 h past midnight: next morning", E(1, Stage::Detect, "2026-03-02T22:30"),
         "2026-03-02T22:31", K::Analyse, Stage::Analyse, "2026-03-03T09:00"},
        {"captured at night: +4 h, then the end of quiet hours",
         E(1, Stage::Detect, "2026-03-02T01:00"), "2026-03-02T01:01", K::Analyse, Stage::Analyse,
         "2026-03-02T08:00", "2026-03-02T05:00"},
        {"Apply, no experiment: +1 day", E(1, Stage::Apply, "2026-03-02T10:00"), "2026-03-02T10:01",
         K::Experiment, Stage::Apply, "2026-03-03T10:00"},
        {"Apply +1 day in quiet hours: their end", E(1, Stage::Apply, "2026-03-02T22:00"),
         "2026-03-02T22:01", K::Experiment, Stage::Apply, "2026-03-04T08:00", "2026-03-03T22:00"},
        {"Apply, experiment without a check date",
         E(1, Stage::Apply, "2026-03-02T10:00").experiment(QDate()), "2026-03-02T10:01",
         K::Experiment, Stage::Apply, "2026-03-03T10:00"},
        {"Apply, open experiment: its check day",
         E(1, Stage::Apply, "2026-03-02T10:00").experiment(QDate(2026, 3, 5)), "2026-03-02T10:01",
         K::CheckIn, Stage::Continue, "2026-03-05T09:00"},
        {"Continue, open experiment: its check day",
         E(1, Stage::Continue, "2026-03-02T10:00").experiment(QDate(2026, 3, 6)),
         "2026-03-02T10:01", K::CheckIn, Stage::Continue, "2026-03-06T09:00"},
        {"Continue, checked after the move: +2 days from the check",
         E(1, Stage::Continue, "2026-03-02T10:00").checked("2026-03-02T11:00"), "2026-03-02T11:01",
         K::NextRisk, Stage::Continue, "2026-03-04T11:00"},
        {"Continue, checked before the move: +2 days from the move",
         E(1, Stage::Continue, "2026-03-02T10:00").checked("2026-02-27T15:00"), "2026-03-02T10:01",
         K::NextRisk, Stage::Continue, "2026-03-04T10:00"},
        {"Continue, no experiment: +2 days", E(1, Stage::Continue, "2026-03-02T10:00"),
         "2026-03-02T10:01", K::NextRisk, Stage::Continue, "2026-03-04T10:00"},
    }));
    CAPTURE(row.name);
    const NudgePlan p = plan({row.entry}, row.now);

    REQUIRE(p.due.size() == 1);
    CHECK(p.due[0].id == 1);
    CHECK(p.due[0].kind == row.kind);
    CHECK(int(p.due[0].page) == int(row.page));
    CHECK(p.due[0].dueAt == utc(row.due));
    CHECK_FALSE(p.due[0].muted);
    CHECK_FALSE(p.due[0].dismissed);

    // Its own nudge, and the weekly review on Sunday 2026-03-08 at 09:00 (it is waiting by then).
    REQUIRE(p.nudges.size() == 2);
    const PlannedNudge& n = p.nudges[0];
    CHECK(n.kind == row.kind);
    CHECK(n.at == utc(row.due));
    CHECK(n.entries == QVector<ReflectionId>{1});
    CHECK(int(n.page) == int(row.page));
    CHECK(n.key == keyOf(row.kind, "1", row.rule ? row.rule : row.due));
    CHECK(line(p.nudges[1]) == "WeeklyReview 2026-03-08T09:00:00Z 1");
}

TEST_CASE("Entries with no exit are neither due nor nudged", "[core][nudge][planner]")
{
    const NudgePlan p =
        plan({E(1, Stage::Continue, "2026-03-02T10:00").checked("2026-03-02T10:30").nextRisk(),
              E(2, Stage::Closed, "2026-03-02T10:00")},
             "2026-03-02T11:00");
    CHECK(p.due.isEmpty());
    CHECK(p.nudges.isEmpty());
    // A next risk written does not stop the check-in of an experiment still open.
    const NudgePlan open =
        plan({E(3, Stage::Continue, "2026-03-02T10:00").experiment(QDate(2026, 3, 4)).nextRisk()},
             "2026-03-02T11:00");
    CHECK(lines(open.nudges) == std::vector<std::string>{"CheckIn 2026-03-04T09:00:00Z 3"});
}

TEST_CASE("Still daytime: +4 h, otherwise the next morning", "[core][nudge][planner]")
{
    struct Row
    {
        QTime quietStart, quietEnd;
        const char* since;
        const char* due;
    };
    const Row row = GENERATE(values<Row>({
        // No quiet hours: the same local day is enough.
        {QTime(21, 0), QTime(21, 0), "2026-03-02T18:00", "2026-03-02T22:00"},
        {QTime(21, 0), QTime(21, 0), "2026-03-02T20:30", "2026-03-03T09:00"},
        // Quiet from 22:00: 22:00 is no longer daytime, 21:59 is.
        {QTime(22, 0), QTime(7, 0), "2026-03-02T18:00", "2026-03-03T09:00"},
        {QTime(22, 0), QTime(7, 0), "2026-03-02T17:59", "2026-03-02T21:59"},
        // Quiet hours after midnight only, already over that day.
        {QTime(0, 0), QTime(6, 0), "2026-03-02T19:00", "2026-03-02T23:00"},
    }));
    CAPTURE(row.since, row.quietStart.toString().toStdString());
    NudgePreferences prefs;
    prefs.quietStart = row.quietStart;
    prefs.quietEnd = row.quietEnd;
    const NudgePlan p = plan({E(1, Stage::Detect, row.since)}, row.since, prefs);
    REQUIRE(p.due.size() == 1);
    CHECK(p.due[0].dueAt == utc(row.due));
    CHECK(ofKind(p, NudgeKind::Analyse).value(0).at == utc(row.due));
}

TEST_CASE("Quiet hours move a nudge to their end, also across midnight", "[core][nudge][planner]")
{
    struct Row
    {
        QTime quietStart, quietEnd, review;
        const char* at;
    };
    const Row row = GENERATE(values<Row>({
        {QTime(21, 0), QTime(8, 0), QTime(23, 0), "2026-03-04T08:00"}, // evening: next morning
        {QTime(21, 0), QTime(8, 0), QTime(6, 0), "2026-03-03T08:00"},  // early: same morning
        {QTime(21, 0), QTime(8, 0), QTime(8, 0), "2026-03-03T08:00"},  // the end is not quiet
        {QTime(21, 0), QTime(8, 0), QTime(20, 59), "2026-03-03T20:59"},
        {QTime(21, 0), QTime(8, 0), QTime(21, 0), "2026-03-04T08:00"}, // the start is quiet
        {QTime(22, 0), QTime(6, 0), QTime(5, 59), "2026-03-03T06:00"},
        {QTime(13, 0), QTime(15, 0), QTime(14, 0), "2026-03-03T15:00"}, // not across midnight
        {QTime(21, 0), QTime(21, 0), QTime(23, 0), "2026-03-03T23:00"}, // start == end: none
        {QTime(0, 0), QTime(0, 0), QTime(3, 0), "2026-03-03T03:00"},
    }));
    CAPTURE(row.quietStart.toString().toStdString(), row.quietEnd.toString().toStdString(),
            row.review.toString().toStdString());
    NudgePreferences prefs;
    prefs.quietStart = row.quietStart;
    prefs.quietEnd = row.quietEnd;
    prefs.reviewTime = row.review;
    const NudgePlan p = plan({E(1, Stage::Apply, "2026-03-02T10:00").experiment(QDate(2026, 3, 3))},
                             "2026-03-02T12:00", prefs);
    CHECK(lines(p.nudges) ==
          std::vector<std::string>{"CheckIn " + utc(row.at).toString(Qt::ISODate).toStdString() +
                                   " 1"});
}

TEST_CASE("Weekends off move Saturday and Sunday to Monday", "[core][nudge][planner]")
{
    NudgePreferences on, off;
    off.weekends = false;
    const char* now = "2026-03-02T12:00";
    // A check-in on Saturday 2026-03-07.
    const QVector<NudgeEntry> saturday{
        E(1, Stage::Apply, "2026-03-02T10:00").experiment(QDate(2026, 3, 7))};
    CHECK(lines(plan(saturday, now, on).nudges) ==
          std::vector<std::string>{"CheckIn 2026-03-07T09:00:00Z 1"});
    CHECK(lines(plan(saturday, now, off).nudges) ==
          std::vector<std::string>{"CheckIn 2026-03-09T09:00:00Z 1"});
    // Friday 22:00 is quiet: its end is Saturday 08:00, then Monday at the review time.
    const QVector<NudgeEntry> friday{E(2, Stage::Apply, "2026-03-05T22:00")};
    CHECK(lines(plan(friday, "2026-03-05T22:01", on).nudges) ==
          std::vector<std::string>{"Experiment 2026-03-07T08:00:00Z 2"});
    CHECK(lines(plan(friday, "2026-03-05T22:01", off).nudges) ==
          std::vector<std::string>{"Experiment 2026-03-09T09:00:00Z 2"});
    // Monday at a review time inside quiet hours: then the end of quiet hours.
    off.reviewTime = QTime(7, 0);
    CHECK(lines(plan(saturday, now, off).nudges) ==
          std::vector<std::string>{"CheckIn 2026-03-09T08:00:00Z 1"});
    // The Sunday review itself moves to Monday; its key keeps the Sunday.
    off.reviewTime = QTime(9, 0);
    const NudgePlan p = plan(friday, "2026-03-05T22:01", off);
    const QVector<PlannedNudge> weekly = ofKind(p, NudgeKind::WeeklyReview);
    REQUIRE(weekly.size() == 1);
    CHECK(weekly[0].at == utc("2026-03-09T09:00"));
    CHECK(weekly[0].key == keyOf(NudgeKind::WeeklyReview, "2", "2026-03-08T09:00"));
    for (const PlannedNudge& n : p.nudges) {
        const int day = n.at.toTimeZone(London).date().dayOfWeek();
        CHECK(day < Qt::Saturday);
    }
}

TEST_CASE("At most maxPerDay a day: the rest coalesced into one", "[core][nudge][planner]")
{
    // Captured 09:00…12:00 on Monday: due 13:00, 14:00, 15:00, 16:00.
    const QVector<NudgeEntry> four{
        E(1, Stage::Detect, "2026-03-02T09:00"), E(2, Stage::Detect, "2026-03-02T10:00"),
        E(3, Stage::Detect, "2026-03-02T11:00"), E(4, Stage::Detect, "2026-03-02T12:00")};
    const char* now = "2026-03-02T12:01";
    NudgePreferences prefs;
    NudgeHistory history;
    using V = std::vector<std::string>;

    SECTION("two a day, none shown yet: the first, then one for the rest at the second's time")
    {
        const NudgePlan p = plan(four, now, prefs, history);
        CHECK(lines(p.nudges) ==
              V{"Analyse 2026-03-02T13:00:00Z 1", "Waiting 2026-03-02T14:00:00Z 2,3,4"});
        CHECK(p.nudges[0].key == keyOf(NudgeKind::Analyse, "1", "2026-03-02T13:00"));
        CHECK(p.nudges[1].key == keyOf(NudgeKind::Waiting, "2,3,4", "2026-03-02T14:00"));
        // The Due list still has each entry at its own time.
        REQUIRE(p.due.size() == 4);
        CHECK(p.due[3].dueAt == utc("2026-03-02T16:00"));
    }
    SECTION("one already shown today: everything in one")
    {
        history.shownAt = {utc("2026-03-02T08:30")};
        CHECK(lines(plan(four, now, prefs, history).nudges) ==
              V{"Waiting 2026-03-02T13:00:00Z 1,2,3,4"});
    }
    SECTION("shown yesterday does not count")
    {
        history.shownAt = {utc("2026-03-01T20:00"), utc("2026-03-01T20:30")};
        CHECK(lines(plan(four, now, prefs, history).nudges) ==
              V{"Analyse 2026-03-02T13:00:00Z 1", "Waiting 2026-03-02T14:00:00Z 2,3,4"});
    }
    SECTION("today already full: the next day at the review time")
    {
        history.shownAt = {utc("2026-03-02T08:30"), utc("2026-03-02T09:30")};
        CHECK(lines(plan(four, now, prefs, history).nudges) ==
              V{"Analyse 2026-03-03T09:00:00Z 1", "Waiting 2026-03-03T09:00:00Z 2,3,4"});
    }
    SECTION("three a day")
    {
        prefs.maxPerDay = 3;
        CHECK(lines(plan(four, now, prefs, history).nudges) ==
              V{"Analyse 2026-03-02T13:00:00Z 1", "Analyse 2026-03-02T14:00:00Z 2",
                "Waiting 2026-03-02T15:00:00Z 3,4"});
    }
    SECTION("one a day")
    {
        prefs.maxPerDay = 1;
        CHECK(lines(plan(four, now, prefs, history).nudges) ==
              V{"Waiting 2026-03-02T13:00:00Z 1,2,3,4"});
        // Full today: the next day holds one too.
        history.shownAt = {utc("2026-03-02T08:30")};
        CHECK(lines(plan(four, now, prefs, history).nudges) ==
              V{"Waiting 2026-03-03T09:00:00Z 1,2,3,4"});
    }
    SECTION("four a day: no coalescing")
    {
        prefs.maxPerDay = 4;
        CHECK(lines(plan(four, now, prefs, history).nudges).size() == 4);
    }
    SECTION("out-of-range caps are clamped to 1..10")
    {
        prefs.maxPerDay = 0;
        CHECK(lines(plan(four, now, prefs, history).nudges) ==
              V{"Waiting 2026-03-02T13:00:00Z 1,2,3,4"});
    }
}

TEST_CASE("Catch-up: nudges missed while closed become one, never a burst",
          "[core][nudge][planner]")
{
    // Five captured on Friday 2026-02-27, due 14:00…18:00; the app comes back on Monday.
    QVector<NudgeEntry> five;
    for (int i = 0; i < 5; ++i)
        five.append(E(i + 1, Stage::Detect, utc("2026-02-27T10:00").addSecs(i * 3600)));
    using V = std::vector<std::string>;

    SECTION("five overdue: exactly one Waiting nudge, now")
    {
        const NudgePlan p = plan(five, "2026-03-02T10:00");
        CHECK(lines(p.nudges) == V{"Waiting 2026-03-02T10:00:00Z 1,2,3,4,5"});
        // Its key is the earliest rule time: the same a minute later, when "now" has moved.
        CHECK(p.nudges[0].key == keyOf(NudgeKind::Waiting, "1,2,3,4,5", "2026-02-27T14:00"));
        CHECK(plan(five, "2026-03-02T10:01").nudges[0].key == p.nudges[0].key);
        // The Due list keeps each one's own time.
        REQUIRE(p.due.size() == 5);
        CHECK(p.due[0].dueAt == utc("2026-02-27T14:00"));
        CHECK(p.due[4].dueAt == utc("2026-02-27T18:00"));
    }
    SECTION("one overdue: that nudge, now, with its own key")
    {
        const NudgePlan p = plan({five[0]}, "2026-03-02T10:00");
        CHECK(lines(p.nudges) == V{"Analyse 2026-03-02T10:00:00Z 1"});
        CHECK(p.nudges[0].key == keyOf(NudgeKind::Analyse, "1", "2026-02-27T14:00"));
        CHECK(p.nudges[0].page == Stage::Analyse);
    }
    SECTION("back at night: at the end of quiet hours")
    {
        CHECK(lines(plan(five, "2026-03-02T23:00").nudges) ==
              V{"Waiting 2026-03-03T08:00:00Z 1,2,3,4,5"});
    }
    SECTION("back on a full day: the next day")
    {
        NudgeHistory history;
        history.shownAt = {utc("2026-03-02T08:00"), utc("2026-03-02T08:05")};
        CHECK(lines(plan(five, "2026-03-02T10:00", {}, history).nudges) ==
              V{"Waiting 2026-03-03T09:00:00Z 1,2,3,4,5"});
    }
    SECTION("what is not overdue yet keeps its own time")
    {
        five.append(E(6, Stage::Detect, "2026-03-02T10:00"));
        CHECK(lines(plan(five, "2026-03-02T10:00:30").nudges) ==
              V{"Waiting 2026-03-02T10:00:30Z 1,2,3,4,5", "Analyse 2026-03-02T14:00:00Z 6"});
    }
}

TEST_CASE("The weekly review: Sunday at the review time, when something is waiting",
          "[core][nudge][planner]")
{
    const char* monday = "2026-03-02T10:00";
    using V = std::vector<std::string>;

    SECTION("something waiting")
    {
        const NudgePlan p = plan({E(1, Stage::Detect, "2026-03-02T09:00")}, monday);
        const QVector<PlannedNudge> weekly = ofKind(p, NudgeKind::WeeklyReview);
        REQUIRE(weekly.size() == 1);
        CHECK(line(weekly[0]) == "WeeklyReview 2026-03-08T09:00:00Z 1");
        CHECK(weekly[0].key == keyOf(NudgeKind::WeeklyReview, "1", "2026-03-08T09:00"));
    }
    SECTION("only muted entries: nothing")
    {
        CHECK(plan({E(1, Stage::Detect, "2026-03-02T09:00").muted()}, monday).nudges.isEmpty());
    }
    SECTION("only dismissed entries: nothing")
    {
        CHECK(plan({E(1, Stage::Detect, "2026-03-02T09:00").dismissed("2026-03-02T09:30")}, monday)
                  .nudges.isEmpty());
    }
    SECTION("muted ones are left out of it")
    {
        const NudgePlan p = plan({E(1, Stage::Detect, "2026-03-02T09:00").muted(),
                                  E(2, Stage::Detect, "2026-03-02T09:00")},
                                 monday);
        CHECK(lines(ofKind(p, NudgeKind::WeeklyReview), true) ==
              V{"WeeklyReview 2026-03-08T09:00:00Z 2"});
    }
    SECTION("an experiment checked only after Sunday is not waiting yet")
    {
        CHECK(ofKind(plan({E(1, Stage::Apply, "2026-03-02T09:00").experiment(QDate(2026, 3, 12))},
                          monday),
                     NudgeKind::WeeklyReview)
                  .isEmpty());
    }
    SECTION("an entry already nudged is not nudged again, but counts for the review")
    {
        const NudgePlan p =
            plan({E(1, Stage::Detect, "2026-02-26T09:00").nudged("2026-02-26T13:00")}, monday);
        CHECK(lines(p.nudges, true) == V{"WeeklyReview 2026-03-08T09:00:00Z 1"});
    }
    SECTION("not twice for the same Sunday")
    {
        NudgeHistory history;
        const QVector<NudgeEntry> one{E(1, Stage::Detect, "2026-03-05T09:00")};
        history.lastWeeklyReview = utc("2026-03-08T09:00:02");
        CHECK(lines(ofKind(plan(one, "2026-03-08T09:00:10", {}, history), NudgeKind::WeeklyReview),
                    true) == V{"WeeklyReview 2026-03-15T09:00:00Z 1"});
        // Shown early that Sunday (or the clock went back): still not again that day.
        history.lastWeeklyReview = utc("2026-03-08T06:00");
        CHECK(lines(ofKind(plan(one, "2026-03-08T07:00", {}, history), NudgeKind::WeeklyReview),
                    true) == V{"WeeklyReview 2026-03-15T09:00:00Z 1"});
        // Last week's does not stop this week's.
        history.lastWeeklyReview = utc("2026-03-01T09:00");
        CHECK(lines(ofKind(plan(one, "2026-03-08T07:00", {}, history), NudgeKind::WeeklyReview),
                    true) == V{"WeeklyReview 2026-03-08T09:00:00Z 1"});
    }
    SECTION("another review day")
    {
        NudgePreferences prefs;
        prefs.weeklyReviewDay = Qt::Wednesday;
        prefs.reviewTime = QTime(18, 30);
        CHECK(lines(ofKind(plan({E(1, Stage::Detect, "2026-03-02T09:00")}, monday, prefs),
                           NudgeKind::WeeklyReview),
                    true) == V{"WeeklyReview 2026-03-04T18:30:00Z 1"});
    }
    SECTION("it takes one of the day's places; it is never coalesced")
    {
        // 3 is waiting (already nudged); 1 and 2 are due on Sunday at 13:00 and 14:00.
        const QVector<NudgeEntry> entries{
            E(1, Stage::Apply, "2026-03-07T13:00"), E(2, Stage::Apply, "2026-03-07T14:00"),
            E(3, Stage::Detect, "2026-03-05T09:00").nudged("2026-03-05T13:00")};
        NudgePreferences prefs;
        CHECK(lines(plan(entries, "2026-03-08T08:00", prefs).nudges, true) ==
              V{"WeeklyReview 2026-03-08T09:00:00Z 3", "Waiting 2026-03-08T13:00:00Z 1,2"});
        prefs.maxPerDay = 1;
        CHECK(lines(plan(entries, "2026-03-08T08:00", prefs).nudges, true) ==
              V{"WeeklyReview 2026-03-08T09:00:00Z 3", "Waiting 2026-03-09T09:00:00Z 1,2"});
    }
}

TEST_CASE("DST: gaps move forward, overlaps take the first, +days keep the wall time",
          "[core][nudge][planner][dst]")
{
    struct Row
    {
        const char* name;
        const char* zone;
        NudgeEntry entry;
        QTime review;
        const char* now;
        const char* at;
        QTime wall;     // the local time the nudge shows
        bool weeklyToo; // the Sunday review falls on the same instant
    };
    const Row row = GENERATE(values<Row>({
        {"London gap: 01:30 -> 02:30 BST", "Europe/London",
         E(1, Stage::Apply, "2026-03-20T10:00").experiment(QDate(2026, 3, 29)), QTime(1, 30),
         "2026-03-28T12:00", "2026-03-29T01:30", QTime(2, 30), true},
        {"London overlap: the first 01:30 (BST)", "Europe/London",
         E(1, Stage::Apply, "2026-10-20T10:00").experiment(QDate(2026, 10, 25)), QTime(1, 30),
         "2026-10-24T12:00", "2026-10-25T00:30", QTime(1, 30), true},
        {"London +1 day across spring-forward", "Europe/London",
         E(1, Stage::Apply, "2026-03-28T10:00"), QTime(9, 0), "2026-03-28T10:01",
         "2026-03-29T09:00", QTime(10, 0), false},
        {"London +1 day across fall-back", "Europe/London", E(1, Stage::Apply, "2026-10-24T09:00"),
         QTime(9, 0), "2026-10-24T09:01", "2026-10-25T10:00", QTime(10, 0), false},
        {"London +4 h is four real hours across the gap", "Europe/London",
         E(1, Stage::Detect, "2026-03-29T00:30"), QTime(9, 0), "2026-03-29T00:31",
         "2026-03-29T04:30", QTime(5, 30), false},
        {"New York gap: 02:30 -> 03:30 EDT", "America/New_York",
         E(1, Stage::Apply, "2026-03-02T15:00").experiment(QDate(2026, 3, 8)), QTime(2, 30),
         "2026-03-07T12:00", "2026-03-08T07:30", QTime(3, 30), true},
        {"New York overlap: the first 01:30 (EDT)", "America/New_York",
         E(1, Stage::Apply, "2026-10-26T15:00").experiment(QDate(2026, 11, 1)), QTime(1, 30),
         "2026-10-31T12:00", "2026-11-01T05:30", QTime(1, 30), true},
        {"New York +1 day across spring-forward", "America/New_York",
         E(1, Stage::Apply, "2026-03-07T15:00"), QTime(9, 0), "2026-03-07T15:01",
         "2026-03-08T14:00", QTime(10, 0), false},
        {"New York +2 days across fall-back", "America/New_York",
         E(1, Stage::Continue, "2026-10-31T14:00"), QTime(9, 0), "2026-10-31T14:01",
         "2026-11-02T15:00", QTime(10, 0), false},
        {"Lord Howe 30-min gap: 02:15 -> 02:45", "Australia/Lord_Howe",
         E(1, Stage::Apply, "2026-09-28T00:00").experiment(QDate(2026, 10, 4)), QTime(2, 15),
         "2026-10-02T12:00", "2026-10-03T15:45", QTime(2, 45), true},
        {"Lord Howe 30-min overlap: the first 01:45", "Australia/Lord_Howe",
         E(1, Stage::Apply, "2026-03-30T00:00").experiment(QDate(2026, 4, 5)), QTime(1, 45),
         "2026-04-03T12:00", "2026-04-04T14:45", QTime(1, 45), true},
        {"Lord Howe +1 day across spring-forward", "Australia/Lord_Howe",
         E(1, Stage::Apply, "2026-10-02T23:30"), QTime(9, 0), "2026-10-02T23:31",
         "2026-10-03T23:00", QTime(10, 0), false},
        {"Lord Howe +1 day across fall-back", "Australia/Lord_Howe",
         E(1, Stage::Apply, "2026-04-03T23:00"), QTime(9, 0), "2026-04-03T23:01",
         "2026-04-04T23:30", QTime(10, 0), false},
    }));
    CAPTURE(row.name);
    const QTimeZone z = zone(row.zone);
    NudgePreferences prefs = withoutQuietHours();
    prefs.reviewTime = row.review;
    const NudgePlan p = plan({row.entry}, row.now, prefs, {}, z);
    const std::vector<std::string> own = lines(p.nudges);
    REQUIRE(own.size() == 1);
    const PlannedNudge& n = p.nudges[p.nudges[0].kind == NudgeKind::WeeklyReview ? 1 : 0];
    CHECK(n.at == utc(row.at));
    CHECK(n.at.toTimeZone(z).time() == row.wall);
    CHECK(p.due.value(0).dueAt == utc(row.at));
    if (row.weeklyToo) {
        const QVector<PlannedNudge> weekly = ofKind(p, NudgeKind::WeeklyReview);
        REQUIRE(weekly.size() == 1);
        CHECK(weekly[0].at == utc(row.at));
    }
}

TEST_CASE("DST: quiet hours ending inside the gap end after it", "[core][nudge][planner][dst]")
{
    // Quiet 23:00–01:30; a check-in on Saturday 2026-03-28 at 23:30 waits for 01:30 on Sunday,
    // which does not exist in London: 02:30 BST.
    NudgePreferences prefs;
    prefs.quietStart = QTime(23, 0);
    prefs.quietEnd = QTime(1, 30);
    prefs.reviewTime = QTime(23, 30);
    const NudgePlan p =
        plan({E(1, Stage::Apply, "2026-03-20T10:00").experiment(QDate(2026, 3, 28))},
             "2026-03-28T12:00", prefs);
    CHECK(lines(p.nudges) == std::vector<std::string>{"CheckIn 2026-03-29T01:30:00Z 1"});
}

TEST_CASE("Travel: a 09:00 nudge stays 09:00 local in the new zone", "[core][nudge][planner]")
{
    // The same entries planned in three zones: the check-in and the weekly review are at 09:00
    // where the person is now.
    const QVector<NudgeEntry> entries{
        E(1, Stage::Apply, "2026-06-08T08:00").experiment(QDate(2026, 6, 10))};
    struct Row
    {
        const char* zone;
        const char* checkIn;
        const char* weekly;
    };
    const Row row = GENERATE(values<Row>({
        {"Europe/London", "2026-06-10T08:00", "2026-06-14T08:00"},
        {"America/New_York", "2026-06-10T13:00", "2026-06-14T13:00"},
        {"Australia/Lord_Howe", "2026-06-09T22:30", "2026-06-13T22:30"},
    }));
    CAPTURE(row.zone);
    const QTimeZone z = zone(row.zone);
    const NudgePlan p = NudgePlanner::plan(entries, {}, {}, z, utc("2026-06-09T08:01"));
    REQUIRE(p.nudges.size() == 2);
    CHECK(p.nudges[0].kind == NudgeKind::CheckIn);
    CHECK(p.nudges[0].at == utc(row.checkIn));
    CHECK(p.nudges[0].at.toTimeZone(z).time() == QTime(9, 0));
    CHECK(p.nudges[0].at.toTimeZone(z).date() == QDate(2026, 6, 10));
    CHECK(p.nudges[1].kind == NudgeKind::WeeklyReview);
    CHECK(p.nudges[1].at == utc(row.weekly));
    CHECK(p.nudges[1].at.toTimeZone(z).time() == QTime(9, 0));
    CHECK(p.nudges[1].at.toTimeZone(z).date().dayOfWeek() == Qt::Sunday);
}

TEST_CASE("The clock set backwards shows nothing twice and nothing in the past",
          "[core][nudge][planner]")
{
    // 1 was shown at 14:00; 3 was shown at 13:30 and snoozed to 15:00; 2 is due on Tuesday.
    const QVector<NudgeEntry> entries{
        E(1, Stage::Detect, "2026-03-02T10:00").nudged("2026-03-02T14:00"),
        E(2, Stage::Apply, "2026-03-02T09:00"),
        E(3, Stage::Detect, "2026-03-02T09:30")
            .nudged("2026-03-02T13:30")
            .snoozed("2026-03-02T15:00")};
    NudgeHistory history;
    history.shownAt = {utc("2026-03-02T13:30"), utc("2026-03-02T14:00")};
    history.lastWeeklyReview = utc("2026-03-01T09:00");
    const char* now = GENERATE("2026-03-02T11:00", "2026-03-01T20:00");
    CAPTURE(now);
    const NudgePlan p = plan(entries, now, {}, history);
    for (const PlannedNudge& n : p.nudges)
        CHECK(n.at >= utc(now));
    CHECK_FALSE(mentions(p, 1, false));
    // Monday already had two: the snoozed one and Tuesday's go to Tuesday 09:00.
    CHECK(lines(p.nudges, true) ==
          std::vector<std::string>{"Analyse 2026-03-03T09:00:00Z 3",
                                   "Experiment 2026-03-03T09:00:00Z 2",
                                   "WeeklyReview 2026-03-08T09:00:00Z 1,2,3"});
    CHECK(p.nudges[0].key == keyOf(NudgeKind::Analyse, "3", "2026-03-02T15:00"));

    // A review shown "tomorrow" by the old clock is not shown again that day.
    history.lastWeeklyReview = utc("2026-03-08T09:00");
    const NudgePlan back = plan(entries, "2026-03-07T12:00", {}, history);
    CHECK(ofKind(back, NudgeKind::WeeklyReview).value(0).at == utc("2026-03-15T09:00"));
}

TEST_CASE("The person's choices: mute, Not now, snooze; entries moved on or deleted",
          "[core][nudge][planner]")
{
    using V = std::vector<std::string>;
    SECTION("muted: in the Due list, never nudged")
    {
        const NudgePlan p =
            plan({E(1, Stage::Detect, "2026-03-02T10:00").muted()}, "2026-03-02T10:01");
        REQUIRE(p.due.size() == 1);
        CHECK(p.due[0].muted);
        CHECK(p.due[0].dueAt == utc("2026-03-02T14:00"));
        CHECK(p.nudges.isEmpty());
    }
    SECTION("Not now, unchanged since: in the Due list, not nudged")
    {
        const NudgePlan p = plan({E(1, Stage::Detect, "2026-03-02T10:00")
                                      .nudged("2026-03-02T14:00")
                                      .dismissed("2026-03-02T14:05")},
                                 "2026-03-02T14:06");
        REQUIRE(p.due.size() == 1);
        CHECK(p.due[0].dismissed);
        CHECK_FALSE(p.due[0].muted);
        CHECK(p.nudges.isEmpty());
    }
    SECTION("Not now, then changed: nudged again one exit delay after the change")
    {
        const NudgePlan p = plan({E(1, Stage::Detect, "2026-03-02T10:00")
                                      .nudged("2026-03-02T14:00")
                                      .dismissed("2026-03-02T14:05")
                                      .changed("2026-03-02T16:00")},
                                 "2026-03-02T16:01");
        CHECK_FALSE(p.due.value(0).dismissed);
        CHECK(lines(p.nudges) == V{"Analyse 2026-03-02T20:00:00Z 1"});
        CHECK(p.nudges[0].key == keyOf(NudgeKind::Analyse, "1", "2026-03-02T20:00"));
    }
    SECTION("shown, then edited: not at once, one exit delay later")
    {
        CHECK(lines(plan({E(1, Stage::Apply, "2026-03-01T10:00")
                              .nudged("2026-03-02T10:00")
                              .changed("2026-03-02T11:00")},
                         "2026-03-02T11:01")
                        .nudges) == V{"Experiment 2026-03-03T11:00:00Z 1"});
    }
    SECTION("snoozed after it was shown: at the snooze time")
    {
        const NudgePlan p = plan({E(1, Stage::Detect, "2026-03-02T10:00")
                                      .nudged("2026-03-02T14:00")
                                      .snoozed("2026-03-02T15:00")},
                                 "2026-03-02T14:01");
        CHECK(lines(p.nudges) == V{"Analyse 2026-03-02T15:00:00Z 1"});
        CHECK(p.nudges[0].key == keyOf(NudgeKind::Analyse, "1", "2026-03-02T15:00"));
        CHECK(p.due.value(0).dueAt == utc("2026-03-02T15:00"));
    }
    SECTION("snoozed before it was due: not before the snooze")
    {
        CHECK(lines(plan({E(1, Stage::Detect, "2026-03-02T10:00").snoozed("2026-03-03T09:00")},
                         "2026-03-02T10:01")
                        .nudges) == V{"Analyse 2026-03-03T09:00:00Z 1"});
    }
    SECTION("a snooze into quiet hours: their end")
    {
        CHECK(lines(plan({E(1, Stage::Detect, "2026-03-02T10:00")
                              .nudged("2026-03-02T14:00")
                              .snoozed("2026-03-02T21:30")},
                         "2026-03-02T20:31")
                        .nudges) == V{"Analyse 2026-03-03T08:00:00Z 1"});
    }
    SECTION("a snooze already served: not again")
    {
        CHECK(lines(plan({E(1, Stage::Detect, "2026-03-02T10:00")
                              .nudged("2026-03-02T15:00:02")
                              .snoozed("2026-03-02T15:00")},
                         "2026-03-02T15:01")
                        .nudges)
                  .empty());
    }
    SECTION("muted beats a snooze, and so does Not now")
    {
        CHECK(plan({E(1, Stage::Detect, "2026-03-02T10:00").snoozed("2026-03-02T15:00").muted(),
                    E(2, Stage::Detect, "2026-03-02T10:00")
                        .snoozed("2026-03-02T15:00")
                        .dismissed("2026-03-02T11:00")},
                   "2026-03-02T11:01")
                  .nudges.isEmpty());
    }
    SECTION("moved on: the new stage's nudge, with a different key")
    {
        const NudgePlan before =
            plan({E(1, Stage::Detect, "2026-03-02T10:00")}, "2026-03-02T10:01");
        const NudgePlan after = plan(
            {E(1, Stage::Apply, "2026-03-02T13:00").nudged("2026-03-02T12:00")}, // an earlier nudge
            "2026-03-02T13:01");
        REQUIRE(lines(before.nudges) == V{"Analyse 2026-03-02T14:00:00Z 1"});
        REQUIRE(lines(after.nudges) == V{"Experiment 2026-03-03T13:00:00Z 1"});
        CHECK(before.nudges[0].key != after.nudges[0].key);
        CHECK(after.nudges[0].key == keyOf(NudgeKind::Experiment, "1", "2026-03-03T13:00"));
        CHECK(after.nudges[0].page == Stage::Apply);
    }
    SECTION("deleted: absent from the input, absent from the plan")
    {
        const QVector<NudgeEntry> both{E(1, Stage::Detect, "2026-03-02T10:00"),
                                       E(2, Stage::Detect, "2026-03-02T11:00")};
        REQUIRE(mentions(plan(both, "2026-03-02T11:01"), 1, true));
        const NudgePlan p = plan({both[1]}, "2026-03-02T11:01");
        CHECK_FALSE(mentions(p, 1, true));
        CHECK(p.due.size() == 1);
        CHECK(p.due[0].id == 2);
        CHECK(lines(p.nudges, true) ==
              V{"Analyse 2026-03-02T15:00:00Z 2", "WeeklyReview 2026-03-08T09:00:00Z 2"});
    }
}

TEST_CASE("Nudges off: no nudges, the Due list still filled", "[core][nudge][planner]")
{
    NudgePreferences prefs;
    prefs.enabled = false;
    const NudgePlan p =
        plan({E(1, Stage::Detect, "2026-02-27T10:00"), E(2, Stage::Apply, "2026-03-02T10:00"),
              E(3, Stage::Detect, "2026-03-02T10:00").muted()},
             "2026-03-02T10:01", prefs);
    CHECK(p.nudges.isEmpty());
    REQUIRE(p.due.size() == 3);
    CHECK(p.due[0].id == 1);
    CHECK(p.due[0].dueAt == utc("2026-02-27T14:00"));
    CHECK(p.due[1].id == 3);
    CHECK(p.due[1].muted);
    CHECK(p.due[2].id == 2);
    CHECK(p.due[2].dueAt == utc("2026-03-03T10:00"));
}

TEST_CASE("Keys and times do not depend on now before the nudges are due", "[core][nudge][planner]")
{
    const QVector<NudgeEntry> entries{
        E(1, Stage::Detect, "2026-03-02T09:00"), E(2, Stage::Detect, "2026-03-02T10:00"),
        E(3, Stage::Detect, "2026-03-02T11:00"),
        E(4, Stage::Apply, "2026-03-01T10:00").experiment(QDate(2026, 3, 4)),
        E(5, Stage::Continue, "2026-03-02T08:00")};
    const NudgePlan a = plan(entries, "2026-03-02T11:01");
    const NudgePlan b = plan(entries, "2026-03-02T12:59");
    REQUIRE(a.nudges.size() == 5); // 1, Waiting(2,3), 4, 5, the weekly review
    REQUIRE(a.nudges.size() == b.nudges.size());
    for (int i = 0; i < a.nudges.size(); ++i) {
        CHECK(a.nudges[i].key == b.nudges[i].key);
        CHECK(a.nudges[i].at == b.nudges[i].at);
        CHECK(a.nudges[i].entries == b.nudges[i].entries);
    }
    QSet<QString> keys;
    for (const PlannedNudge& n : a.nudges)
        keys.insert(n.key);
    CHECK(keys.size() == a.nudges.size());
    // A different set coalesced gives a different key.
    const NudgePlan c = plan({entries[0], entries[1]}, "2026-03-02T11:01");
    CHECK(ofKind(c, NudgeKind::Waiting).isEmpty());
    const NudgePlan d =
        plan({entries[0], entries[1], entries[2], E(6, Stage::Detect, "2026-03-02T11:30")},
             "2026-03-02T11:01");
    CHECK(lines(ofKind(d, NudgeKind::Waiting)) ==
          std::vector<std::string>{"Waiting 2026-03-02T14:00:00Z 2,3,6"});
    CHECK(ofKind(d, NudgeKind::Waiting).value(0).key != ofKind(a, NudgeKind::Waiting).value(0).key);
}

TEST_CASE("Snooze choices", "[core][nudge][planner]")
{
    NudgePreferences prefs;
    const QDateTime afternoon = utc("2026-03-02T14:00");
    CHECK(snoozeUntil(SnoozeChoice::Hour, prefs, London, afternoon) == utc("2026-03-02T15:00"));
    CHECK(snoozeUntil(SnoozeChoice::Evening, prefs, London, afternoon) == utc("2026-03-02T19:00"));
    CHECK(snoozeUntil(SnoozeChoice::Evening, prefs, London, utc("2026-03-02T18:30")) ==
          utc("2026-03-02T19:30"));
    CHECK(snoozeUntil(SnoozeChoice::Tomorrow, prefs, London, afternoon) == utc("2026-03-03T09:00"));
    // In local time: New York evening is 19:00 EST; tomorrow across the spring-forward night is
    // 09:00 EDT.
    const QTimeZone ny = zone("America/New_York");
    CHECK(snoozeUntil(SnoozeChoice::Evening, prefs, ny, afternoon) == utc("2026-03-03T00:00"));
    CHECK(snoozeUntil(SnoozeChoice::Tomorrow, prefs, ny, utc("2026-03-07T20:00")) ==
          utc("2026-03-08T13:00"));
}

// Random inputs (fixed seed) in several zones around DST changes; the plan must keep every
// invariant of the rules whatever the mix.
TEST_CASE("Planner invariants hold for random inputs (property)", "[core][nudge][planner]")
{
    std::mt19937 rng(5052026);
    auto pick = [&rng](int n) {
        return int(rng() % unsigned(n));
    };
    auto chance = [&rng](int percent) {
        return int(rng() % 100u) < percent;
    };
    const char* zoneIds[] = {"Europe/London", "America/New_York", "Australia/Lord_Howe",
                             "Asia/Kolkata", "UTC"};
    // "now" near the DST changes of 2026 (and elsewhere), to the minute.
    const char* anchors[] = {"2026-03-08T06:00", "2026-03-29T00:00", "2026-04-04T14:00",
                             "2026-10-03T15:00", "2026-10-25T00:00", "2026-11-01T05:00",
                             "2026-06-15T12:00", "2026-12-31T23:00"};
    const qint64 Hour = 3600000;
    int nudgesSeen = 0, waitingSeen = 0, weeklySeen = 0, capHits = 0;

    for (int round = 0; round < 1500; ++round) {
        CAPTURE(round);
        const QTimeZone z = zone(zoneIds[pick(5)]);
        const qint64 now =
            utc(anchors[pick(8)]).toMSecsSinceEpoch() + (qint64(pick(96 * 60)) - 48 * 60) * 60000;
        const QDateTime nowUtc = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        auto around = [&](qint64 fromHours, qint64 toHours) {
            return QDateTime::fromMSecsSinceEpoch(
                now + fromHours * Hour + qint64(pick(int((toHours - fromHours) * 60))) * 60000,
                Qt::UTC);
        };
        NudgePreferences prefs;
        prefs.enabled = !chance(5);
        prefs.reviewTime = QTime(pick(24), pick(4) * 15);
        prefs.quietStart = QTime(pick(24), pick(2) * 30);
        prefs.quietEnd = chance(10) ? prefs.quietStart : QTime(pick(24), pick(2) * 30);
        prefs.weekends = chance(70);
        prefs.maxPerDay = 1 + pick(4);
        prefs.weeklyReviewDay = Qt::DayOfWeek(1 + pick(7));
        NudgeHistory history;
        for (int i = pick(5); i > 0; --i)
            history.shownAt.append(around(-48, 24));
        if (chance(60))
            history.lastWeeklyReview = around(-24 * 8, 24);

        QVector<NudgeEntry> entries;
        std::map<ReflectionId, NudgeEntry> byId;
        const int count = pick(30);
        for (int i = 0; i < count; ++i) {
            NudgeEntry e;
            e.id = 100 + i * 7;
            e.stage = Stage(1 + pick(5));
            e.stageSince = around(-24 * 20, 2);
            e.lastChange = chance(70) ? e.stageSince : around(-24 * 20, 2);
            e.experimentPlanned = chance(50);
            e.experimentOpen = chance(70);
            if (chance(60))
                e.experimentCheckDate = nowUtc.toTimeZone(z).date().addDays(pick(30) - 10);
            if (!e.experimentOpen && chance(80))
                e.experimentChecked = around(-24 * 20, 0);
            e.hasNextRisk = chance(20);
            e.muted = chance(10);
            if (chance(15))
                e.dismissedAt = around(-24 * 20, 1);
            if (chance(15))
                e.snoozedUntil = around(-24, 48);
            if (chance(30))
                e.lastNudgedAt = around(-24 * 20, 1);
            entries.append(e);
            byId[e.id] = e;
        }

        const NudgePlan p = NudgePlanner::plan(entries, prefs, history, z, nowUtc);

        // Deterministic.
        const NudgePlan again = NudgePlanner::plan(entries, prefs, history, z, nowUtc);
        REQUIRE(lines(again.nudges, true) == lines(p.nudges, true));

        // The Due list: sorted by time then id, each entry once, flags as given; entries with no
        // exit are not in it.
        std::map<ReflectionId, DueItem> due;
        for (int i = 0; i < p.due.size(); ++i) {
            const DueItem& d = p.due[i];
            REQUIRE(byId.count(d.id) == 1);
            REQUIRE(due.emplace(d.id, d).second);
            const NudgeEntry& e = byId[d.id];
            REQUIRE(d.muted == e.muted);
            REQUIRE(e.stage != Stage::Closed);
            if (i > 0) {
                const DueItem& prev = p.due[i - 1];
                REQUIRE((prev.dueAt < d.dueAt || (prev.dueAt == d.dueAt && prev.id < d.id)));
            }
        }
        for (const NudgeEntry& e : entries) {
            const bool checkIn =
                e.experimentPlanned && e.experimentOpen && e.experimentCheckDate.isValid();
            const bool exit = e.stage != Stage::Closed &&
                              !(e.stage == Stage::Continue && e.hasNextRisk && !checkIn);
            REQUIRE(exit == (due.count(e.id) == 1));
        }
        if (!prefs.enabled) {
            REQUIRE(p.nudges.isEmpty());
            continue;
        }

        auto localOf = [&z](const QDateTime& t) {
            return t.toTimeZone(z);
        };
        const QDateTime horizon = nowUtc.addDays(NudgePlanner::HorizonDays);
        std::map<QDate, int> perDay;
        for (const QDateTime& t : history.shownAt)
            ++perDay[localOf(t).date()];
        std::map<ReflectionId, int> nudgedIn; // non-weekly nudges naming each entry
        QSet<QString> keys;
        int weeklies = 0;
        for (int i = 0; i < p.nudges.size(); ++i) {
            const PlannedNudge& n = p.nudges[i];
            CAPTURE(line(n), n.key);
            ++nudgesSeen;
            if (i > 0) {
                const PlannedNudge& prev = p.nudges[i - 1];
                REQUIRE((prev.at < n.at || (prev.at == n.at && prev.key < n.key)));
            }
            REQUIRE(!keys.contains(n.key));
            keys.insert(n.key);
            // The key says what the nudge is (Nudge.h), for the OS to report after a restart.
            const std::optional<ParsedNudgeKey> parsed = parseNudgeKey(n.key);
            REQUIRE(parsed);
            REQUIRE(parsed->kind == n.kind);
            REQUIRE(parsed->entries == n.entries);
            const qint64 ruleSeconds = n.key.section(QLatin1Char(':'), 2, 2).toLongLong();
            // Never before now, never past the horizon.
            REQUIRE(n.at >= nowUtc);
            REQUIRE(n.at <= horizon);
            // Never inside quiet hours, never on a weekend that is off.
            const QDateTime local = localOf(n.at);
            if (prefs.quietStart != prefs.quietEnd) {
                const QTime t = local.time();
                const bool quiet = prefs.quietStart < prefs.quietEnd
                                       ? t >= prefs.quietStart && t < prefs.quietEnd
                                       : t >= prefs.quietStart || t < prefs.quietEnd;
                REQUIRE_FALSE(quiet);
            }
            if (!prefs.weekends)
                REQUIRE(local.date().dayOfWeek() < Qt::Saturday);
            ++perDay[local.date()];
            REQUIRE(!n.entries.isEmpty());
            REQUIRE(std::is_sorted(n.entries.begin(), n.entries.end()));
            for (ReflectionId id : n.entries) {
                // Only waiting entries; none muted, none dismissed.
                REQUIRE(due.count(id) == 1);
                REQUIRE_FALSE(due[id].muted);
                REQUIRE_FALSE(due[id].dismissed);
            }
            if (n.kind == NudgeKind::WeeklyReview) {
                ++weeklies;
                ++weeklySeen;
                // Everything waiting by then, and nothing else; on the review day, after the
                // last review's day.
                std::vector<ReflectionId> waiting;
                for (const auto& [id, d] : due) {
                    if (!d.muted && !d.dismissed && d.dueAt <= n.at)
                        waiting.push_back(id);
                }
                REQUIRE(std::vector<ReflectionId>(n.entries.begin(), n.entries.end()) == waiting);
                const QDate day =
                    localOf(QDateTime::fromSecsSinceEpoch(ruleSeconds, Qt::UTC)).date();
                REQUIRE(day.dayOfWeek() == prefs.weeklyReviewDay);
                if (history.lastWeeklyReview.isValid())
                    REQUIRE(day > localOf(history.lastWeeklyReview).date());
                REQUIRE(local.date() >= day);
                continue;
            }
            for (ReflectionId id : n.entries) {
                ++nudgedIn[id];
                // Not earlier than its own time, unless coalesced into an earlier one that day.
                const DueItem& d = due[id];
                REQUIRE((n.at >= d.dueAt || local.date() == localOf(d.dueAt).date()));
            }
            if (n.kind == NudgeKind::Waiting) {
                ++waitingSeen;
                REQUIRE(n.entries.size() >= 2);
            } else {
                REQUIRE(n.entries.size() == 1);
                const DueItem& d = due[n.entries[0]];
                REQUIRE(n.kind == d.kind);
                REQUIRE(n.page == d.page);
                REQUIRE(ruleSeconds <= d.dueAt.toSecsSinceEpoch());
            }
        }
        REQUIRE(weeklies <= 1);
        // The daily cap, counting what was shown.
        for (const auto& [day, total] : perDay) {
            CAPTURE(day.toString(Qt::ISODate).toStdString());
            const int shown =
                int(std::count_if(history.shownAt.begin(), history.shownAt.end(),
                                  [&](const QDateTime& t) { return localOf(t).date() == day; }));
            if (total > shown)
                REQUIRE(total <= std::max(prefs.maxPerDay, shown));
            if (total == prefs.maxPerDay && total > shown)
                ++capHits;
        }
        for (const auto& [id, d] : due) {
            CAPTURE(id);
            const NudgeEntry& e = byId[id];
            // Each entry in one nudge at most (the weekly review aside).
            REQUIRE(nudgedIn[id] <= 1);
            const bool neverShown = !e.lastNudgedAt.isValid();
            if (!d.muted && !d.dismissed && neverShown && d.dueAt <= nowUtc.addDays(8))
                REQUIRE(nudgedIn[id] == 1); // nudged, alone or coalesced
            // Shown for its state and not snoozed since: not shown again.
            const bool snoozed =
                e.snoozedUntil.isValid() && (neverShown || e.snoozedUntil > e.lastNudgedAt);
            if (!neverShown && !snoozed && e.lastNudgedAt >= e.lastChange &&
                localOf(e.lastNudgedAt).date() >= localOf(d.dueAt).date())
                REQUIRE(nudgedIn[id] == 0);
        }
    }
    // The random inputs did reach every rule.
    CHECK(nudgesSeen > 1000);
    CHECK(waitingSeen > 100);
    CHECK(weeklySeen > 300);
    CHECK(capHits > 100);
}
