// Migration 5 (history) from a version-4 vault as Debrief wrote it: entries, loops, recordings,
// nudge choices and search stay intact; Chinese text, one word to the old tokenizer, is now
// found by its characters; the values the history list and the insights read are filled in for
// the old entries; tags and examples start empty.

#include "HistoryFixture.h"

#include "vault/InsightsStore.h"
#include "vault/Migrations.h"
#include "vault/NudgeStore.h"
#include "vault/Statement.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

// Four entries as version 4's stores wrote them (rows, then the indexes rebuilt over the view):
// 1 in Apply with a checked experiment and an open one (check day 2023-11-27), a lesson and
// muted nudges; 2 in Continue, spoken, its next risk written; 3 closed; 4 in Detect, Chinese.
void writeVersion4Fixture(Database& db)
{
    REQUIRE_FALSE(migrations::migrate(db, 4));
    REQUIRE_FALSE(db.exec(R"sql(
        INSERT INTO reflections (id, text, created_utc, created_tz, updated_utc, updated_tz,
                                 stage, failure_type, spectrum_point)
        VALUES (1, 'Budget meeting derailed', 1700000000000, 'Europe/Berlin',
                1700000500000, 'Europe/Berlin', 3, 2, 0),
               (2, 'Interview nerves', 1700001000000, 'UTC', 1700001000000, 'UTC', 4, 0, 0),
               (3, 'Closed one', 1700002000000, 'UTC', 1700002000000, 'UTC', 5, 1, 0),
               (4, '今天的会议很糟糕', 1700003000000, 'Asia/Shanghai', 1700003000000,
                'Asia/Shanghai', 1, 0, 0);
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
                                 status, created_utc, created_tz, checked_utc, checked_tz,
                                 updated_utc)
        VALUES (1, 1, 'A reminder helps', 'Send a reminder', '2023-11-20', 1, 1,
                1700000800000, 'UTC', 1700000900000, 'UTC', 1700000900000),
               (2, 1, '', 'Ask a day early', '2023-11-27', 0, 0, 1700000950000, 'UTC', NULL,
                NULL, 1700000950000),
               (3, 2, 'Practice helps', '', NULL, 2, 1, 1700001250000, 'UTC', 1700001280000,
                'UTC', 1700001280000);
        INSERT INTO recordings (id, reflection_id, prompt_id, format, state, duration_ms,
                                byte_count)
        VALUES (1, 2, '', 'audio/ogg; codecs=opus', 1, 61000, 12),
               (2, 1, 'analyse.why_difference', 'audio/ogg; codecs=opus', 1, 5000, 5);
        INSERT INTO recording_chunks (recording_id, seq, data)
        VALUES (1, 0, x'4f6767532d2d2d2d2d2d2d2d'), (2, 0, x'4f67675321');
        INSERT INTO nudge_states (reflection_id, muted, dismissed_utc)
        VALUES (1, 1, 1700000960000);
        INSERT INTO nudge_log (kind, shown_utc, entry_count) VALUES (1, 1700001000000, 2);
        INSERT INTO reflections_fts (reflections_fts) VALUES ('rebuild');
        INSERT INTO lessons_fts (lessons_fts) VALUES ('rebuild');
    )sql"));
    REQUIRE(queryInt(db, "PRAGMA user_version;") == 4);
    // The old tokenizer takes the Chinese sentence for one word.
    CHECK(queryInt(db, "SELECT count(*) FROM reflections_fts WHERE reflections_fts MATCH "
                       "'\"会议\"';") == 0);
}

} // namespace

TEST_CASE("Version 4 migrates to 5 intact, with Chinese found and the history's values filled in",
          "[migrations][history]")
{
    const QString dir = freshDir(QStringLiteral("mig-v5"));
    const QString path = dir + QStringLiteral("/vault.db");
    const VaultKey key = VaultKey::generate();
    {
        VaultError error;
        auto db = Database::open(path, key, &error);
        REQUIRE(db);
        writeVersion4Fixture(*db);
    }
    VaultError error;
    auto db = Database::open(path, key, &error);
    REQUIRE(db);
    REQUIRE_FALSE(migrations::migrate(*db, 5));
    CHECK(queryInt(*db, "PRAGMA user_version;") == 5);
    CHECK_FALSE(ftsIntegrityCheck(*db));
    CHECK(queryText(*db, "SELECT sql FROM sqlite_master WHERE name = 'reflections_fts';")
              .contains(QStringLiteral("tokenize = 'debrief remove_diacritics 2'")));
    CHECK(queryText(*db, "SELECT sql FROM sqlite_master WHERE name = 'lessons_fts';")
              .contains(QStringLiteral("tokenize = 'debrief remove_diacritics 2'")));

    // Entries, loops, recordings and nudges as they were.
    CHECK(queryText(*db, "SELECT group_concat(id || ':' || stage || ':' || failure_type || ':' || "
                         "text, ' / ') FROM (SELECT * FROM reflections ORDER BY id);") ==
          QStringLiteral("1:3:2:Budget meeting derailed / 2:4:0:Interview nerves / "
                         "3:5:1:Closed one / 4:1:0:今天的会议很糟糕"));
    CHECK(queryInt(*db, "SELECT count(*) FROM stage_transitions;") == 6);
    CHECK(queryInt(*db, "SELECT count(*) FROM stage_answers;") == 2);
    CHECK(queryInt(*db, "SELECT count(*) FROM lessons;") == 1);
    CHECK(queryInt(*db, "SELECT count(*) FROM experiments;") == 3);
    CHECK(queryInt(*db, "SELECT count(*) FROM recording_chunks;") == 2);
    CHECK(queryInt(*db, "SELECT muted FROM nudge_states WHERE reflection_id = 1;") == 1);
    CHECK(queryInt(*db, "SELECT count(*) FROM nudge_log;") == 1);
    CHECK(queryInt(*db, "SELECT count(*) FROM tags;") == 0);
    CHECK(queryInt(*db, "SELECT count(*) FROM reflections WHERE is_example <> 0;") == 0);

    // What the list and the insights read, filled in for the old entries exactly as the
    // triggers keep it.
    CHECK(queryInt(*db,
                   "SELECT count(*) FROM reflections r JOIN reflections_derived d ON "
                   "d.id = r.id WHERE r.experiment_count IS d.experiment_count AND "
                   "r.waiting_since_utc IS d.waiting_since_utc AND r.reached = d.reached AND "
                   "r.analysed_utc IS d.analysed_utc AND r.applied_utc IS d.applied_utc;") == 4);
    CHECK(queryText(*db, "SELECT group_concat(id || ':' || coalesce(voice_state, '-') || ':' || "
                         "experiment_count || ':' || reached, ' ') FROM "
                         "(SELECT * FROM reflections ORDER BY id);") ==
          QStringLiteral("1:-:2:14 2:1:1:30 3:-:0:34 4:-:0:2"));
    // Entry 1 waits for its open experiment's check day (2023-11-27, UTC midnight).
    CHECK(queryInt(*db, "SELECT waiting_since_utc FROM reflections WHERE id = 1;") ==
          QDateTime(QDate(2023, 11, 27), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());

    // Search: what was found still is, and the Chinese sentence now by its characters.
    REQUIRE_FALSE(migrations::migrate(*db));
    HistoryQuery history(*db);
    const QTimeZone zone("Europe/Berlin");
    auto found = [&](const QString& words) {
        HistoryFilter filter;
        filter.words = words;
        QList<ReflectionId> ids;
        for (const HistoryRow& row : history.page(filter, zone, 0, 10, &error))
            ids.append(row.summary.id);
        requireOk(error);
        return ids;
    };
    CHECK(found(QStringLiteral("reminder")) == QList<ReflectionId>{1});
    CHECK(found(QStringLiteral("lead role")) == QList<ReflectionId>{2});
    CHECK(found(QStringLiteral("会议")) == QList<ReflectionId>{4});
    CHECK(found(QStringLiteral("糟糕")) == QList<ReflectionId>{4});
    VaultError lessonError;
    CHECK(LoopStore(*db).lessons(QStringLiteral("numbers"), 10, &lessonError).size() == 1);
    requireOk(lessonError);

    // The history's filters and orders work on the old entries.
    HistoryFilter voice;
    voice.hasVoice = true;
    CHECK(history.count(voice, zone, &error) == 1);
    HistoryFilter attention;
    attention.sort = HistorySort::NeedsAttention;
    QList<ReflectionId> order;
    for (const HistoryRow& row : history.page(attention, zone, 0, 10, &error))
        order.append(row.summary.id);
    CHECK(order == QList<ReflectionId>{2, 4, 1, 3});
    const Insights in = InsightsStore(*db).compute(zone, QDate(2023, 11, 30), 30, &error);
    requireOk(error);
    CHECK(in.reflections == 4);
    CHECK(in.reachedStage == std::array<int, 4>{4, 2, 2, 1});
    CHECK(in.closed == 1);
    CHECK(in.experiments == 3);
    CHECK(in.experimentsOpen == 1);
    CHECK(in.kept == 1);
    CHECK(in.adjusted == 1);

    // The old entries take tags, and the nudges still know them.
    TagStore tags(*db);
    requireOk(tags.addTag(1, QStringLiteral("budget")));
    CHECK(found(QStringLiteral("budget")) == QList<ReflectionId>{1});
    CHECK(NudgeStore(*db).muted(1, &error));
    CHECK_FALSE(ftsIntegrityCheck(*db));
}
