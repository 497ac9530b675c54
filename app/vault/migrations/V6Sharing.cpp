#include "vault/Database.h"
#include "vault/Migrations.h"

namespace debrief::migrations {

VaultError toV6_sharing(Database& db)
{
    // Sharing with a coach, comments coming back, and backups (app/share, docs/bundle-format.md).
    //
    // Every reflection gets a stable identity, uuid: 128 random bits as 32 lowercase hex digits.
    // A share carries it so a coach's comments find their entry again, and backups merge by it
    // (an entry whose uuid is already in the vault is not added twice). Existing reflections get
    // theirs here, new ones from the trigger, so no store needs to know about it.
    //
    // share_identity is this vault's own age key pair (X25519): coaches encrypt shares to its
    // public key (recipient, "age1…"), and the people who share with this vault get comments
    // back encrypted to theirs. The secret ("AGE-SECRET-KEY-1…") lives only here, inside
    // SQLCipher. display_name is how this person signs what they send. One row, made on first
    // use. coaches are the public keys a person shares to, by name.
    //
    // "Shared with me": share_senders (grouped by their public key), received_entries (each
    // entry as it arrived: its entries.json object, shown read-only; a later share of the same
    // entry replaces it), received_audio (its voice notes, one blob each, prompt_id '' for the
    // main one) and received_comments (this coach's comment on it, sent back later).
    // entry_comments are comments that came back from a coach on this person's own entries, one
    // per coach and entry (a newer one replaces it), shown beside the entry.
    return db.exec(R"sql(
        ALTER TABLE reflections ADD COLUMN uuid TEXT;
        UPDATE reflections SET uuid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX reflections_by_uuid ON reflections (uuid);
        CREATE TRIGGER reflections_uuid_given AFTER INSERT ON reflections
        WHEN NEW.uuid IS NULL BEGIN
            UPDATE reflections SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id;
        END;

        CREATE TABLE share_identity (
            id           INTEGER PRIMARY KEY CHECK (id = 1),
            secret_key   TEXT NOT NULL,
            recipient    TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            created_utc  INTEGER NOT NULL
        );

        CREATE TABLE coaches (
            id        INTEGER PRIMARY KEY,
            name      TEXT NOT NULL,
            recipient TEXT NOT NULL UNIQUE,
            added_utc INTEGER NOT NULL
        );

        CREATE TABLE share_senders (
            id                INTEGER PRIMARY KEY,
            name              TEXT NOT NULL,
            recipient         TEXT NOT NULL UNIQUE,
            last_received_utc INTEGER NOT NULL
        );
        CREATE TABLE received_entries (
            id           INTEGER PRIMARY KEY,
            sender_id    INTEGER NOT NULL REFERENCES share_senders (id) ON DELETE CASCADE,
            entry_uuid   TEXT NOT NULL,
            created_utc  INTEGER NOT NULL,
            received_utc INTEGER NOT NULL,
            content      TEXT NOT NULL,
            UNIQUE (sender_id, entry_uuid)
        );
        CREATE INDEX received_by_sender ON received_entries (sender_id, created_utc DESC, id);
        CREATE TABLE received_audio (
            id          INTEGER PRIMARY KEY,
            received_id INTEGER NOT NULL REFERENCES received_entries (id) ON DELETE CASCADE,
            prompt_id   TEXT NOT NULL DEFAULT '',
            duration_ms INTEGER NOT NULL DEFAULT 0,
            data        BLOB NOT NULL,
            UNIQUE (received_id, prompt_id)
        );
        CREATE TABLE received_comments (
            received_id INTEGER PRIMARY KEY REFERENCES received_entries (id) ON DELETE CASCADE,
            text        TEXT NOT NULL,
            updated_utc INTEGER NOT NULL,
            updated_tz  TEXT NOT NULL
        );

        CREATE TABLE entry_comments (
            id              INTEGER PRIMARY KEY,
            reflection_id   INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
            coach_name      TEXT NOT NULL,
            coach_recipient TEXT NOT NULL,
            text            TEXT NOT NULL,
            written_utc     INTEGER NOT NULL,
            written_tz      TEXT NOT NULL,
            received_utc    INTEGER NOT NULL,
            UNIQUE (reflection_id, coach_recipient)
        );
    )sql");
}

} // namespace debrief::migrations
