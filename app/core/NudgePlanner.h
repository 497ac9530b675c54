#pragma once

#include "core/Nudge.h"
#include "core/NudgePreferences.h"

#include <QTimeZone>

namespace debrief {

// Plans the nudges of LOOP.md: which entry is nudged toward which stage, and when. A pure
// function of its arguments (no clock, no timers, no storage), so the same inputs always give
// the same plan, and the reconciler can run it after every change.
//
// Rules, in order (the parenthesised parts settle cases the short rules leave open):
// 1. Each entry's exit and base time, in the zone given:
//    - Detect or Analyse -> Analyse (page Analyse): stageSince + 4 h if that is still before quiet
//      hours start on the same local day, else the next local day at reviewTime. (Precisely: the
//      +4 h time is on the same local day and before quietStart; quiet hours that do not cross
//      midnight and ended before stageSince are over for that day; no quiet hours: the same
//      local day suffices.)
//    - Apply without a planned experiment with a check date -> Experiment (page Apply):
//      stageSince + 1 day (the next local day at the same wall time).
//    - An open, planned experiment with a check date (in Apply or Continue) -> CheckIn (page
//      Continue, where its result and decision are asked): the check day at reviewTime.
//    - Continue, experiment checked (or none, or open without a check date), no next risk ->
//      NextRisk (page Continue): 2 days (same wall time) after the later of experimentChecked
//      and stageSince.
//    - Continue with a next risk written: waiting for the person to close it; no nudge (and not
//      in the Due list). Closed: neither.
//    (An invalid stageSince counts as lastChange and the reverse; with neither, no exit.)
// 2. A nudge already shown for the entry's current state (lastNudgedAt >= lastChange and >=
//    base) is not shown again; the entry still counts for the weekly review. (Precisely: ">= base"
//    compares local days, lastNudgedAt's day on or after the day of the entry's time: a nudge
//    coalesced into an earlier Waiting the same day counts as shown.)
//    (Changed since its last nudge or "Not now" (lastChange > lastNudgedAt or > dismissedAt): due
//    again one exit delay after the change, never before its base: the exit's rule counted from
//    lastChange; CheckIn: the next reviewTime after the change. An edit is not a reason to nudge
//    at once.)
//    Snoozed: the nudge comes at snoozedUntil (even if it was shown), unless changed since.
//    (Precisely: a snooze not yet served, i.e. snoozedUntil > lastNudgedAt or nothing shown,
//    makes the next nudge come not before snoozedUntil. The time the snooze was set is not
//    known, so a later change does not cancel it: it stays a lower bound for the new state.)
//    Muted, or dismissed and unchanged since (dismissedAt >= lastChange): no nudge (even when
//    snoozed). Both stay in the Due list, flagged.
// 3. Overdue (time <= now): all overdue nudges become one at now (Waiting when more than one:
//    never a burst after the app was closed; a single one keeps its kind and key). Rule 4 still
//    applies to "now".
// 4. Quiet hours move a time to the end of quiet hours; weekends off move Saturday and Sunday
//    to Monday at reviewTime (then quiet hours again).
// 5. Local times are resolved in the zone: a time in a spring-forward gap moves forward by the
//    gap; a time in a fall-back overlap is its first occurrence.
// 6. At most maxPerDay nudges per local day, counting those already shown that day: the first
//    maxPerDay-1 stay, the rest become one Waiting nudge at the time of the maxPerDay-th; a day
//    already full moves its nudges to the next day at reviewTime. (The weekly review is never
//    coalesced: it takes one of its day's places and the other nudges share the rest; with none
//    left they move to the next day. Moved past the horizon: dropped, planned again later.)
// 7. WeeklyReview: on weeklyReviewDay at reviewTime after now (and after lastWeeklyReview's
//    day), when any entry is waiting (not muted); it counts for that day's cap. (Precisely:
//    "waiting" is not muted, not dismissed, and due by the review's time, counted again if the
//    cap moves it; rule 4 applies to it.)
// 8. Disabled preferences: no nudges (the Due list is still filled).
// Nudges are planned within a horizon of 14 days from now. (Out-of-range preferences are read
// safely: maxPerDay clamped to 1..10, an invalid reviewTime is 09:00, invalid quiet times: none.)
// Due list: each entry's dueAt after rules 1, 2, 4 and 5 (not 3 or 6: an overdue entry keeps its
// own time). Keys (Nudge.h): the time in a key is the time rules 1 and 2 give (a snooze
// included), before quiet hours, weekends, caps and coalescing; for Waiting the earliest of its
// entries'; for the weekly review its day at reviewTime. No key depends on now.
class NudgePlanner
{
public:
    static constexpr int HorizonDays = 14;

    static NudgePlan plan(const QVector<NudgeEntry>& entries, const NudgePreferences& preferences,
                          const NudgeHistory& history, const QTimeZone& zone,
                          const QDateTime& nowUtc);
};

// "Snooze" choices on a notification.
enum class SnoozeChoice
{
    Hour,     // now + 1 h
    Evening,  // today at 19:00 local, or now + 1 h when that is later
    Tomorrow, // the next local day at reviewTime
};

QDateTime snoozeUntil(SnoozeChoice choice, const NudgePreferences& preferences,
                      const QTimeZone& zone, const QDateTime& nowUtc);

} // namespace debrief
