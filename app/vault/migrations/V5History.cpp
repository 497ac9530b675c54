#include "vault/Database.h"
#include "vault/Migrations.h"

namespace debrief::migrations {

// Sets the columns reflections_derived gives to their values for the reflection whose id follows.
#define DERIVED_SET                                                                                \
    "(experiment_count, waiting_since_utc, reached, analysed_utc, applied_utc) = (SELECT "         \
    "experiment_count, waiting_since_utc, reached, analysed_utc, applied_utc "                     \
    "FROM reflections_derived d WHERE d.id ="

VaultError toV5_history(Database& db)
{
    // History review: tags, example reflections, and search that finds Chinese, Japanese and
    // Korean text.
    //
    // Tags: a tag is one row, whatever case it is typed in: key is its name case-folded (Unicode,
    // not only ASCII as COLLATE NOCASE would be) and unique; name keeps the spelling first used;
    // folded is the key without accents, for suggestions by prefix. entry_tags links tags to
    // reflections and goes with its reflection. use_count is kept by the triggers below, also
    // when a reflection's delete takes its links with it, and a tag nobody uses any more is
    // forgotten there and then.
    //
    // is_example marks the reflections of "Try it with examples" (ExampleReflections), which
    // can be taken away again without touching the person's own.
    //
    // The history list and the insights read only indexes, however the list is filtered or
    // sorted; a page reads its own rows and nothing else. So what they filter, sort and count by
    // is kept on each reflection by the triggers below, whenever a recording, move or
    // experiment is written or removed or the stage changes (reflections_derived says how; the
    // triggers recompute the reflection's values, so nothing can drift):
    // - voice_state: the state of its main voice note (AudioStore; NULL: none). A reflection
    //   still being recorded (0) is not history yet; "has voice" is NOT NULL.
    // - experiment_count: its planned experiments (a hypothesis or an action written).
    // - waiting_since_utc: for "needs attention" (HistorySort::NeedsAttention), when it started
    //   waiting for its next step: its latest move (NULL: since capture) or, when its current
    //   experiment is open with a check day, the start of that day (UTC midnight: near enough
    //   for an order).
    // - reached: the stages it has been in (bit 1 << stage: Detect always, the current one,
    //   every move's target); analysed_utc and applied_utc: when it first reached Analyse and
    //   Apply (InsightsStore's funnel and medians).
    // reflections_history (by capture time, replacing reflections_by_created) and
    // reflections_by_attention (the needs-attention order) cover every filter column, so a page
    // of either order, filtered or not, reads a few index pages; reflections_by_id has the same
    // by id, for the rows of a search's matches (reading their rows instead would decrypt a page
    // or two of text each); reflections_insights is the
    // narrowest whole-vault summary (counts read it, grouped); reflections_recording and
    // reflections_examples hold the few being recorded and the examples. reflections_to_analyse
    // and reflections_to_apply order the times between stages, so a median is one step into an
    // index. experiments.planned (a hypothesis or an action written, kept by its triggers) and
    // experiments_planned count the planned experiments by status and decision. HistoryQuery.cpp
    // and InsightsStore.cpp assert the numbers named here: 5 is Closed, 2 Analyse, 3 Apply, 0 an
    // open experiment and a recording going on.
    //
    // Search: the full-text tables are rebuilt with the tokenizer "debrief" (FtsTokenizer.h:
    // unicode61 with remove_diacritics 2, CJK characters one token each) and keep the
    // 3-character prefix index and (reflections_fts) usermerge of v1; reflections_fts also
    // indexes 4-character prefixes (the fourth letter typed would otherwise merge the lists of
    // every word starting so, once per query of a keystroke). Tag names are searchable:
    // the view gives them as a third column, "tags", so SearchIndex takes a reflection out of
    // the index before its tags change and puts it back after, as for its text and loop.
    return db.exec(R"sql(
        ALTER TABLE reflections ADD COLUMN is_example INTEGER NOT NULL DEFAULT 0;

        CREATE TABLE tags (
            id        INTEGER PRIMARY KEY,
            name      TEXT NOT NULL,
            key       TEXT NOT NULL UNIQUE,
            folded    TEXT NOT NULL,
            use_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX tags_by_folded ON tags (folded);

        CREATE TABLE entry_tags (
            reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
            tag_id        INTEGER NOT NULL REFERENCES tags (id),
            PRIMARY KEY (reflection_id, tag_id)
        ) WITHOUT ROWID;
        CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id, reflection_id);

        CREATE TRIGGER entry_tags_counted AFTER INSERT ON entry_tags BEGIN
            UPDATE tags SET use_count = use_count + 1 WHERE id = NEW.tag_id;
        END;
        CREATE TRIGGER entry_tags_forgotten AFTER DELETE ON entry_tags BEGIN
            UPDATE tags SET use_count = use_count - 1 WHERE id = OLD.tag_id;
            DELETE FROM tags WHERE id = OLD.tag_id AND use_count <= 0;
        END;

        ALTER TABLE reflections ADD COLUMN voice_state INTEGER;
        ALTER TABLE reflections ADD COLUMN experiment_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE reflections ADD COLUMN waiting_since_utc INTEGER;
        ALTER TABLE reflections ADD COLUMN reached INTEGER NOT NULL DEFAULT 2;
        ALTER TABLE reflections ADD COLUMN analysed_utc INTEGER;
        ALTER TABLE reflections ADD COLUMN applied_utc INTEGER;

        CREATE VIEW reflections_derived (id, experiment_count, waiting_since_utc, reached,
                                         analysed_utc, applied_utc) AS
        SELECT r.id,
            (SELECT count(*) FROM experiments e WHERE e.reflection_id = r.id
               AND (trim(e.hypothesis) <> '' OR trim(e.action) <> '')),
            coalesce(
                (SELECT CASE WHEN e.status = 0 AND e.check_date IS NOT NULL
                             THEN unixepoch(e.check_date) * 1000 END
                   FROM experiments e WHERE e.reflection_id = r.id ORDER BY e.id DESC LIMIT 1),
                (SELECT t.at_utc FROM stage_transitions t WHERE t.reflection_id = r.id
                   ORDER BY t.id DESC LIMIT 1)),
            2 | (1 << r.stage) | coalesce((SELECT sum(DISTINCT 1 << t.to_stage)
               FROM stage_transitions t WHERE t.reflection_id = r.id), 0),
            (SELECT min(t.at_utc) FROM stage_transitions t
               WHERE t.reflection_id = r.id AND t.to_stage = 2),
            (SELECT min(t.at_utc) FROM stage_transitions t
               WHERE t.reflection_id = r.id AND t.to_stage = 3)
        FROM reflections r;
        -- Only the entries whose values are not the defaults (an entry in Detect with no voice
        -- note keeps them): every row updated is rewritten whole, text and all.
        UPDATE reflections SET
            voice_state = (SELECT state FROM recordings
                           WHERE reflection_id = reflections.id AND prompt_id = ''),
            )sql" DERIVED_SET R"sql( reflections.id)
        WHERE stage <> 1 OR id IN (SELECT reflection_id FROM stage_transitions
                                   UNION SELECT reflection_id FROM experiments
                                   UNION SELECT reflection_id FROM recordings
                                         WHERE prompt_id = '');

        CREATE TRIGGER voice_added AFTER INSERT ON recordings WHEN NEW.prompt_id = '' BEGIN
            UPDATE reflections SET voice_state = NEW.state WHERE id = NEW.reflection_id;
        END;
        CREATE TRIGGER voice_changed AFTER UPDATE OF state ON recordings
        WHEN NEW.prompt_id = '' AND NEW.state IS NOT OLD.state BEGIN
            UPDATE reflections SET voice_state = NEW.state WHERE id = NEW.reflection_id;
        END;
        CREATE TRIGGER voice_removed AFTER DELETE ON recordings WHEN OLD.prompt_id = '' BEGIN
            UPDATE reflections SET voice_state = NULL WHERE id = OLD.reflection_id;
        END;
        CREATE TRIGGER derived_after_stage AFTER UPDATE OF stage ON reflections BEGIN
            UPDATE reflections SET )sql" DERIVED_SET R"sql( NEW.id) WHERE id = NEW.id;
        END;
        CREATE TRIGGER derived_after_move AFTER INSERT ON stage_transitions BEGIN
            UPDATE reflections SET )sql" DERIVED_SET R"sql( NEW.reflection_id)
            WHERE id = NEW.reflection_id;
        END;
        CREATE TRIGGER derived_after_move_removed AFTER DELETE ON stage_transitions BEGIN
            UPDATE reflections SET )sql" DERIVED_SET R"sql( OLD.reflection_id)
            WHERE id = OLD.reflection_id;
        END;
        CREATE TRIGGER derived_after_experiment AFTER INSERT ON experiments BEGIN
            UPDATE reflections SET )sql" DERIVED_SET R"sql( NEW.reflection_id)
            WHERE id = NEW.reflection_id;
        END;
        CREATE TRIGGER derived_after_experiment_changed
        AFTER UPDATE OF hypothesis, action, status, check_date ON experiments BEGIN
            UPDATE reflections SET )sql" DERIVED_SET R"sql( NEW.reflection_id)
            WHERE id = NEW.reflection_id;
        END;
        CREATE TRIGGER derived_after_experiment_removed AFTER DELETE ON experiments BEGIN
            UPDATE reflections SET )sql" DERIVED_SET R"sql( OLD.reflection_id)
            WHERE id = OLD.reflection_id;
        END;

        DROP INDEX reflections_by_created;
        CREATE INDEX reflections_history ON reflections (created_utc, id, stage, failure_type,
            voice_state, experiment_count);
        CREATE INDEX reflections_by_attention ON reflections (stage = 5,
            CASE WHEN stage = 5 THEN -created_utc ELSE coalesce(waiting_since_utc, created_utc) END,
            id, stage, failure_type, voice_state, created_utc);
        CREATE INDEX reflections_insights ON reflections (stage, failure_type, reached,
            voice_state, experiment_count);
        CREATE INDEX reflections_by_id ON reflections (id, created_utc, stage, failure_type,
            voice_state, waiting_since_utc);
        CREATE INDEX reflections_recording ON reflections (id) WHERE voice_state = 0;
        CREATE INDEX reflections_examples ON reflections (id) WHERE is_example = 1;
        CREATE INDEX reflections_to_analyse ON reflections (analysed_utc - created_utc)
            WHERE analysed_utc IS NOT NULL;
        CREATE INDEX reflections_to_apply ON reflections (applied_utc - analysed_utc)
            WHERE applied_utc IS NOT NULL AND analysed_utc IS NOT NULL;
        ALTER TABLE experiments ADD COLUMN planned INTEGER NOT NULL DEFAULT 0;
        UPDATE experiments SET planned = (trim(hypothesis) <> '' OR trim(action) <> '');
        CREATE TRIGGER experiment_planned AFTER INSERT ON experiments BEGIN
            UPDATE experiments SET planned = (trim(hypothesis) <> '' OR trim(action) <> '')
            WHERE id = NEW.id;
        END;
        CREATE TRIGGER experiment_replanned AFTER UPDATE OF hypothesis, action ON experiments
        BEGIN
            UPDATE experiments SET planned = (trim(hypothesis) <> '' OR trim(action) <> '')
            WHERE id = NEW.id;
        END;
        CREATE INDEX experiments_planned ON experiments (planned, status, decision);

        DROP TABLE reflections_fts;
        DROP TABLE lessons_fts;
        DROP VIEW reflections_search;
        CREATE VIEW reflections_search (id, text, loop, tags) AS
        SELECT r.id, r.text, concat_ws(char(10),
            (SELECT group_concat(a.text, char(10) ORDER BY a.prompt_id, a.field)
               FROM stage_answers a WHERE a.reflection_id = r.id AND a.text <> ''),
            (SELECT group_concat(l.text, char(10) ORDER BY l.id)
               FROM lessons l WHERE l.reflection_id = r.id),
            (SELECT group_concat(c.text, char(10) ORDER BY c.id)
               FROM possible_changes c WHERE c.reflection_id = r.id),
            (SELECT group_concat(concat_ws(char(10), e.hypothesis, e.action, e.signal, e.result),
                                 char(10) ORDER BY e.id)
               FROM experiments e WHERE e.reflection_id = r.id),
            (SELECT group_concat(t.reason, char(10) ORDER BY t.id)
               FROM stage_transitions t WHERE t.reflection_id = r.id AND t.reason <> '')),
            coalesce((SELECT group_concat(g.name, char(10) ORDER BY g.key)
               FROM entry_tags et JOIN tags g ON g.id = et.tag_id
               WHERE et.reflection_id = r.id), '')
        FROM reflections r;

        CREATE VIRTUAL TABLE reflections_fts USING fts5 (
            text,
            loop,
            tags,
            content = 'reflections_search',
            content_rowid = 'id',
            tokenize = 'debrief remove_diacritics 2',
            prefix = '3 4'
        );
        INSERT INTO reflections_fts (reflections_fts, rank) VALUES ('usermerge', 2);
        INSERT INTO reflections_fts (reflections_fts) VALUES ('rebuild');

        CREATE VIRTUAL TABLE lessons_fts USING fts5 (
            text,
            content = 'lessons',
            content_rowid = 'id',
            tokenize = 'debrief remove_diacritics 2',
            prefix = '3'
        );
        INSERT INTO lessons_fts (lessons_fts) VALUES ('rebuild');
    )sql");
}

#undef DERIVED_SET

} // namespace debrief::migrations
