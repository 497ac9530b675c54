#include "core/NudgePlanner.h"

#include "core/ZoneOffsets.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <vector>

namespace debrief {

namespace {

constexpr qint64 MsPerHour = 3600000;
constexpr qint64 Unset = std::numeric_limits<qint64>::min();

qint64 msOf(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : Unset;
}

QDateTime utcOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Monday = 1 … Sunday = 7, as Qt::DayOfWeek (1970-01-01, day 0, was a Thursday).
int dayOfWeek(qint64 localDay)
{
    return int(((localDay + 3) % 7 + 7) % 7) + 1;
}

// Seconds since the epoch, rounded down, for keys.
qint64 secondsOf(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

// The preferences, made safe to plan with (times in ms of the day).
struct Settings
{
    bool enabled = true;
    int reviewMs = 9 * 3600000;
    bool quiet = false;
    int quietStartMs = 0;
    int quietEndMs = 0;
    bool weekends = true;
    int maxPerDay = 2;
    int reviewDay = Qt::Sunday;

    explicit Settings(const NudgePreferences& p)
        : enabled(p.enabled)
        , weekends(p.weekends)
        , maxPerDay(std::clamp(p.maxPerDay, 1, 10))
    {
        if (p.reviewTime.isValid())
            reviewMs = p.reviewTime.msecsSinceStartOfDay();
        quiet = p.quietStart.isValid() && p.quietEnd.isValid() && p.quietStart != p.quietEnd;
        if (quiet) {
            quietStartMs = p.quietStart.msecsSinceStartOfDay();
            quietEndMs = p.quietEnd.msecsSinceStartOfDay();
        }
        if (p.weeklyReviewDay >= Qt::Monday && p.weeklyReviewDay <= Qt::Sunday)
            reviewDay = p.weeklyReviewDay;
    }
    bool inQuiet(int msOfDay) const
    {
        if (!quiet)
            return false;
        if (quietStartMs < quietEndMs)
            return msOfDay >= quietStartMs && msOfDay < quietEndMs;
        return msOfDay >= quietStartMs || msOfDay < quietEndMs; // across midnight
    }
};

// One entry with an exit: its Due list line, and whether it is to be nudged.
struct Item
{
    ReflectionId id = 0;
    NudgeKind kind = NudgeKind::Analyse;
    Stage page = Stage::Analyse;
    qint64 ruleMs = 0; // the time rules 1 and 2 give (snooze included), before rules 3–6: keys
    qint64 dueMs = 0;  // after quiet hours and weekends
    bool muted = false;
    bool dismissed = false;
    bool nudged = false; // not muted, not dismissed, not already shown (or snoozed since)
};

// A notification being planned: one entry, several (Waiting) or the weekly review.
struct Draft
{
    NudgeKind kind = NudgeKind::Analyse;
    qint64 atMs = 0;
    std::vector<int> items; // indices into the items
    qint64 reviewMs = 0;    // WeeklyReview: its day at reviewTime, before quiet hours and caps
};

class Planner
{
public:
    Planner(const NudgePreferences& preferences, const QTimeZone& zone, qint64 nowMs)
        : m_s(preferences)
        , m_zone(zone)
        , m_now(nowMs)
        , m_horizonEnd(nowMs + NudgePlanner::HorizonDays * MsPerDay)
    {
    }

    NudgePlan plan(const QVector<NudgeEntry>& entries, const NudgeHistory& history);

private:
    qint64 localDay(qint64 utcMs) { return localDayOf(m_zone.toLocal(utcMs)); }
    qint64 at(qint64 day, int msOfDay) { return m_zone.toUtc(day * MsPerDay + msOfDay); }
    qint64 adjust(qint64 utcMs);
    qint64 analyseTime(qint64 since);
    qint64 daysLater(qint64 utcMs, int days)
    {
        return m_zone.toUtc(m_zone.toLocal(utcMs) + days * MsPerDay);
    }
    qint64 nextReviewAfter(qint64 utcMs);
    qint64 ruleTime(NudgeKind kind, qint64 anchorMs);
    bool itemFor(const NudgeEntry& e, Item* item);
    std::vector<int> waitingBy(qint64 utcMs) const;
    void planWeeklyReview(const NudgeHistory& history, std::vector<Draft>* drafts);
    std::vector<Draft> applyDailyCap(std::vector<Draft> drafts, const NudgeHistory& history);
    PlannedNudge finish(const Draft& draft) const;

    const Settings m_s;
    ZoneOffsets m_zone;
    const qint64 m_now;
    const qint64 m_horizonEnd;
    std::vector<Item> m_items;
};

// Rule 4 (with rule 5 in at()): weekends off, then quiet hours, until neither moves the time.
qint64 Planner::adjust(qint64 utcMs)
{
    for (int round = 0; round < 8; ++round) {
        const qint64 local = m_zone.toLocal(utcMs);
        const qint64 day = localDayOf(local);
        const int dow = dayOfWeek(day);
        qint64 moved = utcMs;
        if (!m_s.weekends && dow >= Qt::Saturday) {
            moved = at(day + 8 - dow, m_s.reviewMs);
        } else if (m_s.inQuiet(msOfDay(local))) {
            const bool beforeMidnight =
                m_s.quietStartMs > m_s.quietEndMs && msOfDay(local) >= m_s.quietStartMs;
            moved = at(beforeMidnight ? day + 1 : day, m_s.quietEndMs);
        }
        if (moved <= utcMs)
            break;
        utcMs = moved;
    }
    return utcMs;
}

// Detected, not analysed: +4 h while that is still daytime on the same local day, else the next
// morning at the review time.
qint64 Planner::analyseTime(qint64 since)
{
    const qint64 sinceLocal = m_zone.toLocal(since);
    const qint64 plus4 = since + 4 * MsPerHour;
    const qint64 plus4Local = m_zone.toLocal(plus4);
    const bool sameDay = localDayOf(plus4Local) == localDayOf(sinceLocal);
    // Quiet hours that do not cross midnight and are already over that day do not count.
    const bool beforeQuiet =
        !m_s.quiet || msOfDay(plus4Local) < m_s.quietStartMs ||
        (m_s.quietStartMs < m_s.quietEndMs && msOfDay(sinceLocal) >= m_s.quietEndMs);
    if (sameDay && beforeQuiet)
        return plus4;
    return at(localDayOf(sinceLocal) + 1, m_s.reviewMs);
}

qint64 Planner::nextReviewAfter(qint64 utcMs)
{
    const qint64 day = localDay(utcMs);
    const qint64 today = at(day, m_s.reviewMs);
    return today > utcMs ? today : at(day + 1, m_s.reviewMs);
}

// The time of an exit counted from a moment (stageSince, or the last change for a re-armed
// entry). CheckIn's own base is the check day; counted from a change it is the next review time.
qint64 Planner::ruleTime(NudgeKind kind, qint64 anchorMs)
{
    switch (kind) {
    case NudgeKind::Analyse:
        return analyseTime(anchorMs);
    case NudgeKind::Experiment:
        return daysLater(anchorMs, 1);
    case NudgeKind::NextRisk:
        return daysLater(anchorMs, 2);
    case NudgeKind::CheckIn:
    case NudgeKind::WeeklyReview:
    case NudgeKind::Waiting:
        break;
    }
    return nextReviewAfter(anchorMs);
}

// Rules 1 and 2 for one entry; false when it has no exit to be nudged toward.
bool Planner::itemFor(const NudgeEntry& e, Item* item)
{
    const bool checkIn = e.experimentPlanned && e.experimentOpen && e.experimentCheckDate.isValid();
    const qint64 since = msOf(e.stageSince);
    const qint64 change = e.lastChange.isValid() ? msOf(e.lastChange) : since;
    qint64 anchor = since != Unset ? since : change;
    switch (e.stage) {
    case Stage::Detect:
    case Stage::Analyse:
        item->kind = NudgeKind::Analyse;
        item->page = Stage::Analyse;
        break;
    case Stage::Apply:
        item->kind = checkIn ? NudgeKind::CheckIn : NudgeKind::Experiment;
        item->page = checkIn ? Stage::Continue : Stage::Apply;
        break;
    case Stage::Continue:
        if (!checkIn && e.hasNextRisk)
            return false; // waiting for the person to close it
        item->kind = checkIn ? NudgeKind::CheckIn : NudgeKind::NextRisk;
        item->page = Stage::Continue;
        if (e.experimentChecked.isValid())
            anchor = std::max(anchor, msOf(e.experimentChecked));
        break;
    case Stage::Closed:
        return false;
    }
    if (item->kind != NudgeKind::CheckIn && anchor == Unset)
        return false; // no moment to count from
    item->id = e.id;
    item->muted = e.muted;

    const qint64 base = item->kind == NudgeKind::CheckIn
                            ? at(localDayOfDate(e.experimentCheckDate), m_s.reviewMs)
                            : ruleTime(item->kind, anchor);
    const qint64 nudgedAt = msOf(e.lastNudgedAt);
    const qint64 dismissedAt = msOf(e.dismissedAt);
    const qint64 snoozedUntil = msOf(e.snoozedUntil);
    // Changed since its last nudge or "Not now": due again one exit delay after the change.
    const bool rearmed = change != Unset && ((nudgedAt != Unset && change > nudgedAt) ||
                                             (dismissedAt != Unset && change > dismissedAt));
    const qint64 time = rearmed ? std::max(base, ruleTime(item->kind, change)) : base;
    const qint64 plain = adjust(time);
    // A snooze not yet served: the next nudge not before it, even when one was shown.
    const bool snoozed = snoozedUntil != Unset && (nudgedAt == Unset || snoozedUntil > nudgedAt);
    const bool later = snoozed && snoozedUntil > time;
    item->ruleMs = later ? snoozedUntil : time;
    item->dueMs = later ? std::max(plain, adjust(snoozedUntil)) : plain;
    item->dismissed = dismissedAt != Unset && (change == Unset || dismissedAt >= change);
    const bool shown = nudgedAt != Unset && (change == Unset || nudgedAt >= change) &&
                       localDay(nudgedAt) >= localDay(plain);
    item->nudged = !item->muted && !item->dismissed && (snoozed || !shown);
    return true;
}

// The entries the weekly review counts at a moment: not muted, not dismissed, due by then.
std::vector<int> Planner::waitingBy(qint64 utcMs) const
{
    std::vector<int> out;
    for (int i = 0; i < int(m_items.size()); ++i) {
        const Item& item = m_items[size_t(i)];
        if (!item.muted && !item.dismissed && item.dueMs <= utcMs)
            out.push_back(i);
    }
    return out;
}

// Rule 7: the weekly review, when anything is waiting by then.
void Planner::planWeeklyReview(const NudgeHistory& history, std::vector<Draft>* drafts)
{
    const qint64 today = localDay(m_now);
    const qint64 lastDay =
        history.lastWeeklyReview.isValid() ? localDay(msOf(history.lastWeeklyReview)) : Unset;
    for (qint64 day = today; day <= today + NudgePlanner::HorizonDays; ++day) {
        if (dayOfWeek(day) != m_s.reviewDay || (lastDay != Unset && day <= lastDay))
            continue;
        const qint64 moment = at(day, m_s.reviewMs);
        if (moment <= m_now)
            continue;
        Draft review{NudgeKind::WeeklyReview, adjust(moment), {}, moment};
        if (review.atMs > m_horizonEnd)
            return;
        review.items = waitingBy(review.atMs);
        if (!review.items.empty())
            drafts->push_back(std::move(review));
        return;
    }
}

// Rule 6: at most maxPerDay a local day, counting those shown; the weekly review keeps its slot.
std::vector<Draft> Planner::applyDailyCap(std::vector<Draft> drafts, const NudgeHistory& history)
{
    std::map<qint64, int> shown;
    for (const QDateTime& t : history.shownAt) {
        if (t.isValid())
            ++shown[localDay(msOf(t))];
    }
    std::map<qint64, std::vector<Draft>> days;
    for (Draft& d : drafts)
        days[localDay(d.atMs)].push_back(std::move(d));
    std::vector<Draft> kept;
    auto firstId = [this](const Draft& d) {
        return m_items[size_t(d.items.front())].id;
    };
    for (auto it = days.begin(); it != days.end(); ++it) {
        const qint64 day = it->first;
        std::vector<Draft>& list = it->second;
        std::sort(list.begin(), list.end(), [&](const Draft& a, const Draft& b) {
            if (a.atMs != b.atMs)
                return a.atMs < b.atMs;
            if (a.kind != b.kind)
                return a.kind < b.kind;
            return firstId(a) < firstId(b);
        });
        // To the next day at the review time (later days come later in this loop).
        auto moveOn = [&](Draft d) {
            d.atMs = adjust(at(day + 1, m_s.reviewMs));
            if (d.atMs <= m_horizonEnd)
                days[localDay(d.atMs)].push_back(std::move(d));
        };
        auto shownThatDay = shown.find(day);
        const int room = m_s.maxPerDay - (shownThatDay == shown.end() ? 0 : shownThatDay->second);
        if (room <= 0) {
            for (Draft& d : list)
                moveOn(std::move(d));
            continue;
        }
        std::vector<Draft> others;
        int reviews = 0;
        for (Draft& d : list) {
            if (d.kind == NudgeKind::WeeklyReview) {
                ++reviews;
                kept.push_back(std::move(d));
            } else {
                others.push_back(std::move(d));
            }
        }
        const int open = room - reviews;
        if (int(others.size()) <= open) {
            std::move(others.begin(), others.end(), std::back_inserter(kept));
        } else if (open >= 1) {
            std::move(others.begin(), others.begin() + (open - 1), std::back_inserter(kept));
            Draft waiting{NudgeKind::Waiting, others[size_t(open - 1)].atMs, {}, 0};
            for (auto o = others.begin() + (open - 1); o != others.end(); ++o)
                waiting.items.insert(waiting.items.end(), o->items.begin(), o->items.end());
            kept.push_back(std::move(waiting));
        } else {
            for (Draft& d : others)
                moveOn(std::move(d));
        }
    }
    return kept;
}

// Keys as Nudge.h describes them: "<kind>:<ids ascending>:<rule time, seconds>". A coalesced
// nudge's time is the earliest rule time of its entries, so no key depends on now.
PlannedNudge Planner::finish(const Draft& draft) const
{
    PlannedNudge n;
    n.kind = draft.kind;
    n.at = utcOf(draft.atMs);
    qint64 ruleMs = draft.kind == NudgeKind::WeeklyReview ? draft.reviewMs : Unset;
    n.entries.reserve(qsizetype(draft.items.size()));
    for (int i : draft.items) {
        const Item& item = m_items[size_t(i)];
        n.entries.append(item.id);
        if (draft.kind != NudgeKind::WeeklyReview)
            ruleMs = ruleMs == Unset ? item.ruleMs : std::min(ruleMs, item.ruleMs);
    }
    std::sort(n.entries.begin(), n.entries.end());
    if (draft.kind != NudgeKind::WeeklyReview && draft.kind != NudgeKind::Waiting)
        n.page = m_items[size_t(draft.items.front())].page;
    QString ids;
    ids.reserve(n.entries.size() * 8);
    for (ReflectionId id : n.entries) {
        if (!ids.isEmpty())
            ids.append(QLatin1Char(','));
        ids.append(QString::number(id));
    }
    n.key = QString::number(int(draft.kind)) + QLatin1Char(':') + ids + QLatin1Char(':') +
            QString::number(secondsOf(ruleMs));
    return n;
}

NudgePlan Planner::plan(const QVector<NudgeEntry>& entries, const NudgeHistory& history)
{
    m_items.reserve(size_t(entries.size()));
    for (const NudgeEntry& e : entries) {
        Item item;
        if (itemFor(e, &item))
            m_items.push_back(item);
    }
    std::vector<int> order(m_items.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const Item& x = m_items[size_t(a)];
        const Item& y = m_items[size_t(b)];
        return x.dueMs != y.dueMs ? x.dueMs < y.dueMs : x.id < y.id;
    });

    NudgePlan plan;
    plan.due.reserve(qsizetype(order.size()));
    for (int i : order) {
        const Item& item = m_items[size_t(i)];
        plan.due.append(
            {item.id, item.kind, item.page, utcOf(item.dueMs), item.muted, item.dismissed});
    }
    if (!m_s.enabled)
        return plan; // rule 8

    // Rule 3: everything overdue becomes one nudge now (quiet hours and weekends still apply).
    std::vector<Draft> drafts;
    Draft overdue{NudgeKind::Waiting, adjust(m_now), {}, 0};
    for (int i : order) {
        const Item& item = m_items[size_t(i)];
        if (!item.nudged)
            continue;
        if (item.dueMs <= m_now)
            overdue.items.push_back(i);
        else if (item.dueMs <= m_horizonEnd)
            drafts.push_back({item.kind, item.dueMs, {i}, 0});
    }
    if (overdue.items.size() == 1)
        overdue.kind = m_items[size_t(overdue.items.front())].kind;
    if (!overdue.items.empty() && overdue.atMs <= m_horizonEnd)
        drafts.push_back(std::move(overdue));
    planWeeklyReview(history, &drafts);

    const std::vector<Draft> kept = applyDailyCap(std::move(drafts), history);
    plan.nudges.reserve(qsizetype(kept.size()));
    for (const Draft& d : kept) {
        if (d.kind == NudgeKind::WeeklyReview) // moved by the cap: what is waiting by then
            plan.nudges.append(finish({d.kind, d.atMs, waitingBy(d.atMs), d.reviewMs}));
        else
            plan.nudges.append(finish(d));
    }
    std::sort(plan.nudges.begin(), plan.nudges.end(),
              [](const PlannedNudge& a, const PlannedNudge& b) {
                  return a.at != b.at ? a.at < b.at : a.key < b.key;
              });
    return plan;
}

} // namespace

NudgePlan NudgePlanner::plan(const QVector<NudgeEntry>& entries,
                             const NudgePreferences& preferences, const NudgeHistory& history,
                             const QTimeZone& zone, const QDateTime& nowUtc)
{
    return Planner(preferences, zone, nowUtc.toMSecsSinceEpoch()).plan(entries, history);
}

QDateTime snoozeUntil(SnoozeChoice choice, const NudgePreferences& preferences,
                      const QTimeZone& zone, const QDateTime& nowUtc)
{
    ZoneOffsets offsets(zone);
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    const qint64 today = localDayOf(offsets.toLocal(now));
    switch (choice) {
    case SnoozeChoice::Hour:
        break;
    case SnoozeChoice::Evening:
        return utcOf(std::max(offsets.toUtc(today, QTime(19, 0)), now + MsPerHour));
    case SnoozeChoice::Tomorrow: {
        const QTime review =
            preferences.reviewTime.isValid() ? preferences.reviewTime : QTime(9, 0);
        return utcOf(offsets.toUtc(today + 1, review));
    }
    }
    return utcOf(now + MsPerHour);
}

} // namespace debrief
