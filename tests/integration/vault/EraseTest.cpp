// Erase everything (SECURITY.md PR-2, label integration): with a marker in every kind of content
// (reflections and all their parts, voice notes, tags, comments that came back, entries, voice
// notes and comments shared with this vault, coaches), VaultEraser leaves the marker in no page
// of the decrypted database, an empty WAL, a smaller file without free pages, passing integrity
// checks; the vault opens again with the same passphrase, keeps its sharing key, and works.

#include "MarkedContent.h"
#include "VaultTestHelpers.h"

#include "vault/AudioStore.h"
#include "vault/ReflectionStore.h"
#include "vault/Statement.h"
#include "vault/VaultEraser.h"

#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

const QByteArray Marker = "zq4wvmarkererase";
const QByteArray MarkerTail = "vmarkererase";

// What others shared with this vault, the comments on both sides and a coach, each holding the
// marker; a nudge shown; this vault's sharing key pair and name (kept by an erase).
void plantSharedContent(Database& db, ReflectionId ownEntry)
{
    Statement sender(db, "INSERT INTO share_senders (name, recipient, last_received_utc) "
                         "VALUES (?1, 'age1sender', 1700000000000);");
    REQUIRE_FALSE(sender.bind(1, QStringLiteral("Kim ") + QString::fromUtf8(Marker)).run());
    Statement entry(db, "INSERT INTO received_entries (sender_id, entry_uuid, created_utc, "
                        "received_utc, content) VALUES (1, 'u1', 1, 2, ?1);");
    REQUIRE_FALSE(entry.bind(1, QByteArray("{\"text\":\"") + Marker + "\"}").run());
    Statement audio(db, "INSERT INTO received_audio (received_id, data) VALUES (1, ?1);");
    REQUIRE_FALSE(audio.bindBlob(1, QByteArray("OggS") + Marker + QByteArray(20000, 'r')).run());
    Statement comment(db, "INSERT INTO received_comments (received_id, text, updated_utc, "
                          "updated_tz) VALUES (1, ?1, 3, 'UTC');");
    REQUIRE_FALSE(comment.bind(1, QString::fromUtf8("Try again " + Marker)).run());
    Statement back(db, "INSERT INTO entry_comments (reflection_id, coach_name, coach_recipient, "
                       "text, written_utc, written_tz, received_utc) "
                       "VALUES (?1, 'Sam', 'age1coach', ?2, 4, 'UTC', 5);");
    REQUIRE_FALSE(back.bind(1, ownEntry).bind(2, QString::fromUtf8("Well seen " + Marker)).run());
    Statement coach(db, "INSERT INTO coaches (name, recipient, added_utc) VALUES (?1, "
                        "'age1coach', 6);");
    REQUIRE_FALSE(coach.bind(1, QString::fromUtf8("Sam " + Marker)).run());
    REQUIRE_FALSE(
        db.exec("INSERT INTO nudge_log (kind, shown_utc, entry_count) VALUES (1, 7, 2);"
                "INSERT INTO nudge_states (reflection_id, muted) "
                "SELECT id, 1 FROM reflections LIMIT 1;"
                "INSERT INTO share_identity (id, secret_key, recipient, display_name, "
                "created_utc) VALUES (1, 'AGE-SECRET-KEY-1TEST', 'age1mine', 'Robin', 8);"));
}

// The tables that hold what a person wrote, recorded or received.
const char* const ContentTables[] = {"reflections",
                                     "recordings",
                                     "recording_chunks",
                                     "stage_answers",
                                     "stage_transitions",
                                     "lessons",
                                     "possible_changes",
                                     "experiments",
                                     "nudge_states",
                                     "nudge_log",
                                     "tags",
                                     "entry_tags",
                                     "entry_comments",
                                     "share_senders",
                                     "received_entries",
                                     "received_audio",
                                     "received_comments",
                                     "coaches",
                                     "reflections_fts_data",
                                     "lessons_fts_data"};

qint64 rowsIn(Database& db, const char* table)
{
    return queryInt(db, QStringLiteral("SELECT count(*) FROM %1;")
                            .arg(QString::fromLatin1(table))
                            .toUtf8()
                            .constData());
}

} // namespace

TEST_CASE("Erase everything leaves no marker in any page, a smaller file without free pages, "
          "and a vault that opens with the same passphrase",
          "[erase]")
{
    CreatedVault created = createVault(QStringLiteral("erase"));
    const QString path = VaultFiles(created.dir).databasePath();
    {
        Database& db = *created.vault.db;
        for (int n = 1; n <= 20; ++n)
            plantPlainEntry(db, n);
        const ReflectionId marked = plantMarkedEntry(db, Marker, 21);
        plantMarkedEntry(db, Marker, 22);
        plantSharedContent(db, marked);
        // A longer voice note, so that the file has something to shrink from.
        AudioStore audio(db);
        VaultError error;
        const RecordingInfo voice = audio.startVoiceReflection(momentAt(1700000000000),
                                                               QStringLiteral("audio/ogg"), &error);
        REQUIRE_FALSE(error);
        REQUIRE_FALSE(audio.finish(voice.id, QByteArray(2 * 1024 * 1024, 'v') + Marker, 60000));
        checkpointTruncate(db);
        REQUIRE(pagesHolding(db, MarkerTail).size() >= 8);
        const qint64 sizeBefore = QFileInfo(path).size();

        REQUIRE_FALSE(VaultEraser(db).eraseEverything());

        CHECK(pagesHolding(db, MarkerTail).isEmpty());
        CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        CHECK(QFileInfo(path).size() < sizeBefore / 4);
        CHECK(QFileInfo(path).size() ==
              queryInt(db, "PRAGMA page_count;") * queryInt(db, "PRAGMA page_size;"));
        CHECK(queryInt(db, "PRAGMA freelist_count;") == 0);
        for (const char* table : ContentTables) {
            INFO(table);
            // The full-text tables keep their structure and settings rows, nothing else.
            CHECK(rowsIn(db, table) <= (QByteArray(table).endsWith("_fts_data") ? 2 : 0));
        }
        CHECK(queryText(db, "SELECT display_name FROM share_identity;") == QStringLiteral("Robin"));
        CHECK(queryText(db, "PRAGMA integrity_check;") == QStringLiteral("ok"));
        Statement pageCheck(db, "PRAGMA cipher_integrity_check;"); // a row per bad page
        CHECK_FALSE(pageCheck.next());
        CHECK_FALSE(pageCheck.error());
        CHECK_FALSE(ftsIntegrityCheck(db));
    }
    created.vault = {};

    // The same passphrase opens it, and it is a working vault: write, find.
    VaultOpener opener{VaultFiles(created.dir)};
    VaultError error;
    OpenVault reopened = opener.openWithSecret(TestPassphrase, &error);
    INFO(Catch::StringMaker<VaultError>::convert(error));
    REQUIRE(reopened);
    ReflectionStore store(*reopened.db);
    CHECK(store.count(&error) == 0);
    REQUIRE(store.add(QStringLiteral("A fresh start after the offsite"), momentAt(1800000000000),
                      &error) > 0);
    Statement q(*reopened.db,
                "SELECT count(*) FROM reflections_fts WHERE reflections_fts MATCH 'offsite';");
    REQUIRE(q.next());
    CHECK(q.int64(0) == 1);
}
