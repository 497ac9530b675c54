#include "vault/Database.h"
#include "vault/Migrations.h"

namespace debrief::migrations {

VaultError toV3_loop(Database& db)
{
    // The four-stage loop. Each reflection gets its stage (core/Stage.h numbers, Detect for
    // every existing entry), failure type and spectrum point (core/FailureType.h). Answers
    // remember the version of the question they answered; lessons, possible changes,
    // experiments and the stage history (with skip reasons) hang off their reflection and go
    // with it. Check dates are local calendar days ('YYYY-MM-DD'), so they sort as text.
    //
    // Search covers everything a person wrote: reflections_fts is rebuilt over the view
    // reflections_search, which gives per reflection its text and, as "loop", every loop text
    // in a fixed order. The view changes whenever a loop row does, so SearchIndex removes a
    // reflection's index entry before any change and adds it back after, in the same
    // transaction. Lessons also get their own small index (lessons_fts) so the Lessons page
    // finds a lesson by its own words. Tokenizer, prefix index and usermerge are as in v1.
    return db.exec(R"sql(
        ALTER TABLE reflections ADD COLUMN stage INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE reflections ADD COLUMN failure_type INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE reflections ADD COLUMN spectrum_point INTEGER NOT NULL DEFAULT 0;

        CREATE TABLE stage_answers (
            reflection_id  INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
            prompt_id      TEXT NOT NULL,
            field          TEXT NOT NULL DEFAULT '',
            prompt_version INTEGER NOT NULL,
            text           TEXT NOT NULL DEFAULT '',
            value          INTEGER NOT NULL DEFAULT 0,
            updated_utc    INTEGER NOT NULL,
            updated_tz     TEXT NOT NULL,
            PRIMARY KEY (reflection_id, prompt_id, field)
        ) WITHOUT ROWID;

        CREATE TABLE stage_transitions (
            id            INTEGER PRIMARY KEY,
            reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
            kind          INTEGER NOT NULL,
            from_stage    INTEGER NOT NULL,
            to_stage      INTEGER NOT NULL,
            reason        TEXT NOT NULL DEFAULT '',
            at_utc        INTEGER NOT NULL,
            at_tz         TEXT NOT NULL
        );
        CREATE INDEX stage_transitions_by_reflection ON stage_transitions (reflection_id, id);

        CREATE TABLE lessons (
            id            INTEGER PRIMARY KEY,
            reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
            stage         INTEGER NOT NULL,
            text          TEXT NOT NULL,
            created_utc   INTEGER NOT NULL,
            created_tz    TEXT NOT NULL,
            updated_utc   INTEGER NOT NULL,
            updated_tz    TEXT NOT NULL
        );
        CREATE INDEX lessons_by_reflection ON lessons (reflection_id, id);
        CREATE INDEX lessons_by_created ON lessons (created_utc DESC, id DESC);

        CREATE TABLE possible_changes (
            id            INTEGER PRIMARY KEY,
            reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
            position      INTEGER NOT NULL,
            text          TEXT NOT NULL,
            impact        REAL NOT NULL DEFAULT 0.5,
            feasibility   REAL NOT NULL DEFAULT 0.5
        );
        CREATE INDEX possible_changes_by_reflection ON possible_changes (reflection_id, position);

        CREATE TABLE experiments (
            id            INTEGER PRIMARY KEY,
            reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
            change_id     INTEGER REFERENCES possible_changes (id) ON DELETE SET NULL,
            hypothesis    TEXT NOT NULL DEFAULT '',
            action        TEXT NOT NULL DEFAULT '',
            check_date    TEXT,
            signal        TEXT NOT NULL DEFAULT '',
            result        TEXT NOT NULL DEFAULT '',
            decision      INTEGER NOT NULL DEFAULT 0,
            status        INTEGER NOT NULL DEFAULT 0,
            created_utc   INTEGER NOT NULL,
            created_tz    TEXT NOT NULL,
            checked_utc   INTEGER,
            checked_tz    TEXT
        );
        CREATE INDEX experiments_by_reflection ON experiments (reflection_id, id);
        CREATE INDEX experiments_open_by_date ON experiments (status, check_date);
        CREATE INDEX experiments_by_change ON experiments (change_id);

        CREATE VIEW reflections_search (id, text, loop) AS
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
               FROM stage_transitions t WHERE t.reflection_id = r.id AND t.reason <> ''))
        FROM reflections r;

        DROP TABLE reflections_fts;
        CREATE VIRTUAL TABLE reflections_fts USING fts5 (
            text,
            loop,
            content = 'reflections_search',
            content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '3'
        );
        INSERT INTO reflections_fts (reflections_fts, rank) VALUES ('usermerge', 2);
        INSERT INTO reflections_fts (reflections_fts) VALUES ('rebuild');

        CREATE VIRTUAL TABLE lessons_fts USING fts5 (
            text,
            content = 'lessons',
            content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '3'
        );
    )sql");
}

} // namespace debrief::migrations
