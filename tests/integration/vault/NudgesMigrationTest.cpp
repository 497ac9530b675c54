// Migration 4 (nudges) from a version-3 vault as Debrief wrote it: entries, their loops and
// their search entries stay intact, the nudge tables are there (empty) and work, and each
// experiment's new updated time starts at its last known time, so the planner's view of an
// old entry is right from the first start.

#include "VaultTestHelpers.h"

#include "vault/LoopStore.h"
#include "vault/Migrations.h"
#include "vault/NudgeStore.h"
#include "vault/Statement.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

// Three entries as version 3's stores wrote them (rows, then the index rebuilt over the view):
// 1 in Apply with a checked experiment and an open, planned one; 2 in Continue with its next
// risk written; 3 closed.
void writeVersion3Fixture(Database& db)
{
    REQUIRE_FALSE(migrations::migrate(db, 3));
    REQUIRE_FALSE(db.exec(R"sql(
        INSERT INTO reflections (id, text, created_utc, created_tz, updated_utc, updated_tz,
                                 stage, failure_type, spectrum_point)
        VALUES (1, 'Budget meeting derailed', 1700000000000, 'Europe/Berlin',
                1700000500000, 'Europe/Berlin', 3, 2, 0),
               (2, 'Interview nerves', 1700001000000, 'UTC', 1700001000000, 'UTC', 4, 0, 0),
               (3, 'Closed one', 1700002000000, 'UTC', 1700002000000, 'UTC', 5, 0, 0);
        INSERT INTO stage_answers (reflection_id, prompt_id, field, prompt_version, text, value,
                                   updated_utc, updated_tz)
        VALUES (1, 'analyse.why_difference', '', 1, 'Numbers came late', 0, 1700000600000, 'UTC'),
               (2, 'continue.next_risk', '', 1, 'Apply for the lead role', 0,
                1700001900000, 'UTC');
        INSERT INTO stage_transitions (id, reflection_id, kind, from_stage, to_stage, reason,
                                       at_utc, at_tz)
        VALUES (1, 1, 1, 1, 2, '', 1700000550000, 'UTC'),
               (2, 1, 1, 2, 3, '', 1700000700000, 'UTC'),
               (3, 2, 3, 1, 2, 'obvious', 1700001100000, 'UTC'),
               (4, 2, 1, 2, 3, '', 1700001200000, 'UTC'),
               (5, 2, 1, 3, 4, '', 1700001300000, 'UTC'),
               (6, 3, 4, 1, 5, 'not worth it', 1700002100000, 'UTC');
        INSERT INTO lessons (id, reflection_id, stage, text, created_utc, created_tz,
                             updated_utc, updated_tz)
        VALUES (1, 1, 3, 'Ask for numbers early', 1700000650000, 'UTC', 1700000650000, 'UTC');
        INSERT INTO experiments (id, reflection_id, hypothesis, action, check_date, decision,
                                 status, created_utc, created_tz, checked_utc, checked_tz)
        VALUES (1, 1, 'A reminder helps', 'Send a reminder', '2023-11-20', 1, 1,
                1700000800000, 'UTC', 1700000900000, 'UTC'),
               (2, 1, '', 'Ask a day early', '2023-11-27', 0, 0, 1700000950000, 'UTC', NULL,
                NULL),
               (3, 2, 'Practice helps', '', NULL, 2, 1, 1700001250000, 'UTC', 1700001280000,
                'UTC');
        INSERT INTO reflections_fts (reflections_fts) VALUES ('rebuild');
        INSERT INTO lessons_fts (lessons_fts) VALUES ('rebuild');
    )sql"));
    REQUIRE(queryInt(db, "PRAGMA user_version;") == 3);
}

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

TEST_CASE("Version 3 with entries and loops migrates to 4 intact, ready for nudges",
          "[migrations][nudges]")
{
    const QString path = freshDir(QStringLiteral("mig-v4")) + QStringLiteral("/vault.db");
    const VaultKey key = VaultKey::generate();
    {
        VaultError error;
        auto db = Database::open(path, key, &error);
        REQUIRE(db);
        writeVersion3Fixture(*db);
    }
    VaultError error;
    auto db = Database::open(path, key, &error);
    REQUIRE(db);
    REQUIRE_FALSE(migrations::migrate(*db, 4)); // as a Debrief of that version would
    CHECK(queryInt(*db, "PRAGMA user_version;") == 4);
    CHECK_FALSE(ftsIntegrityCheck(*db));

    // Entries and loops as they were.
    CHECK(queryInt(*db, "SELECT count(*) FROM reflections;") == 3);
    CHECK(queryText(*db, "SELECT text FROM reflections WHERE id = 1;") ==
          QStringLiteral("Budget meeting derailed"));
    CHECK(queryInt(*db, "SELECT updated_utc FROM reflections WHERE id = 1;") == 1700000500000);
    CHECK(queryInt(*db, "SELECT count(*) FROM stage_transitions;") == 6);
    CHECK(queryInt(*db, "SELECT count(*) FROM stage_answers;") == 2);
    CHECK(queryText(*db, "SELECT group_concat(id || ':' || status || ':' || coalesce(check_date, "
                         "'-'), ' ') FROM (SELECT * FROM experiments ORDER BY id);") ==
          QStringLiteral("1:1:2023-11-20 2:0:2023-11-27 3:1:-"));
    CHECK(queryInt(*db, "SELECT rowid FROM reflections_fts WHERE reflections_fts MATCH "
                        "'reminder';") == 1);

    // The new tables, empty, and the experiments' updated time from their last known time.
    CHECK(queryInt(*db, "SELECT count(*) FROM nudge_states;") == 0);
    CHECK(queryInt(*db, "SELECT count(*) FROM nudge_log;") == 0);
    CHECK(queryText(*db, "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master "
                         "WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('nudge_log', "
                         "'reflections', 'stage_answers', 'lessons') ORDER BY name);") ==
          QStringLiteral("lessons_by_created lessons_by_reflection lessons_by_time "
                         "nudge_log_by_shown reflections_by_created reflections_in_loop "
                         "stage_answers_by_time stage_answers_next_risk"));
    CHECK(queryText(*db, "SELECT group_concat(updated_utc, ' ') FROM (SELECT updated_utc FROM "
                         "experiments ORDER BY id);") ==
          QStringLiteral("1700000900000 1700000950000 1700001280000"));

    // The planner's view of the old entries: the closed one left out.
    REQUIRE_FALSE(migrations::migrate(*db));
    NudgeStore nudges(*db);
    const QVector<NudgeEntry> entries = nudges.plannerEntries(&error);
    REQUIRE_FALSE(error);
    REQUIRE(entries.size() == 2);
    const NudgeEntry& apply = entries[0];
    CHECK(apply.id == 1);
    CHECK(apply.stage == Stage::Apply);
    CHECK(apply.stageSince == at(1700000700000));
    CHECK(apply.lastChange == at(1700000950000)); // the open experiment's creation
    CHECK(apply.experimentPlanned);
    CHECK(apply.experimentOpen);
    CHECK(apply.experimentCheckDate == QDate(2023, 11, 27));
    CHECK_FALSE(apply.experimentChecked.isValid());
    CHECK_FALSE(apply.hasNextRisk);
    const NudgeEntry& cont = entries[1];
    CHECK(cont.id == 2);
    CHECK(cont.stage == Stage::Continue);
    CHECK(cont.stageSince == at(1700001300000));
    CHECK(cont.lastChange == at(1700001900000)); // the next risk's answer
    CHECK_FALSE(cont.experimentOpen);
    CHECK(cont.experimentChecked == at(1700001280000));
    CHECK(cont.hasNextRisk);
    CHECK_FALSE(cont.muted);

    // Choices work on old entries and go with them.
    REQUIRE_FALSE(nudges.setMuted(2, true));
    CHECK(nudges.muted(2, &error));
    REQUIRE_FALSE(ReflectionStore(*db).remove(2));
    CHECK(queryInt(*db, "SELECT count(*) FROM nudge_states;") == 0);
    CHECK_FALSE(ftsIntegrityCheck(*db));
}
