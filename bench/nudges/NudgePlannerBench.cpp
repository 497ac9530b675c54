// Nudge planning benchmark, against a baseline measured in the same run:
//   9) NudgePlanner::plan for 10,000 entries (mixed stages, experiments with check dates, muted,
//      dismissed, snoozed and already-nudged entries; Europe/London, the week of a DST change)
//      vs std::sort of the same 10,000 entries by stageSince (the least any ordered plan costs)
// Plan and sort alternate so machine noise hits both alike; each plan starts cold (a fresh
// planner, as the reconciler runs it after every change).
//
// Usage: bench_nudges [--entries N] [--runs N]

#include "support/BenchSupport.h"

#include "core/NudgePlanner.h"
#include "core/ZoneOffsets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>

using namespace debrief;
using namespace debrief::bench;

namespace {

// Entries as the store would give them for a heavy user: captured over the last 90 days.
QVector<NudgeEntry> generate(int count, const QDateTime& now, std::uint64_t seed)
{
    Rng rng(seed);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto before = [&](int maxMinutes) {
        return QDateTime::fromMSecsSinceEpoch(nowMs - qint64(rng.uniform(0, maxMinutes)) * 60000,
                                              Qt::UTC);
    };
    QVector<NudgeEntry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        NudgeEntry e;
        e.id = i + 1;
        const int stage = rng.uniform(0, 99);
        e.stage = stage < 35   ? Stage::Detect
                  : stage < 50 ? Stage::Analyse
                  : stage < 75 ? Stage::Apply
                               : Stage::Continue;
        e.stageSince = before(90 * 24 * 60);
        e.lastChange = rng.uniform(0, 3) == 0
                           ? before(int((nowMs - e.stageSince.toMSecsSinceEpoch()) / 60000))
                           : e.stageSince;
        if (e.stage == Stage::Apply || e.stage == Stage::Continue) {
            e.experimentPlanned = rng.uniform(0, 1) == 0;
            e.experimentOpen = rng.uniform(0, 2) != 0;
            if (e.experimentPlanned && rng.uniform(0, 3) != 0)
                e.experimentCheckDate = now.date().addDays(rng.uniform(-20, 20));
            if (e.experimentPlanned && !e.experimentOpen)
                e.experimentChecked = e.stageSince;
            e.hasNextRisk = e.stage == Stage::Continue && rng.uniform(0, 4) == 0;
        }
        e.muted = rng.uniform(0, 19) == 0;
        if (rng.uniform(0, 19) == 0)
            e.dismissedAt = before(10 * 24 * 60);
        if (rng.uniform(0, 29) == 0)
            e.snoozedUntil = now.addSecs(rng.uniform(-3600, 2 * 24 * 3600));
        if (rng.uniform(0, 2) == 0)
            e.lastNudgedAt = before(30 * 24 * 60);
        entries.append(e);
    }
    return entries;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption entriesOpt(QStringLiteral("entries"),
                                        QStringLiteral("Entries to plan for."), QStringLiteral("n"),
                                        QStringLiteral("10000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Measured runs."),
                                     QStringLiteral("n"), QStringLiteral("50"));
    cli.addOptions({entriesOpt, runsOpt});
    cli.process(app);
    const int count = cli.value(entriesOpt).toInt();
    const int runs = std::max(1, cli.value(runsOpt).toInt());
    const int warmups = 5;

    const QTimeZone zone(QByteArrayLiteral("Europe/London"));
    if (!zone.isValid())
        fail(QStringLiteral("the Europe/London time zone is not available"));
    // Friday before the spring-forward Sunday: the horizon crosses the change.
    const QDateTime now(QDate(2026, 3, 27), QTime(10, 0), Qt::UTC);
    const QVector<NudgeEntry> entries = generate(count, now, 9001);
    const NudgePreferences preferences;
    NudgeHistory history;
    history.shownAt = {now.addSecs(-26 * 3600), now.addSecs(-3600)};
    history.lastWeeklyReview = QDateTime(QDate(2026, 3, 22), QTime(9, 0), Qt::UTC);

    // The very first plan of the process (QTimeZone's own caches cold), not in the figures.
    auto t0 = Clock::now();
    const NudgePlan first = NudgePlanner::plan(entries, preferences, history, zone, now);
    const double firstMs = msBetween(t0, Clock::now());

    std::vector<double> planMs, sortMs;
    qsizetype checksum = 0;
    for (int i = 0; i < warmups + runs; ++i) {
        auto timePlan = [&] {
            const auto start = Clock::now();
            const NudgePlan plan = NudgePlanner::plan(entries, preferences, history, zone, now);
            const double ms = msBetween(start, Clock::now());
            checksum += plan.nudges.size() + plan.due.size();
            return ms;
        };
        auto timeSort = [&] {
            QVector<NudgeEntry> copy = entries;
            copy.detach(); // the copy is not part of the sort
            const auto start = Clock::now();
            std::sort(copy.begin(), copy.end(), [](const NudgeEntry& a, const NudgeEntry& b) {
                return a.stageSince < b.stageSince;
            });
            const double ms = msBetween(start, Clock::now());
            checksum += copy.front().id;
            return ms;
        };
        double p, s;
        if (i % 2 == 0) {
            p = timePlan();
            s = timeSort();
        } else {
            s = timeSort();
            p = timePlan();
        }
        if (i >= warmups) {
            planMs.push_back(p);
            sortMs.push_back(s);
        }
    }

    // Why the planner caches offsets: one QTimeZone look-up per entry vs the cache.
    std::vector<double> zoneMs, cacheMs;
    for (int i = 0; i < 5; ++i) {
        int sum = 0;
        auto start = Clock::now();
        for (const NudgeEntry& e : entries)
            sum += zone.offsetFromUtc(e.stageSince);
        zoneMs.push_back(msBetween(start, Clock::now()));
        start = Clock::now();
        ZoneOffsets offsets(zone);
        for (const NudgeEntry& e : entries)
            sum -= offsets.offsetAt(e.stageSince.toMSecsSinceEpoch());
        cacheMs.push_back(msBetween(start, Clock::now()));
        if (sum != 0)
            fail(QStringLiteral("ZoneOffsets disagrees with QTimeZone"));
    }

    const QString label =
        count % 1000 == 0 ? QStringLiteral("%1k").arg(count / 1000) : QString::number(count);
    const double p50 = median(planMs), s50 = median(sortMs);
    const double p95 = percentile(planMs, 95), s95 = percentile(sortMs, 95);
    printRow(QStringLiteral("Plan nudges (`NudgePlanner::plan`) median @%1 entries: vs std::sort "
                            "of the same entries by stageSince")
                 .arg(label),
             formatMs(p50), formatMs(s50), formatRatio(p50 / s50), QStringLiteral("≤ 10 ms"),
             p50 <= 10);
    printRow(QStringLiteral("Plan nudges p95 @%1 entries: vs std::sort by stageSince").arg(label),
             formatMs(p95), formatMs(s95), formatRatio(p95 / s95), QStringLiteral("≤ 10 ms"),
             p95 <= 10);

    int muted = 0, waitingNudges = 0;
    for (const DueItem& d : first.due)
        muted += d.muted ? 1 : 0;
    for (const PlannedNudge& n : first.nudges)
        waitingNudges += n.kind == NudgeKind::Waiting ? 1 : 0;
    printNote(QStringLiteral(
                  "Nudge planning @%1 (%2 runs after %3 warm-ups, Europe/London, "
                  "\"now\" 2026-03-27 10:00 UTC, 14-day horizon across the "
                  "spring-forward change): %4 entries in the Due list (%5 muted), %6 "
                  "nudges planned (%7 of them Waiting: coalesced); plan max %8, sort max %9; the "
                  "process's first plan (cold QTimeZone) %10. Checksum %11.")
                  .arg(label)
                  .arg(runs)
                  .arg(warmups)
                  .arg(first.due.size())
                  .arg(muted)
                  .arg(first.nudges.size())
                  .arg(waitingNudges)
                  .arg(formatMs(percentile(planMs, 100)), formatMs(percentile(sortMs, 100)),
                       formatMs(firstMs))
                  .arg(checksum));
    printNote(QStringLiteral("Time zone look-ups @%1 (one per entry, median of 5): "
                             "QTimeZone::offsetFromUtc %2, the planner's ZoneOffsets cache %3.")
                  .arg(label, formatMs(median(zoneMs)), formatMs(median(cacheMs))));
    return 0;
}
