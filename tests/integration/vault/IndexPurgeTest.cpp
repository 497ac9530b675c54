// What edits leave in the search index and who takes it out (schema 8, SECURITY.md PR-2, label
// integration): an edit leaves the old words behind FTS5 delete markers, found by no search,
// and lists the entry; the maintenance pass merges them out of every page, also when edits come
// between its steps; deleting an entry edited since takes them out at once, and one that was
// not is cut out without merging the index; an unfinished purge resumes on the next start.

#include "MarkedContent.h"
#include "VaultTestHelpers.h"

#include "vault/IndexPurge.h"
#include "vault/LoopStore.h"
#include "vault/Migrations.h"
#include "vault/ReflectionStore.h"
#include "vault/Statement.h"
#include "vault/TagStore.h"
#include "vault/VaultMaintenance.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

// One index token each (see DeletionTest); the scans look for the tails.
const QByteArray Marker = "pw7zqmarkerpurge";
const QByteArray MarkerTail = "qmarkerpurge";
const QByteArray Other = "hb3xkothermarker";
const QByteArray OtherTail = "kothermarker";

qint64 matches(Database& db, const QByteArray& word)
{
    Statement q(db, "SELECT count(*) FROM reflections_fts WHERE reflections_fts MATCH ?1;");
    q.bind(1, QString::fromUtf8(word));
    REQUIRE(q.next());
    return q.int64(0);
}

qint64 segments(Database& db)
{
    return queryInt(db, "SELECT count(DISTINCT (id >> 37)) FROM reflections_fts_data "
                        "WHERE id > 10;");
}

qint64 pendingRows(Database& db)
{
    return queryInt(db, "SELECT count(*) FROM search_purge_pending;");
}

LocalMoment at(int n)
{
    return momentAt(1700000000000LL + n * 60000LL);
}

// An entry whose text, a lesson and a tag hold word, each saved in its own transaction as the
// app saves them (so they land in segments of their own).
ReflectionId addWithWord(Database& db, const QByteArray& word, int n)
{
    VaultError error;
    const QString w = QString::fromUtf8(word);
    const ReflectionId id = ReflectionStore(db).add(
        QStringLiteral("The launch slipped again, %1, nobody owned the checklist").arg(w), at(n),
        &error);
    REQUIRE_FALSE(error);
    REQUIRE(LoopStore(db).addLesson(id, Stage::Analyse, QStringLiteral("Own it: ") + w, at(n),
                                    &error) > 0);
    REQUIRE_FALSE(error);
    REQUIRE_FALSE(TagStore(db).addTag(id, QStringLiteral("tag") + w));
    return id;
}

// Edits word out of the entry's text, tag and lesson.
void editAway(Database& db, ReflectionId id, const QByteArray& word, int n)
{
    REQUIRE_FALSE(ReflectionStore(db).update(
        id, QStringLiteral("The launch slipped again, nobody owned the checklist"), at(n)));
    REQUIRE_FALSE(TagStore(db).removeTag(id, QStringLiteral("tag") + QString::fromUtf8(word)));
    VaultError error;
    const auto loop = LoopStore(db).load(id, &error);
    REQUIRE(loop);
    REQUIRE(loop->lessons.size() == 1);
    REQUIRE_FALSE(
        LoopStore(db).updateLesson(loop->lessons.front().id, QStringLiteral("Own it"), at(n)));
}

void plainEntries(Database& db, int from, int to)
{
    for (int n = from; n <= to; ++n)
        plantPlainEntry(db, n);
}

} // namespace

TEST_CASE("Words an edit took out are found by no search, and the maintenance pass takes them "
          "out of every page",
          "[purge]")
{
    const QString dir = freshDir(QStringLiteral("purge-edit"));
    auto db = openMigrated(dir + QStringLiteral("/vault.db"), VaultKey::generate());
    plainEntries(*db, 1, 5);
    const ReflectionId id = addWithWord(*db, Marker, 6);
    plainEntries(*db, 7, 10);
    REQUIRE(matches(*db, Marker) == 1);
    // Adding a tag is an edit too: settle those first.
    VaultMaintenance(*db).runAll();
    REQUIRE(pendingRows(*db) == 0);

    editAway(*db, id, Marker, 7);

    CHECK(matches(*db, Marker) == 0);
    CHECK(matches(*db, "checklist") == 1);
    CHECK_FALSE(ftsIntegrityCheck(*db));
    // The edit left the settings as they were and listed the entry; its old words are still in
    // older segments, which is what the pass is for.
    CHECK(queryInt(*db, "SELECT v FROM reflections_fts_config WHERE k = 'secure-delete';") == 1);
    CHECK(queryInt(*db, "SELECT v FROM lessons_fts_config WHERE k = 'secure-delete';") == 1);
    CHECK(queryInt(*db, "SELECT reflection_id FROM search_purge_pending;") == id);
    checkpointTruncate(*db);
    REQUIRE_FALSE(pagesHolding(*db, MarkerTail).isEmpty());

    VaultMaintenance(*db).runAll();

    checkpointTruncate(*db);
    INFO("pages holding the marker: " << pagesHolding(*db, MarkerTail).size());
    CHECK(pagesHolding(*db, MarkerTail).isEmpty());
    CHECK(pendingRows(*db) == 0);
    CHECK(segments(*db) == 1);
    CHECK(matches(*db, "checklist") == 1);
    CHECK(matches(*db, "offsite") == 9);
    CHECK_FALSE(ftsIntegrityCheck(*db));
}

TEST_CASE("Edits made between the pass's steps are purged by the same pass", "[purge]")
{
    const QString dir = freshDir(QStringLiteral("purge-between"));
    auto db = openMigrated(dir + QStringLiteral("/vault.db"), VaultKey::generate());
    plainEntries(*db, 1, 30);
    const ReflectionId first = addWithWord(*db, Marker, 31);
    const ReflectionId second = addWithWord(*db, Other, 32);
    VaultMaintenance(*db).runAll();
    editAway(*db, first, Marker, 33);

    // One small step, then an edit as the UI thread would make it between two steps.
    IndexPurge purge(*db);
    bool done = true;
    REQUIRE_FALSE(purge.step(2, &done));
    REQUIRE_FALSE(done);
    editAway(*db, second, Other, 34);
    CHECK(pendingRows(*db) == 2);
    int steps = 0;
    while (!done && steps < 10000) {
        REQUIRE_FALSE(purge.step(2, &done));
        ++steps;
    }
    REQUIRE(done);

    checkpointTruncate(*db);
    CHECK(pagesHolding(*db, MarkerTail).isEmpty());
    CHECK(pagesHolding(*db, OtherTail).isEmpty());
    CHECK(pendingRows(*db) == 0);
    CHECK(matches(*db, "checklist") == 2);
    CHECK_FALSE(ftsIntegrityCheck(*db));
}

TEST_CASE("Deleting an entry edited since the last pass leaves none of its words, old or "
          "current",
          "[purge]")
{
    const QString dir = freshDir(QStringLiteral("purge-delete-edited"));
    auto db = openMigrated(dir + QStringLiteral("/vault.db"), VaultKey::generate());
    plainEntries(*db, 1, 5);
    const ReflectionId id = addWithWord(*db, Marker, 6);
    plainEntries(*db, 7, 10);
    // The marker only in the old text (edited away), the other word in the current one.
    editAway(*db, id, Marker, 11);
    REQUIRE_FALSE(ReflectionStore(*db).update(
        id, QStringLiteral("Still slipping ") + QString::fromUtf8(Other), at(12)));
    REQUIRE(matches(*db, Other) == 1);

    REQUIRE_FALSE(ReflectionStore(*db).remove(id));

    // No maintenance pass: the delete itself took them out.
    checkpointTruncate(*db);
    CHECK(pagesHolding(*db, MarkerTail).isEmpty());
    CHECK(pagesHolding(*db, OtherTail).isEmpty());
    CHECK(pendingRows(*db) == 0);
    CHECK(matches(*db, Other) == 0);
    CHECK(matches(*db, "offsite") == 9);
    CHECK_FALSE(ftsIntegrityCheck(*db));
}

TEST_CASE("Deleting an entry not edited since the last pass cuts its words out without merging "
          "the index",
          "[purge]")
{
    const QString dir = freshDir(QStringLiteral("purge-delete-quick"));
    auto db = openMigrated(dir + QStringLiteral("/vault.db"), VaultKey::generate());
    plainEntries(*db, 1, 5);
    const ReflectionId id = addWithWord(*db, Marker, 6);
    editAway(*db, id, Marker, 7);
    REQUIRE_FALSE(ReflectionStore(*db).update(
        id, QStringLiteral("Still slipping ") + QString::fromUtf8(Other), at(8)));
    VaultMaintenance(*db).runAll();
    REQUIRE(pendingRows(*db) == 0);
    // Later saves, each in a segment of its own.
    plainEntries(*db, 9, 12);
    const qint64 segmentsBefore = segments(*db);
    REQUIRE(segmentsBefore > 1);

    REQUIRE_FALSE(ReflectionStore(*db).remove(id));

    checkpointTruncate(*db);
    CHECK(pagesHolding(*db, OtherTail).isEmpty());
    CHECK(pagesHolding(*db, MarkerTail).isEmpty());
    CHECK(segments(*db) == segmentsBefore);
    CHECK(matches(*db, "offsite") == 9);
    CHECK_FALSE(ftsIntegrityCheck(*db));
}

TEST_CASE("A purge left unfinished resumes when maintenance starts, without a write", "[purge]")
{
    const QString dir = freshDir(QStringLiteral("purge-resume"));
    auto db = openMigrated(dir + QStringLiteral("/vault.db"), VaultKey::generate());
    plainEntries(*db, 1, 5);
    const ReflectionId id = addWithWord(*db, Marker, 6);
    VaultMaintenance(*db).runAll();
    editAway(*db, id, Marker, 7);
    REQUIRE(pendingRows(*db) == 1);

    // As after a restart: a new maintenance object that has seen no write.
    VaultMaintenance maintenance(*db);
    maintenance.setIdleDelay(50);
    maintenance.resumePending();
    CHECK(pendingRows(*db) == 1); // nothing happens during the call itself
    CHECK(waitUntil([&] { return pendingRows(*db) == 0; }, 5000));
    checkpointTruncate(*db);
    CHECK(pagesHolding(*db, MarkerTail).isEmpty());
}

TEST_CASE("Migration 8 lists no entry, keeps the indexes' settings and content, and edits after "
          "it list theirs",
          "[migrations][purge]")
{
    const QString path = freshDir(QStringLiteral("mig-v8")) + QStringLiteral("/vault.db");
    VaultError error;
    auto db = Database::open(path, VaultKey::generate(), &error);
    REQUIRE(db);
    REQUIRE_FALSE(migrations::migrate(*db, 7));
    ReflectionStore store(*db);
    for (int n = 1; n <= 20; ++n)
        REQUIRE(store.add(QStringLiteral("Entry %1 about the offsite").arg(n), at(n), &error) > 0);
    const QString textsBefore = queryText(*db, "SELECT group_concat(text, '|') FROM reflections;");

    REQUIRE_FALSE(migrations::migrate(*db, 8));
    CHECK(queryInt(*db, "PRAGMA user_version;") == 8);
    CHECK(pendingRows(*db) == 0);
    CHECK(queryText(*db, "SELECT group_concat(text, '|') FROM reflections;") == textsBefore);
    CHECK(queryInt(*db, "SELECT v FROM reflections_fts_config WHERE k = 'secure-delete';") == 1);
    CHECK(queryInt(*db, "SELECT v FROM lessons_fts_config WHERE k = 'secure-delete';") == 1);
    CHECK(matches(*db, "offsite") == 20);
    CHECK_FALSE(ftsIntegrityCheck(*db));

    REQUIRE_FALSE(store.update(3, QStringLiteral("Entry 3, rewritten"), at(30)));
    CHECK(queryInt(*db, "SELECT reflection_id FROM search_purge_pending;") == 3);
    CHECK(matches(*db, "offsite") == 19);
    CHECK(matches(*db, "rewritten") == 1);
    CHECK_FALSE(ftsIntegrityCheck(*db));
}
