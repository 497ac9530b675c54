#include "vault/Database.h"
#include "vault/Migrations.h"

namespace debrief::migrations {

VaultError toV4_nudges(Database& db)
{
    // Nudges (NudgeStore). nudge_states holds a person's choices per entry: muted, "Not now"
    // (dismissed_utc), snoozed until, and when a nudge about it was last shown; a row exists
    // only once something was chosen or shown, and goes with its reflection. nudge_log records
    // each notification shown (its kind, time and how many entries it stood for) for the daily
    // cap and the weekly review: never which entries, never any text. Times are UTC
    // milliseconds like every *_utc column.
    //
    // "Not now until it changes" compares against the entry's last change, but an experiment's
    // plan and result carried no time: experiments.updated_utc now moves with every write to an
    // experiment (LoopStore), starting from its last known time (checked, else created).
    //
    // The planner reads every entry still in the loop after each change, so what it needs comes
    // from small covering indexes, never from pages full of text (each one read is decrypted):
    // reflections_in_loop holds the entries not Closed (5, core/Stage.h), the others give each
    // entry's latest answer and lesson time and whether its next risk is written (the store
    // keeps no empty answer). Transitions and experiments come through their v3 indexes.
    return db.exec(R"sql(
        CREATE TABLE nudge_states (
            reflection_id     INTEGER PRIMARY KEY REFERENCES reflections (id) ON DELETE CASCADE,
            muted             INTEGER NOT NULL DEFAULT 0,
            dismissed_utc     INTEGER,
            snoozed_until_utc INTEGER,
            last_nudged_utc   INTEGER
        );

        CREATE TABLE nudge_log (
            id          INTEGER PRIMARY KEY,
            kind        INTEGER NOT NULL,
            shown_utc   INTEGER NOT NULL,
            entry_count INTEGER NOT NULL
        );
        CREATE INDEX nudge_log_by_shown ON nudge_log (shown_utc);

        CREATE INDEX reflections_in_loop ON reflections (id, stage, created_utc, updated_utc)
            WHERE stage <> 5;
        CREATE INDEX stage_answers_by_time ON stage_answers (reflection_id, updated_utc);
        CREATE INDEX stage_answers_next_risk ON stage_answers (reflection_id)
            WHERE prompt_id = 'continue.next_risk';
        CREATE INDEX lessons_by_time ON lessons (reflection_id, updated_utc);

        ALTER TABLE experiments ADD COLUMN updated_utc INTEGER NOT NULL DEFAULT 0;
        UPDATE experiments SET updated_utc = max(created_utc, coalesce(checked_utc, 0));
    )sql");
}

} // namespace debrief::migrations
