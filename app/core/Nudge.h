#pragma once

#include "core/Reflection.h"
#include "core/Stage.h"

#include <QDate>
#include <QDateTime>
#include <QVector>
#include <optional>

namespace debrief {

// The loop's exits, each with its own nudge (LOOP.md "Nudges"). Stored numbers: never renumber.
enum class NudgeKind
{
    Analyse = 1,      // detected, not analysed: "A reflection is ready for a closer look."
    Experiment = 2,   // analysed, no experiment: "Turn a lesson into one small experiment?"
    CheckIn = 3,      // experiment, no check-in: "Time to check how your experiment went."
    NextRisk = 4,     // checked, no next risk: "Ready for your next smart risk?"
    WeeklyReview = 5, // "N reflections are waiting for their next step."
    Waiting = 6,      // several nudges coalesced into one (daily cap, catch-up after a pause)
};

std::optional<NudgeKind> nudgeKindFromStorage(qint64 value);

// What the planner knows of one entry that is still in the loop (not Closed): its loop state
// and the person's nudge choices for it (NudgeStore). All times UTC; invalid when not set.
struct NudgeEntry
{
    // Ordered without padding (72 bytes): the reminders keep one per open entry in memory.
    ReflectionId id = 0;
    QDateTime stageSince; // when it reached its stage (captured, for Detect)
    QDateTime lastChange; // the last change to it or its loop (text, answers, moves, experiment)
    // The current experiment's check day (a local calendar day; invalid when not set) and when
    // keep/adjust/drop was recorded (invalid while open).
    QDate experimentCheckDate;
    QDateTime experimentChecked;
    // The person's choices.
    QDateTime dismissedAt;  // "Not now": no nudge until the entry changes after this
    QDateTime snoozedUntil; // "Snooze": the next nudge not before this
    QDateTime lastNudgedAt; // when a nudge about it was last shown
    Stage stage = Stage::Detect;
    bool experimentPlanned = false; // the current experiment has a hypothesis or action written
    bool experimentOpen = false;    // and is still open
    bool hasNextRisk = false;       // Continue's "next smart risk" is written
    bool muted = false;             // no nudges for this entry until unmuted
};

// Nudges already shown, for the daily cap and the weekly review.
struct NudgeHistory
{
    QVector<QDateTime> shownAt; // UTC, at least the last two days
    QDateTime lastWeeklyReview; // UTC; invalid when never
};

// One entry waiting for its next step, as the Due list shows it.
struct DueItem
{
    ReflectionId id = 0;
    NudgeKind kind = NudgeKind::Analyse;
    Stage page = Stage::Analyse; // the stage page "Open" shows
    QDateTime dueAt; // UTC: when its nudge is due (quiet hours, weekends, snooze applied)
    bool muted = false;
    bool dismissed = false; // "Not now" and unchanged since
};

// One notification to show at a moment.
struct PlannedNudge
{
    // Stable while the plan for it does not change, and self-describing so a key reported by
    // the OS after a restart can be understood without the plan: "<kind number>:<entry ids,
    // comma-separated, ascending>:<seconds since the epoch (UTC) of the time the rule gave,
    // before quiet hours, caps and coalescing>", e.g. "1:42:1774771200", "6:3,7,9:1774771200".
    // The reconciler compares keys and times to register only what changed. parseNudgeKey()
    // reads one back.
    QString key;
    NudgeKind kind = NudgeKind::Analyse;
    QDateTime at;                  // UTC
    QVector<ReflectionId> entries; // one for a single nudge; several for Waiting/WeeklyReview
    Stage page = Stage::Analyse;   // single nudges: the stage page Open shows
};

// A key's kind and entries; nullopt for a string that is not a nudge key.
struct ParsedNudgeKey
{
    NudgeKind kind = NudgeKind::Analyse;
    QVector<ReflectionId> entries;
};
std::optional<ParsedNudgeKey> parseNudgeKey(const QString& key);

// The planner's answer: every waiting entry in due order, and the notifications to register.
struct NudgePlan
{
    QVector<DueItem> due;         // by dueAt, then id; muted and dismissed ones included
    QVector<PlannedNudge> nudges; // by at, then key
};

} // namespace debrief
