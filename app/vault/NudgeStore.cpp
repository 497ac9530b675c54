#include "vault/NudgeStore.h"

#include "core/Experiment.h"
#include "core/Recording.h"
#include "vault/Database.h"
#include "vault/Statement.h"
#include "vault/Transaction.h"

#include <limits>
#include <sqlite3.h>

namespace debrief {

namespace {

// What QString::trimmed() removes (QChar::isSpace: Unicode separators, tab to carriage return,
// NEL), so "planned" means here what it means to Experiment::isPlanned.
#define BLANKS                                                                                     \
    "char(9, 10, 11, 12, 13, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, "       \
    "8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288)"

// One row per reflection still in the loop (and in history: not while its voice note is still
// being recorded, as ReflectionStore::page), each value from a small covering index where it can
// (v4): SQLite uses the partial ones only when the query names their condition as they do, with
// the literals. The entry's latest transition and experiment come by id. The next risk is
// written when its answer exists (LoopStore removes an empty answer) or its spoken answer is
// finished. Every write to an experiment moves its updated_utc; the page edits only the current
// one.
static_assert(int(Stage::Closed) == 5, "reflections_in_loop and PLANNER_SELECT name Closed as 5");
#define PLANNER_SELECT                                                                             \
    "SELECT r.id, r.stage, coalesce(t.at_utc, r.created_utc), "                                    \
    "max(r.updated_utc, coalesce(t.at_utc, 0), "                                                   \
    "coalesce((SELECT max(a.updated_utc) FROM stage_answers a WHERE a.reflection_id = r.id), 0), " \
    "coalesce((SELECT max(l.updated_utc) FROM lessons l WHERE l.reflection_id = r.id), 0), "       \
    "coalesce(e.updated_utc, 0)), "                                                                \
    "e.id IS NOT NULL AND (trim(e.hypothesis, " BLANKS ") <> '' OR "                               \
    "trim(e.action, " BLANKS ") <> ''), "                                                          \
    "coalesce(e.status = ?1, 0), e.check_date, e.checked_utc, "                                    \
    "EXISTS (SELECT 1 FROM stage_answers a WHERE a.reflection_id = r.id AND "                      \
    "a.prompt_id = 'continue.next_risk') OR "                                                      \
    "EXISTS (SELECT 1 FROM recordings rec WHERE rec.reflection_id = r.id AND "                     \
    "rec.prompt_id = 'continue.next_risk' AND rec.state <> ?2), "                                  \
    "coalesce(n.muted, 0), n.dismissed_utc, n.snoozed_until_utc, n.last_nudged_utc "               \
    "FROM reflections r "                                                                          \
    "LEFT JOIN stage_transitions t ON t.id = "                                                     \
    "(SELECT max(id) FROM stage_transitions WHERE reflection_id = r.id) "                          \
    "LEFT JOIN experiments e ON e.id = "                                                           \
    "(SELECT max(id) FROM experiments WHERE reflection_id = r.id) "                                \
    "LEFT JOIN nudge_states n ON n.reflection_id = r.id "                                          \
    "WHERE r.stage <> 5 AND NOT EXISTS (SELECT 1 FROM recordings v WHERE "                         \
    "v.reflection_id = r.id AND v.prompt_id = '' AND v.state = ?2) "

QDateTime timeFrom(const Statement& q, int column)
{
    return q.isNull(column) ? QDateTime()
                            : QDateTime::fromMSecsSinceEpoch(q.int64(column), Qt::UTC);
}

Statement& bindTime(Statement& q, int index, const QDateTime& utc)
{
    return utc.isValid() ? q.bind(index, utc.toMSecsSinceEpoch()) : q.bindNull(index);
}

NudgeEntry entryFrom(const Statement& q)
{
    NudgeEntry e;
    e.id = q.int64(0);
    e.stage = stageFromStorage(q.int64(1)).value_or(Stage::Detect);
    e.stageSince = timeFrom(q, 2);
    e.lastChange = timeFrom(q, 3);
    e.experimentPlanned = q.int64(4) != 0;
    e.experimentOpen = q.int64(5) != 0;
    e.experimentCheckDate = q.isNull(6) ? QDate() : QDate::fromString(q.text(6), Qt::ISODate);
    e.experimentChecked = timeFrom(q, 7);
    e.hasNextRisk = q.int64(8) != 0;
    e.muted = q.int64(9) != 0;
    e.dismissedAt = timeFrom(q, 10);
    e.snoozedUntil = timeFrom(q, 11);
    e.lastNudgedAt = timeFrom(q, 12);
    return e;
}

Statement& bindPlannerValues(Statement& q)
{
    return q.bind(1, qint64(ExperimentStatus::Open)).bind(2, qint64(RecordingState::Recording));
}

// Runs an UPSERT (below) for each entry with the time given, in one transaction.
VaultError setColumn(Database& db, const char* sql, const QVector<ReflectionId>& ids,
                     const QDateTime& utc)
{
    return inTransaction(db, [&]() -> VaultError {
        Statement q(db, sql);
        for (const ReflectionId id : ids) {
            q.reset();
            q.bind(1, id);
            if (VaultError e = bindTime(q, 2, utc).run())
                return e;
        }
        return q.error();
    });
}

// The upsert of one column; the SELECT skips an entry deleted meanwhile.
#define UPSERT(column)                                                                             \
    "INSERT INTO nudge_states (reflection_id, " column ") SELECT id, ?2 FROM reflections "         \
    "WHERE id = ?1 ON CONFLICT (reflection_id) DO UPDATE SET " column " = excluded." column ";"

} // namespace

NudgeStore::NudgeStore(Database& db)
    : m_db(db)
{
}

QVector<NudgeEntry> NudgeStore::plannerEntries(VaultError* error) const
{
    QVector<NudgeEntry> entries;
    {
        // Sized once: at 100,000 entries, growing the array step by step leaves megabytes of
        // freed copies behind.
        Statement count(m_db, "SELECT count(*) FROM reflections WHERE stage <> 5;");
        if (count.next())
            entries.reserve(qsizetype(count.int64(0)));
        if ((*error = count.error()))
            return {};
    }
    // Reading every open entry passes each of their pages once: with the connection's reading
    // cache (Database::ReadingCacheKiB) it would fill it with pages history never reads.
    const int cacheKiB = m_db.cacheSizeKiB();
    m_db.setCacheSize(ScanCacheKiB);
    {
        Statement q(m_db, PLANNER_SELECT "ORDER BY r.id;");
        bindPlannerValues(q);
        while (q.next())
            entries.append(entryFrom(q));
        *error = q.error();
    }
    m_db.setCacheSize(cacheKiB);
    return entries;
}

std::optional<NudgeEntry> NudgeStore::plannerEntry(ReflectionId id, VaultError* error) const
{
    Statement q(m_db, PLANNER_SELECT "AND r.id = ?3;");
    bindPlannerValues(q).bind(3, id);
    if (q.next()) {
        *error = {};
        return entryFrom(q);
    }
    *error = q.error();
    return std::nullopt;
}

NudgeHistory NudgeStore::history(const QDateTime& sinceUtc, VaultError* error) const
{
    NudgeHistory history;
    {
        Statement q(m_db, "SELECT shown_utc FROM nudge_log WHERE shown_utc >= ?1 "
                          "ORDER BY shown_utc, id;");
        q.bind(1, sinceUtc.isValid() ? sinceUtc.toMSecsSinceEpoch()
                                     : std::numeric_limits<qint64>::min());
        while (q.next())
            history.shownAt.append(timeFrom(q, 0));
        if ((*error = q.error()))
            return {};
    }
    Statement q(m_db, "SELECT max(shown_utc) FROM nudge_log WHERE kind = ?1;");
    q.bind(1, qint64(NudgeKind::WeeklyReview));
    if (q.next())
        history.lastWeeklyReview = timeFrom(q, 0);
    *error = q.error();
    return *error ? NudgeHistory() : history;
}

bool NudgeStore::muted(ReflectionId id, VaultError* error) const
{
    Statement q(m_db, "SELECT coalesce(n.muted, 0) FROM reflections r LEFT JOIN nudge_states n "
                      "ON n.reflection_id = r.id WHERE r.id = ?1;");
    q.bind(1, id);
    if (q.next()) {
        *error = {};
        return q.int64(0) != 0;
    }
    *error = q.error() ? q.error() : VaultError(VaultError::Kind::NotFound);
    return false;
}

VaultError NudgeStore::setMuted(ReflectionId id, bool muted)
{
    return inTransaction(m_db, [&]() -> VaultError {
        Statement q(m_db, UPSERT("muted"));
        if (VaultError e = q.bind(1, id).bind(2, qint64(muted ? 1 : 0)).run())
            return e;
        // No row written: the reflection does not exist.
        return sqlite3_changes(m_db.handle()) > 0 ? VaultError()
                                                  : VaultError(VaultError::Kind::NotFound);
    });
}

VaultError NudgeStore::snooze(const QVector<ReflectionId>& ids, const QDateTime& untilUtc)
{
    return setColumn(m_db, UPSERT("snoozed_until_utc"), ids, untilUtc);
}

VaultError NudgeStore::dismiss(const QVector<ReflectionId>& ids, const QDateTime& atUtc)
{
    return setColumn(m_db, UPSERT("dismissed_utc"), ids, atUtc);
}

VaultError NudgeStore::recordShown(NudgeKind kind, const QVector<ReflectionId>& ids,
                                   const QDateTime& atUtc)
{
    return inTransaction(m_db, [&]() -> VaultError {
        Statement log(m_db,
                      "INSERT INTO nudge_log (kind, shown_utc, entry_count) VALUES (?1, ?2, ?3);");
        log.bind(1, qint64(kind)).bind(3, qint64(ids.size()));
        if (VaultError e = bindTime(log, 2, atUtc).run())
            return e;
        return setColumn(m_db, UPSERT("last_nudged_utc"), ids, atUtc);
    });
}

std::optional<NudgeStore::Choices> NudgeStore::choices(ReflectionId id, VaultError* error) const
{
    Statement q(m_db, "SELECT muted, dismissed_utc, snoozed_until_utc, last_nudged_utc "
                      "FROM nudge_states WHERE reflection_id = ?1;");
    q.bind(1, id);
    if (!q.next()) {
        *error = q.error();
        return std::nullopt;
    }
    *error = {};
    return Choices{q.int64(0) != 0, timeFrom(q, 1), timeFrom(q, 2), timeFrom(q, 3)};
}

VaultError NudgeStore::restoreChoices(ReflectionId id, const Choices& c)
{
    Statement q(m_db, "INSERT OR REPLACE INTO nudge_states (reflection_id, muted, dismissed_utc, "
                      "snoozed_until_utc, last_nudged_utc) VALUES (?1, ?2, ?3, ?4, ?5);");
    q.bind(1, id).bind(2, qint64(c.muted ? 1 : 0));
    bindTime(q, 3, c.dismissedAt);
    bindTime(q, 4, c.snoozedUntil);
    return bindTime(q, 5, c.lastNudgedAt).run();
}

#undef UPSERT
#undef PLANNER_SELECT
#undef BLANKS

} // namespace debrief
