#include "vault/InsightsStore.h"

#include "core/Experiment.h"
#include "core/FailureType.h"
#include "core/Stage.h"
#include "core/ZoneOffsets.h"
#include "vault/Database.h"
#include "vault/Statement.h"

#include <algorithm>

namespace debrief {

namespace {

static_assert(int(Stage::Analyse) == 2 && int(Stage::Apply) == 3 && int(Stage::Closed) == 5,
              "reflections.reached, analysed_utc and applied_utc (v5) name the stages so");
static_assert(int(ExperimentStatus::Open) == 0 && int(ExperimentStatus::Checked) == 1,
              "experiments.status");

constexpr double MsPerHour = 3600.0 * 1000.0;

// The whole vault by stage, failure type and the stages reached: a few dozen groups, read in
// the order of reflections_insights (no sort). A reflection still being recorded is not counted.
VaultError addFunnel(Database& db, Insights* in)
{
    Statement q(db, "SELECT stage, failure_type, reached, count(*) FROM reflections "
                    "INDEXED BY reflections_insights WHERE voice_state IS NOT 0 "
                    "GROUP BY stage, failure_type, reached;");
    while (q.next()) {
        const int n = int(q.int64(3));
        const qint64 reached = q.int64(2);
        in->reflections += n;
        for (std::size_t i = 0; i < LoopStages.size(); ++i) {
            if (i == 0 || (reached & (qint64(1) << int(LoopStages[i]))))
                in->reachedStage[i] += n;
        }
        if (q.int64(0) == qint64(Stage::Closed))
            in->closed += n;
        const auto type = failureTypeFromStorage(q.int64(1)).value_or(FailureType::Unknown);
        in->failureTypes[std::size_t(type)] += n;
    }
    return q.error();
}

// The median of an expression over the rows of a partial index that orders by it: its count,
// then one or two rows from the middle (SQL names the index's expression and condition exactly,
// so SQLite reads the index).
std::optional<double> medianHours(Database& db, const char* countSql, const char* middleSql,
                                  VaultError* error)
{
    Statement count(db, countSql);
    const qint64 n = count.next() ? count.int64(0) : 0;
    if ((*error = count.error()) || n == 0)
        return std::nullopt;
    Statement middle(db, middleSql);
    middle.bind(1, (n - 1) / 2).bind(2, n % 2 == 1 ? 1 : 2);
    double sum = 0;
    int values = 0;
    while (middle.next()) {
        sum += double(middle.int64(0));
        ++values;
    }
    if ((*error = middle.error()) || values == 0)
        return std::nullopt;
    return sum / values / MsPerHour;
}

// Planned experiments (a hypothesis or an action written: experiments.planned) by status and
// decision, from experiments_planned.
VaultError addExperiments(Database& db, Insights* in)
{
    Statement q(db, "SELECT status, decision, count(*) FROM experiments WHERE planned = 1 "
                    "GROUP BY status, decision;");
    while (q.next()) {
        const int n = int(q.int64(2));
        in->experiments += n;
        if (q.int64(0) == qint64(ExperimentStatus::Open)) {
            in->experimentsOpen += n;
            continue;
        }
        switch (experimentDecisionFromStorage(q.int64(1)).value_or(ExperimentDecision::None)) {
        case ExperimentDecision::Keep:
            in->kept += n;
            break;
        case ExperimentDecision::Adjust:
            in->adjusted += n;
            break;
        case ExperimentDecision::Drop:
            in->dropped += n;
            break;
        case ExperimentDecision::None:
            break;
        }
    }
    return q.error();
}

// Reflections per local day: each day one range of reflections_history, counted in a subquery
// of its own. The days' bounds come from the zone (a DST day has 23 or 25 hours).
VaultError addHeatMap(Database& db, const QTimeZone& zone, const QDate& today, int days,
                      Insights* in)
{
    if (days <= 0 || !today.isValid())
        return {};
    in->heatStart = today.addDays(-(days - 1));
    in->perDay = QVector<int>(days, 0);
    ZoneOffsets offsets(zone);
    const qint64 first = localDayOfDate(in->heatStart);
    QByteArray bounds = "[";
    for (qint64 day = first; day < first + days; ++day) {
        bounds += (day > first ? ",[" : "[") + QByteArray::number(offsets.toUtc(day, QTime(0, 0))) +
                  ',' + QByteArray::number(offsets.toUtc(day + 1, QTime(0, 0))) + ']';
    }
    bounds += ']';
    Statement q(db, "SELECT b.key, (SELECT count(*) FROM reflections r INDEXED BY "
                    "reflections_history WHERE r.created_utc >= "
                    "b.value ->> 0 AND r.created_utc < b.value ->> 1 AND r.voice_state IS NOT 0) "
                    "FROM json_each(?1) b;");
    q.bind(1, bounds);
    while (q.next()) {
        const int i = int(q.int64(0));
        if (i >= 0 && i < days)
            in->perDay[i] = int(q.int64(1));
    }
    return q.error();
}

} // namespace

InsightsStore::InsightsStore(Database& db)
    : m_db(db)
{
}

Insights InsightsStore::compute(const QTimeZone& zone, const QDate& today, int heatDays,
                                VaultError* error) const
{
    Insights in;
    if ((*error = addFunnel(m_db, &in)))
        return {};
    // reflections_to_analyse and reflections_to_apply (v5).
    in.medianDetectToAnalyseHours = medianHours(
        m_db, "SELECT count(*) FROM reflections WHERE analysed_utc IS NOT NULL;",
        "SELECT analysed_utc - created_utc FROM reflections WHERE analysed_utc IS NOT NULL "
        "ORDER BY analysed_utc - created_utc LIMIT ?2 OFFSET ?1;",
        error);
    if (*error)
        return {};
    in.medianAnalyseToApplyHours =
        medianHours(m_db,
                    "SELECT count(*) FROM reflections WHERE applied_utc IS NOT NULL AND "
                    "analysed_utc IS NOT NULL;",
                    "SELECT applied_utc - analysed_utc FROM reflections WHERE applied_utc IS NOT "
                    "NULL AND analysed_utc IS NOT NULL ORDER BY applied_utc - analysed_utc "
                    "LIMIT ?2 OFFSET ?1;",
                    error);
    if (*error)
        return {};
    if ((*error = addExperiments(m_db, &in)))
        return {};
    {
        Statement q(m_db, "SELECT count(*) FROM lessons;");
        in.lessons = q.next() ? int(q.int64(0)) : 0;
        if ((*error = q.error()))
            return {};
    }
    if ((*error = addHeatMap(m_db, zone, today, heatDays, &in)))
        return {};
    return in;
}

} // namespace debrief
