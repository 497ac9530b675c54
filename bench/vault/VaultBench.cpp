// Vault benchmarks, each against a baseline measured in the same run:
//   2) open: raw key (keyring path) vs passphrase (Argon2id INTERACTIVE + open)
//   3) save one reflection at 1k and 100k entries: encrypted vault vs the same schema unencrypted
//   4) full-text search p95 at 100k entries: encrypted vs unencrypted
//  10) the nudge planner's input (NudgeStore::plannerEntries) at 10k entries with loops vs a
//      plain scan of the same reflections, both on the encrypted vault
//  13) history at 100k entries with loops (HistoryQuery): search as you type (queries typed
//      letter by letter, with and without a stage filter), the first page, count(), periods;
//      encrypted vs unencrypted
//  14) insights at 100k entries with loops (InsightsStore::compute): encrypted vs unencrypted
// Encrypted and plain samples alternate so machine noise hits both alike. The 100k databases
// are generated once per mode and shared by 3), 4), 13) and 14) (loops are added after 3) and 4)).
//
// Usage: bench_vault --data-dir <dir on a real disk> [--saves N] [--searches N] [--large N]
//                    [--nudge-entries N] [--only open,saves,planner,search,edits,history]
//                    [--reuse]
// --only runs some of the cases (all by default); --reuse keeps the large fixtures a former run
// with --reuse left in the data folder (generating 100k entries takes minutes; the cases that
// write change them, so copy the folder first to compare builds on the same data).
// BENCH_SAVE_SQL=<sql>: an experiment, run on both save connections first (noted in the output).

#include "support/BenchSupport.h"

#include "vault/Database.h"
#include "vault/HistoryQuery.h"
#include "vault/InsightsStore.h"
#include "vault/Migrations.h"
#include "vault/NudgeStore.h"
#include "vault/ReflectionStore.h"
#include "vault/Statement.h"
#include "vault/VaultMaintenance.h"
#include "vault/VaultOpener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <functional>
#include <optional>
#include <sqlite3.h>
#include <unistd.h>

using namespace debrief;
using namespace debrief::bench;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple, benchmark only");

struct Fixture
{
    QString dir;
    VaultKey key; // empty for plain
    bool encrypted() const { return key.isValid(); }
    QString databasePath() const { return VaultFiles(dir).databasePath(); }
};

// Names a fixture as complete (its entry count and seed) for --reuse.
QString fixtureStamp(const QString& dir)
{
    return dir + QStringLiteral("/bench-fixture");
}

// A fixture prepare() completed earlier with the same count and seed, opened the way it was
// made; nullopt when there is none.
std::optional<Fixture> reuseFixture(const QString& dir, bool encrypted, int count,
                                    std::uint64_t seed)
{
    QFile stamp(fixtureStamp(dir));
    if (!stamp.open(QIODevice::ReadOnly) ||
        stamp.readAll() != QByteArray::number(count) + ' ' + QByteArray::number(qulonglong(seed)))
        return std::nullopt;
    Fixture f{dir, VaultKey()};
    if (encrypted) {
        VaultError error;
        OpenVault v = VaultOpener(VaultFiles(dir)).openWithSecret(Passphrase, &error);
        if (!v)
            fail(QStringLiteral("reuse %1: ").arg(dir) + error.detail);
        f.key = std::move(v.key);
    }
    progress(QStringLiteral("%1: reusing %2 entries in %3")
                 .arg(encrypted ? QStringLiteral("encrypted") : QStringLiteral("plain"))
                 .arg(count)
                 .arg(dir));
    return f;
}

// Creates a vault (envelope + schema) or a plain database with the same schema, then loads
// count entries in one transaction on a separate connection that is closed afterwards.
Fixture prepare(const QString& dir, bool encrypted, int count, std::uint64_t seed)
{
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    Fixture f{dir, encrypted ? VaultKey::generate() : VaultKey()};
    VaultError error;
    if (encrypted) {
        const VaultOpener opener{VaultFiles(dir)};
        OpenVault v =
            opener.create(f.key.copy(), KeyEnvelope::SecretKind::Passphrase, Passphrase, &error);
        if (!v)
            fail(QStringLiteral("create vault: ") + error.detail);
    }
    auto db = Database::open(f.databasePath(), f.key, &error);
    if (!db)
        fail(QStringLiteral("open for loading: ") + error.detail);
    if ((error = migrations::migrate(*db)))
        fail(QStringLiteral("migrate: ") + error.detail);
    TextGenerator gen(seed);
    QString message;
    const auto t0 = Clock::now();
    if (!bulkInsert(*db, gen, count, QDateTime::currentMSecsSinceEpoch() - 3600 * 1000, &message))
        fail(QStringLiteral("bulk insert: ") + message);
    progress(QStringLiteral("%1: %2 entries loaded in %3 s (%4 MB)")
                 .arg(encrypted ? QStringLiteral("encrypted") : QStringLiteral("plain"))
                 .arg(count)
                 .arg(msBetween(t0, Clock::now()) / 1000, 0, 'f', 1)
                 .arg(double(QFileInfo(f.databasePath()).size()) / 1e6, 0, 'f', 0));
    QFile stamp(fixtureStamp(dir));
    if (!stamp.open(QIODevice::WriteOnly) ||
        stamp.write(QByteArray::number(count) + ' ' + QByteArray::number(qulonglong(seed))) < 0)
        fail(QStringLiteral("cannot write ") + stamp.fileName());
    return f;
}

// The connection the app would hold: VaultOpener for the vault, Database::open + migrate for
// the plain baseline (same configuration: WAL, synchronous=NORMAL, secure_delete, the main
// connection's page cache…).
std::unique_ptr<Database> openForUse(const Fixture& f, OpenVault* keep)
{
    VaultError error;
    if (f.encrypted()) {
        *keep = VaultOpener(VaultFiles(f.dir)).openWithKey(f.key.copy(), &error);
        if (!*keep)
            fail(QStringLiteral("openWithKey: ") + error.detail);
        return std::move(keep->db);
    }
    auto db = Database::open(f.databasePath(), VaultKey(), &error);
    if (!db || (error = migrations::migrate(*db)) ||
        (error = db->setCacheSize(Database::ReadingCacheKiB)))
        fail(QStringLiteral("plain open: ") + error.detail);
    return db;
}

// Runs a and b alternately (a first on even rounds, b first on odd ones), timing each call.
// after(i, isA), if given, runs untimed after each call (e.g. the app's idle work).
void alternate(int warmups, int rounds, const std::function<void(int)>& a,
               const std::function<void(int)>& b, std::vector<double>* ta, std::vector<double>* tb,
               const std::function<void(int, bool)>& after = {})
{
    auto timed = [&](const std::function<void(int)>& fn, int i) {
        const auto t0 = Clock::now();
        fn(i);
        const double ms = msBetween(t0, Clock::now());
        if (after)
            after(i, &fn == &a);
        return ms;
    };
    for (int i = 0; i < warmups + rounds; ++i) {
        // Warm-ups use their own inputs, ahead of the measured ones.
        double da, db;
        if (i % 2 == 0) {
            da = timed(a, i);
            db = timed(b, i);
        } else {
            db = timed(b, i);
            da = timed(a, i);
        }
        if (i >= warmups) {
            ta->push_back(da);
            tb->push_back(db);
        }
    }
}

void benchOpen(const Fixture& vault, int rawRuns, int secretRuns)
{
    const VaultOpener opener{VaultFiles(vault.dir)};
    std::vector<double> raw, secret;
    // Closing is not part of an open: each vault is closed outside the timed region.
    auto openRaw = [&] {
        VaultError e;
        VaultKey key = vault.key.copy(); // as KeyringUnlock has it, from the keyring
        const auto t0 = Clock::now();
        OpenVault v = opener.openWithKey(std::move(key), &e);
        const double ms = msBetween(t0, Clock::now());
        if (!v)
            fail(QStringLiteral("openWithKey: ") + e.detail);
        return ms;
    };
    auto openSecret = [&] {
        VaultError e;
        const auto t0 = Clock::now();
        OpenVault v = opener.openWithSecret(Passphrase, &e);
        const double ms = msBetween(t0, Clock::now());
        if (!v)
            fail(QStringLiteral("openWithSecret: ") + e.detail);
        return ms;
    };
    openRaw();
    openSecret();
    const int every = std::max(1, rawRuns / secretRuns);
    for (int i = 0; i < rawRuns; ++i) {
        raw.push_back(openRaw());
        if (i % every == 0 && int(secret.size()) < secretRuns)
            secret.push_back(openSecret());
    }
    const double r = median(raw), s = median(secret);
    printRow(QStringLiteral("Vault open, median: raw key (`openWithKey`) vs passphrase "
                            "(`openWithSecret`: Argon2id INTERACTIVE + open)"),
             formatMs(r), formatMs(s), formatRatio(r / s), QStringLiteral("raw key ≤ 5 ms"),
             r <= 5);
    printNote(QStringLiteral("Vault open: %1 raw-key opens (p95 %2), %3 passphrase opens "
                             "(p95 %4), on a vault of 1k entries.")
                  .arg(raw.size())
                  .arg(formatMs(percentile(raw, 95)))
                  .arg(secret.size())
                  .arg(formatMs(percentile(secret, 95))));
}

void benchSaves(const QString& label, Database& enc, Database& plain, int saves, std::uint64_t seed)
{
    const int warmups = 20;
    TextGenerator gen(seed);
    QVector<QString> texts;
    for (int i = 0; i < warmups + saves; ++i)
        texts.append(gen.qtext(50, 300));
    ReflectionStore encStore(enc), plainStore(plain);
    // For trying a fix without touching the app: SQL run on both connections first (FTS5
    // settings such as automerge persist in the database, so they also reach the diagnosis).
    const QByteArray experiment = qgetenv("BENCH_SAVE_SQL");
    if (!experiment.isEmpty()) {
        if (enc.exec(experiment.constData()) || plain.exec(experiment.constData()))
            fail(QStringLiteral("BENCH_SAVE_SQL failed"));
        printNote(QStringLiteral("**Experiment: BENCH_SAVE_SQL `%1` ran before the saves @%2 "
                                 "(not the app's configuration).**")
                      .arg(QString::fromUtf8(experiment), label));
    }
    const LocalMoment when{QDateTime::currentDateTimeUtc(), QByteArrayLiteral("Europe/Berlin")};
    auto add = [&](ReflectionStore& store, int i) {
        VaultError e;
        if (store.add(texts[i], when, &e) <= 0)
            fail(QStringLiteral("add: ") + e.detail);
    };
    // Between saves the app is idle, and VaultMaintenance merges index segments and checkpoints
    // the WAL (that is where FTS5 merges and fsyncs happen now); it runs here untimed in the
    // save figures, and its steps are timed for the note (in the app they run on a worker).
    VaultMaintenance encIdle(enc), plainIdle(plain);
    std::vector<double> encSteps;
    std::vector<int> encStepsPerSave;
    auto idle = [&](int, bool encrypted) {
        VaultMaintenance& m = encrypted ? encIdle : plainIdle;
        m.scheduleAfterWrite();
        int steps = 0;
        for (bool more = true; more; ++steps) {
            const auto t0 = Clock::now();
            more = m.runStep();
            if (encrypted)
                encSteps.push_back(msBetween(t0, Clock::now()));
        }
        if (encrypted)
            encStepsPerSave.push_back(steps);
    };
    std::vector<double> te, tp;
    alternate(
        warmups, saves, [&](int i) { add(encStore, i); }, [&](int i) { add(plainStore, i); }, &te,
        &tp, idle);
    const double e50 = percentile(te, 50), p50 = percentile(tp, 50);
    const double e99 = percentile(te, 99), p99 = percentile(tp, 99);
    printRow(QStringLiteral("Save one reflection (`ReflectionStore::add`) p50 @%1: encrypted vs "
                            "plain")
                 .arg(label),
             formatMs(e50), formatMs(p50), formatRatio(e50 / p50), QStringLiteral("≤ 1.2×"),
             e50 / p50 <= 1.2);
    printRow(QStringLiteral("Save one reflection p99 @%1: encrypted vs plain").arg(label),
             formatMs(e99), formatMs(p99), formatRatio(e99 / p99),
             QStringLiteral("p99 ≤ 2 ms and ≤ 1.2×"), e99 <= 2 && e99 / p99 <= 1.2);
    printNote(QStringLiteral("Saves @%1 (%2 each): encrypted p90 %3, max %4; plain p90 %5, max %6.")
                  .arg(label)
                  .arg(saves)
                  .arg(formatMs(percentile(te, 90)), formatMs(percentile(te, 100)),
                       formatMs(percentile(tp, 90)), formatMs(percentile(tp, 100))));
    std::vector<double> perSave(encStepsPerSave.begin(), encStepsPerSave.end());
    printNote(QStringLiteral("Idle maintenance after each encrypted save @%1 (VaultMaintenance: "
                             "FTS merge steps of 16 pages, then a WAL checkpoint with fsync): "
                             "%2 steps per save at the median, max %3; one step p50 %4, p99 %5, "
                             "max %6.")
                  .arg(label)
                  .arg(percentile(perSave, 50), 0, 'f', 0)
                  .arg(percentile(perSave, 100), 0, 'f', 0)
                  .arg(formatMs(percentile(encSteps, 50)), formatMs(percentile(encSteps, 99)),
                       formatMs(percentile(encSteps, 100))));
}

// Editing an entry saves its text and its index row on the UI thread (entry page, and each
// stage answer 800 ms after typing stops). Schema 8: an edit leaves the old words behind FTS5
// delete markers (SearchIndex::around) and the idle maintenance merges them away (IndexPurge);
// schema 7 cut them out of their pages during the edit. Measured here: the app's edits; the
// same edits made the schema-7 way (raw SQL with 'secure-delete' on, for the note); the
// maintenance pass that purges what the edits left (total, and each step, which holds the
// write lock); deletes of entries not edited since a pass (FTS5 cuts their words out) and of
// entries just edited (the delete runs the whole purge first).
void benchEdits(const QString& label, Database& enc, Database& plain, int entries, int edits,
                std::uint64_t seed)
{
    const int warmups = 20;
    const int oldWayEdits = std::max(10, edits / 4);
    const int deletes = 50;
    const int editedDeletes = 3;
    TextGenerator gen(seed);
    Rng rng(seed + 1);
    QVector<QString> texts;
    for (int i = 0; i < 2 * (warmups + edits + oldWayEdits + editedDeletes); ++i)
        texts.append(gen.qtext(50, 300));
    ReflectionStore encStore(enc), plainStore(plain);
    // Random entries that still exist (deletes of former runs on --reuse fixtures are skipped).
    auto someEntry = [&](Database& db) {
        Statement q(db, "SELECT id FROM reflections WHERE id >= ?1 ORDER BY id LIMIT 1;");
        q.bind(1, qint64(rng.uniform(1, entries)));
        if (!q.next())
            fail(QStringLiteral("no entry to edit"));
        return q.int64(0);
    };
    QVector<ReflectionId> ids;
    for (int i = 0; i < texts.size() + deletes; ++i)
        ids.append(someEntry(enc));
    const LocalMoment when{QDateTime::currentDateTimeUtc(), QByteArrayLiteral("Europe/Berlin")};
    auto edit = [&](ReflectionStore& store, int i) {
        if (VaultError e = store.update(ids[i], texts[i], when))
            fail(QStringLiteral("update: ") + e.detail);
    };
    std::vector<double> te, tp;
    alternate(
        warmups, edits, [&](int i) { edit(encStore, i); }, [&](int i) { edit(plainStore, i); }, &te,
        &tp);
    const double e95 = percentile(te, 95), p95 = percentile(tp, 95);
    printRow(QStringLiteral("Edit one reflection (`ReflectionStore::update`) p95 @%1: encrypted vs "
                            "plain")
                 .arg(label),
             formatMs(e95), formatMs(p95), formatRatio(e95 / p95),
             QStringLiteral("≤ 16 ms (a frame)"), e95 <= 16);

    // The same kind of edits as schema 7 made them, on both (they must stay alike: the history
    // benchmarks compare them row for row afterwards).
    auto oldWay = [&](Database& db, int i) {
        const auto run = [&](const char* sql) {
            Statement q(db, sql);
            if (VaultError e = q.bind(1, ids[i]).run())
                fail(QStringLiteral("schema-7 edit: ") + e.detail);
        };
        if (db.begin())
            fail(QStringLiteral("begin"));
        run("INSERT INTO reflections_fts (reflections_fts, rowid, text, loop, tags) "
            "SELECT 'delete', id, text, loop, tags FROM reflections_search WHERE id = ?1;");
        Statement q(db, "UPDATE reflections SET text = ?2 WHERE id = ?1;");
        if (q.bind(1, ids[i]).bind(2, texts[i]).run())
            fail(QStringLiteral("schema-7 edit"));
        run("INSERT INTO reflections_fts (rowid, text, loop, tags) "
            "SELECT id, text, loop, tags FROM reflections_search WHERE id = ?1;");
        if (db.commit())
            fail(QStringLiteral("commit"));
    };
    std::vector<double> old, plainOld;
    const int offset = warmups + edits;
    alternate(
        2, oldWayEdits, [&](int i) { oldWay(enc, offset + i); },
        [&](int i) { oldWay(plain, offset + i); }, &old, &plainOld);
    printNote(QStringLiteral("Edits @%1 (%2 each, random entries, 50–300 words): encrypted p50 "
                             "%3, p95 %4, max %5; plain p50 %6. The same edits as schema 7 made "
                             "them (the index cutting the old words out at once, %7 each): "
                             "encrypted p50 %8, p95 %9; plain p50 %10.")
                  .arg(label)
                  .arg(edits)
                  .arg(formatMs(percentile(te, 50)), formatMs(e95), formatMs(percentile(te, 100)),
                       formatMs(percentile(tp, 50)))
                  .arg(oldWayEdits)
                  .arg(formatMs(percentile(old, 50)), formatMs(percentile(old, 95)),
                       formatMs(percentile(plainOld, 50))));

    // The idle maintenance after those edits, as the worker runs it: purge steps until the old
    // words are gone, then merges and a checkpoint. Each purge or merge step is a transaction
    // that holds the write lock throughout (a save meanwhile waits); SQLite's auto-checkpoint
    // would run after some commits without it, so it is off here and the last step (a PASSIVE
    // checkpoint, which never blocks a writer) is timed apart.
    auto pass = [&](Database& db, std::vector<double>* steps, double* checkpointMs) {
        if (db.exec("PRAGMA wal_autocheckpoint = 0;"))
            fail(QStringLiteral("wal_autocheckpoint"));
        VaultMaintenance m(db);
        m.scheduleAfterWrite();
        const auto t0 = Clock::now();
        for (bool more = true; more;) {
            const auto s0 = Clock::now();
            more = m.runStep();
            steps->push_back(msBetween(s0, Clock::now()));
        }
        const double seconds = msBetween(t0, Clock::now()) / 1000;
        *checkpointMs = steps->back();
        steps->pop_back();
        if (db.exec("PRAGMA wal_autocheckpoint = 1000;"))
            fail(QStringLiteral("wal_autocheckpoint"));
        return seconds;
    };
    std::vector<double> encSteps, plainSteps;
    double encCheckpoint = 0, plainCheckpoint = 0;
    const double encPass = pass(enc, &encSteps, &encCheckpoint);
    const double plainPass = pass(plain, &plainSteps, &plainCheckpoint);
    printNote(QStringLiteral("Maintenance pass after the edits @%1 (purge: FTS5 'merge' -16 on "
                             "both indexes until one segment each, then merge steps and a "
                             "checkpoint): encrypted %2 s in %3 steps, one step (write lock "
                             "held) p50 %4, p99 %5, max %6, then the checkpoint %7; plain %8 s in "
                             "%9 steps, step max %10.")
                  .arg(label)
                  .arg(encPass, 0, 'f', 1)
                  .arg(encSteps.size())
                  .arg(formatMs(percentile(encSteps, 50)), formatMs(percentile(encSteps, 99)),
                       formatMs(percentile(encSteps, 100)), formatMs(encCheckpoint))
                  .arg(plainPass, 0, 'f', 1)
                  .arg(plainSteps.size())
                  .arg(formatMs(percentile(plainSteps, 100))));

    // Deletes after the pass: FTS5 cuts the entry's words out of their pages. The same entries
    // go on both sides (the history benchmarks compare both afterwards).
    const int deleteOffset = texts.size();
    auto remove = [&](ReflectionStore& store, int i) {
        if (VaultError e = store.remove(ids[i]); e && e.kind != VaultError::Kind::NotFound)
            fail(QStringLiteral("remove: ") + e.detail);
    };
    std::vector<double> td, tpd;
    alternate(
        2, deletes - 2, [&](int i) { remove(encStore, deleteOffset + i); },
        [&](int i) { remove(plainStore, deleteOffset + i); }, &td, &tpd);
    // Deletes right after an edit of the same entry: the purge runs inside the delete.
    std::vector<double> tde, tpde;
    const int editedOffset = offset + oldWayEdits;
    auto editThenRemove = [&](ReflectionStore& store, int i) {
        edit(store, i);
        const auto t0 = Clock::now();
        remove(store, i);
        return msBetween(t0, Clock::now());
    };
    for (int i = 0; i < editedDeletes; ++i) {
        ids[editedOffset + i] = someEntry(enc); // not one deleted above
        tde.push_back(editThenRemove(encStore, editedOffset + i));
        tpde.push_back(editThenRemove(plainStore, editedOffset + i));
    }
    printNote(
        QStringLiteral("Deletes @%1 (`ReflectionStore::remove`) of entries not edited since "
                       "the last pass (%2 each): encrypted p50 %3, p95 %4; plain p50 %5, "
                       "p95 %6. Right after an edit of the same entry (the whole purge "
                       "inside the delete, %7 each): encrypted median %8, max %9; plain "
                       "median %10.")
            .arg(label)
            .arg(td.size())
            .arg(formatMs(percentile(td, 50)), formatMs(percentile(td, 95)),
                 formatMs(percentile(tpd, 50)), formatMs(percentile(tpd, 95)))
            .arg(editedDeletes)
            .arg(formatMs(median(tde)), formatMs(percentile(tde, 100)), formatMs(median(tpde))));
}

// Not a benchmark row: the disk's own flush latency (4 KiB write + fdatasync), the floor for
// any commit that waits for the disk, as synchronous=FULL would on every save.
void diskFlushNote(const QString& dir, int samples)
{
    QFile probeFile(QDir(dir).filePath(QStringLiteral("flush-probe")));
    if (!probeFile.open(QIODevice::ReadWrite | QIODevice::Truncate))
        fail(QStringLiteral("flush probe"));
    const QByteArray block(4096, 'x');
    std::vector<double> flush;
    for (int i = 0; i < samples; ++i) {
        const auto t0 = Clock::now();
        if (pwrite(probeFile.handle(), block.constData(), size_t(block.size()), 0) != 4096 ||
            fdatasync(probeFile.handle()) != 0)
            fail(QStringLiteral("flush probe"));
        flush.push_back(msBetween(t0, Clock::now()));
    }
    probeFile.remove();
    printNote(QStringLiteral("Disk flush on this machine (4 KiB + fdatasync, %1 samples): p50 %2, "
                             "p99 %3 — what synchronous=FULL would add to every save.")
                  .arg(samples)
                  .arg(formatMs(percentile(flush, 50)), formatMs(percentile(flush, 99))));
}

void benchSearch(const QString& label, Database& enc, Database& plain, int searches,
                 std::uint64_t seed)
{
    const int warmups = 20;
    const int limit = 20;
    TextGenerator gen(seed);
    QStringList queries;
    for (int i = 0; i < warmups + searches; ++i)
        queries.append(gen.query());
    const ReflectionStore encStore(enc), plainStore(plain);
    qint64 encHits = 0, plainHits = 0;
    auto search = [&](const ReflectionStore& store, int i, qint64* hits) {
        VaultError e;
        *hits += store.search(queries[i], limit, &e).size();
        if (e)
            fail(QStringLiteral("search: ") + e.detail);
    };
    std::vector<double> te, tp;
    alternate(
        warmups, searches, [&](int i) { search(encStore, i, &encHits); },
        [&](int i) { search(plainStore, i, &plainHits); }, &te, &tp);
    if (encHits != plainHits)
        fail(QStringLiteral("encrypted and plain searches found different results"));
    const double e95 = percentile(te, 95), p95 = percentile(tp, 95);
    printRow(QStringLiteral("FTS search (`ReflectionStore::search`, limit %1) p95 @%2: "
                            "encrypted vs plain")
                 .arg(limit)
                 .arg(label),
             formatMs(e95), formatMs(p95), formatRatio(e95 / p95), QStringLiteral("p95 ≤ 10 ms"),
             e95 <= 10);
    printNote(QStringLiteral("Search @%1 (%2 queries of 1–2 words, ~30 % of words cut to a "
                             "prefix, e.g. \"%3\", \"%4\", \"%5\"): encrypted p50 %6, max %7; "
                             "plain p50 %8, max %9; %10 hits per query on average.")
                  .arg(label)
                  .arg(searches)
                  .arg(queries[warmups], queries[warmups + 1], queries[warmups + 2],
                       formatMs(percentile(te, 50)), formatMs(percentile(te, 100)),
                       formatMs(percentile(tp, 50)), formatMs(percentile(tp, 100)))
                  .arg(double(encHits) / (warmups + searches), 0, 'f', 1));
}

// Gives each entry of a bench vault a loop as the app leaves them (fixed seed): a stage (30 %
// Detect, 20 % Analyse, 20 % Apply, 15 % Continue, 15 % Closed) with one move per stage passed,
// 0–3 answers, lessons and 1–2 experiments from Apply on, a next risk for half of Continue, and
// nudge choices for one entry in five. In one transaction; the loop texts are not indexed
// (nothing here searches).
int addLoops(Database& db, std::uint64_t seed)
{
    Rng rng(seed);
    TextGenerator gen(seed);
    if (db.begin())
        fail(QStringLiteral("begin"));
    QVector<QPair<qint64, qint64>> entries; // id, created
    {
        Statement q(db, "SELECT id, created_utc FROM reflections ORDER BY id;");
        while (q.next())
            entries.append({q.int64(0), q.int64(1)});
    }
    Statement stage(db, "UPDATE reflections SET stage = ?2 WHERE id = ?1;");
    Statement move(db, "INSERT INTO stage_transitions (reflection_id, kind, from_stage, to_stage, "
                       "at_utc, at_tz) VALUES (?1, 1, ?2, ?3, ?4, 'Europe/Berlin');");
    Statement answer(db, "INSERT OR REPLACE INTO stage_answers (reflection_id, prompt_id, field, "
                         "prompt_version, text, updated_utc, updated_tz) VALUES (?1, ?2, '', 1, "
                         "?3, ?4, 'Europe/Berlin');");
    Statement lesson(db, "INSERT INTO lessons (reflection_id, stage, text, created_utc, "
                         "created_tz, updated_utc, updated_tz) VALUES (?1, 3, ?2, ?3, "
                         "'Europe/Berlin', ?3, 'Europe/Berlin');");
    Statement experiment(db, "INSERT INTO experiments (reflection_id, hypothesis, action, "
                             "check_date, status, created_utc, created_tz, checked_utc, "
                             "checked_tz, updated_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                             "'Europe/Berlin', ?7, 'Europe/Berlin', coalesce(?7, ?6));");
    Statement choice(db, "INSERT INTO nudge_states (reflection_id, muted, dismissed_utc, "
                         "last_nudged_utc) VALUES (?1, ?2, ?3, ?3);");
    static const char* const prompts[] = {"detect.facts", "analyse.why_difference",
                                          "analyse.what_not_who", "continue.plan_b"};
    const qint64 hour = 3600 * 1000;
    int open = 0;
    for (const auto& [id, created] : entries) {
        const int roll = rng.uniform(1, 100);
        const int to = roll <= 30 ? 1 : roll <= 50 ? 2 : roll <= 70 ? 3 : roll <= 85 ? 4 : 5;
        open += to != 5;
        qint64 t = created;
        auto run = [&](Statement& q) {
            if (VaultError e = q.run())
                fail(QStringLiteral("loops: ") + e.detail);
            q.reset();
        };
        for (int from = 1; from < to; ++from) {
            t += rng.uniform(1, 48) * hour;
            move.bind(1, id).bind(2, qint64(from)).bind(3, qint64(from + 1)).bind(4, t);
            run(move);
        }
        stage.bind(1, id).bind(2, qint64(to));
        run(stage);
        for (int i = rng.uniform(0, 3); i > 0; --i) {
            answer.bind(1, id)
                .bind(2, QString::fromLatin1(prompts[rng.uniform(0, 3)]))
                .bind(3, gen.qtext(5, 40))
                .bind(4, created + rng.uniform(1, 72) * hour);
            run(answer);
        }
        if (to >= 3) {
            if (rng.uniform(0, 1)) {
                lesson.bind(1, id).bind(2, gen.qtext(5, 20)).bind(3, t);
                run(lesson);
            }
            for (int i = rng.uniform(1, 2); i > 0; --i) {
                const bool checked = to >= 4 || i > 1;
                experiment.bind(1, id)
                    .bind(2, gen.qtext(5, 15))
                    .bind(3, gen.qtext(3, 10))
                    .bind(4, QDateTime::fromMSecsSinceEpoch(t + 7 * 24 * hour, Qt::UTC)
                                 .date()
                                 .toString(Qt::ISODate))
                    .bind(5, qint64(checked ? 1 : 0))
                    .bind(6, t);
                if (checked)
                    experiment.bind(7, t + 8 * 24 * hour);
                else
                    experiment.bindNull(7);
                run(experiment);
            }
        }
        if (to == 4 && rng.uniform(0, 1)) {
            answer.bind(1, id)
                .bind(2, QStringLiteral("continue.next_risk"))
                .bind(3, gen.qtext(5, 20))
                .bind(4, t + hour);
            run(answer);
        }
        if (rng.uniform(1, 5) == 1) {
            choice.bind(1, id).bind(2, qint64(rng.uniform(0, 1))).bind(3, t + 2 * hour);
            run(choice);
        }
    }
    if (db.commit())
        fail(QStringLiteral("commit"));
    return open;
}

void benchPlannerEntries(const Fixture& vault, int count, int rounds)
{
    int open = 0;
    {
        VaultError error;
        auto db = Database::open(vault.databasePath(), vault.key, &error);
        if (!db)
            fail(QStringLiteral("open for loops: ") + error.detail);
        open = addLoops(*db, 5001);
    }
    OpenVault keep;
    auto db = openForUse(vault, &keep);
    const NudgeStore store(*db);
    qint64 sum = 0; // keeps the baseline's reads from being optimised away
    auto entries = [&](int) {
        VaultError e;
        const QVector<NudgeEntry> all = store.plannerEntries(&e);
        if (e || all.size() != open)
            fail(QStringLiteral("plannerEntries: %1 of %2 entries %3")
                     .arg(all.size())
                     .arg(open)
                     .arg(e.detail));
    };
    auto scan = [&](int) {
        Statement q(*db, "SELECT id, stage, created_utc FROM reflections;");
        int rows = 0;
        while (q.next()) {
            sum += q.int64(0) + q.int64(1) + q.int64(2);
            ++rows;
        }
        if (q.error() || rows != count)
            fail(QStringLiteral("baseline scan"));
    };
    std::vector<double> te, tb;
    alternate(5, rounds, entries, scan, &te, &tb);
    // One entry refreshed after it changed (plannerEntry), for ids spread over the vault.
    std::vector<double> one;
    for (int i = 0; i < 200; ++i) {
        const ReflectionId id = 1 + qint64(i) * count / 200;
        VaultError e;
        const auto t0 = Clock::now();
        store.plannerEntry(id, &e);
        one.push_back(msBetween(t0, Clock::now()));
        if (e)
            fail(QStringLiteral("plannerEntry: ") + e.detail);
    }
    const double e50 = median(te), b50 = median(tb);
    printRow(QStringLiteral("Nudge planner input (`NudgeStore::plannerEntries`, one query) median "
                            "@%1 with loops: vs `SELECT id, stage, created_utc FROM reflections`")
                 .arg(count),
             formatMs(e50), formatMs(b50), formatRatio(e50 / b50),
             // Read whole once per unlock; after that the reconciler reads only the entry
             // that changed (plannerEntry, in the note below).
             QStringLiteral("≤ 1× baseline (once per unlock)"), e50 <= b50);
    printNote(QStringLiteral("Planner input @%1 (%2 entries not closed, %3 rounds, encrypted "
                             "vault): p95 %4, max %5; baseline p95 %6 (checksum %7). One entry "
                             "alone (`plannerEntry`, 200 ids): median %8, max %9.")
                  .arg(count)
                  .arg(open)
                  .arg(rounds)
                  .arg(formatMs(percentile(te, 95)), formatMs(percentile(te, 100)),
                       formatMs(percentile(tb, 95)))
                  .arg(sum % 1000)
                  .arg(formatMs(median(one)), formatMs(percentile(one, 100))));
}

// Loops (addLoops, fixed seed) on a large fixture, then its search index rebuilt so the loops'
// texts are found as the app would find them.
void addIndexedLoops(const Fixture& f, std::uint64_t seed)
{
    VaultError error;
    auto db = Database::open(f.databasePath(), f.key, &error);
    if (!db || db->exec("PRAGMA cache_size = -262144;"))
        fail(QStringLiteral("open for loops: ") + error.detail);
    const auto t0 = Clock::now();
    QFile::remove(fixtureStamp(f.dir)); // no longer as generated: --reuse makes it anew
    addLoops(*db, seed);
    if (db->exec("INSERT INTO reflections_fts (reflections_fts) VALUES ('rebuild');") ||
        db->exec("PRAGMA wal_checkpoint(TRUNCATE);"))
        fail(QStringLiteral("rebuild after loops"));
    progress(QStringLiteral("%1: loops added and indexed in %2 s")
                 .arg(f.encrypted() ? QStringLiteral("encrypted") : QStringLiteral("plain"))
                 .arg(msBetween(t0, Clock::now()) / 1000, 0, 'f', 1));
}

// Rows a history page asks for (HistoryModel's page size).
constexpr int HistoryPageRows = 30;

void benchSearchAsYouType(const QString& label, Database& enc, Database& plain, int queries,
                          std::uint64_t seed)
{
    // Every keystroke of typing each query (1–2 words, as benchSearch), a page each time.
    const int warmupQueries = 5;
    TextGenerator gen(seed);
    QStringList typed;
    int warmups = 0;
    QStringList examples;
    for (int i = 0; i < warmupQueries + queries; ++i) {
        const QString query = gen.query();
        if (i >= warmupQueries && examples.size() < 3)
            examples.append(query);
        for (int n = 1; n <= query.size(); ++n) {
            if (query.at(n - 1) != QLatin1Char(' '))
                typed.append(query.left(n));
        }
        if (i + 1 == warmupQueries)
            warmups = int(typed.size());
    }
    const HistoryQuery encHistory(enc), plainHistory(plain);
    const QTimeZone zone("Europe/Berlin");
    for (const bool filtered : {false, true}) {
        qint64 encRows = 0, plainRows = 0;
        auto keystroke = [&](const HistoryQuery& history, int i, qint64* rows) {
            HistoryFilter filter;
            filter.words = typed[i];
            if (filtered)
                filter.stages = {Stage::Apply};
            VaultError e;
            *rows += history.page(filter, zone, 0, HistoryPageRows, &e).size();
            if (e)
                fail(QStringLiteral("history page: ") + e.detail);
        };
        std::vector<double> te, tp;
        alternate(
            warmups, int(typed.size()) - warmups,
            [&](int i) { keystroke(encHistory, i, &encRows); },
            [&](int i) { keystroke(plainHistory, i, &plainRows); }, &te, &tp);
        if (encRows != plainRows)
            fail(QStringLiteral("encrypted and plain history pages differ"));
        const double e95 = percentile(te, 95), p95 = percentile(tp, 95);
        printRow(QStringLiteral("Search as you type (`HistoryQuery::page`, %1 rows with snippets, "
                                "every keystroke)%2 p95 @%3 with loops: encrypted vs plain")
                     .arg(HistoryPageRows)
                     .arg(filtered ? QStringLiteral(" + stage filter") : QString())
                     .arg(label),
                 formatMs(e95), formatMs(p95), formatRatio(e95 / p95),
                 QStringLiteral("p95 ≤ 10 ms"), e95 <= 10);
        printNote(QStringLiteral("Search as you type @%1%2: %3 keystrokes of %4 queries typed "
                                 "letter by letter (e.g. \"%5\", \"%6\"); encrypted p50 %7, "
                                 "max %8; plain p50 %9, max %10; %11 rows per page on average.")
                      .arg(label, filtered ? QStringLiteral(" (stage Apply)") : QString())
                      .arg(te.size())
                      .arg(queries)
                      .arg(examples.value(0), examples.value(1), formatMs(percentile(te, 50)),
                           formatMs(percentile(te, 100)), formatMs(percentile(tp, 50)),
                           formatMs(percentile(tp, 100)))
                      .arg(double(encRows) / double(typed.size()), 0, 'f', 1));
    }
    // The other orders while typing: encrypted only, no goal of their own.
    QStringList others;
    for (const HistorySort sort : {HistorySort::Relevance, HistorySort::NeedsAttention}) {
        std::vector<double> t;
        for (int i = warmups; i < typed.size(); ++i) {
            HistoryFilter filter;
            filter.words = typed[i];
            filter.sort = sort;
            VaultError e;
            const auto t0 = Clock::now();
            encHistory.page(filter, zone, 0, HistoryPageRows, &e);
            t.push_back(msBetween(t0, Clock::now()));
            if (e)
                fail(QStringLiteral("history page: ") + e.detail);
        }
        others.append(QStringLiteral("%1 p50 %2, p95 %3")
                          .arg(sort == HistorySort::Relevance ? QStringLiteral("best match first")
                                                              : QStringLiteral("needs attention"),
                               formatMs(percentile(t, 50)), formatMs(percentile(t, 95))));
    }
    printNote(QStringLiteral("Search as you type @%1 in the other orders (encrypted, same "
                             "keystrokes): %2.")
                  .arg(label, others.join(QStringLiteral("; "))));
}

void benchHistoryPages(const QString& label, Database& enc, Database& plain, int rounds)
{
    const HistoryQuery encHistory(enc), plainHistory(plain);
    const QTimeZone zone("Europe/Berlin");
    auto firstPage = [&](const HistoryQuery& history, const HistoryFilter& filter) {
        VaultError e;
        if (history.page(filter, zone, 0, HistoryPageRows, &e).size() != HistoryPageRows || e)
            fail(QStringLiteral("first page: ") + e.detail);
    };
    std::vector<double> te, tp;
    const HistoryFilter all;
    alternate(
        5, rounds, [&](int) { firstPage(encHistory, all); },
        [&](int) { firstPage(plainHistory, all); }, &te, &tp);
    const double e95 = percentile(te, 95), p95 = percentile(tp, 95);
    printRow(QStringLiteral("History first page (`HistoryQuery::page`, %1 rows, no filter) p95 "
                            "@%2 with loops: encrypted vs plain")
                 .arg(HistoryPageRows)
                 .arg(label),
             formatMs(e95), formatMs(p95), formatRatio(e95 / p95), QStringLiteral("p95 ≤ 5 ms"),
             e95 <= 5);

    // The other first pages, scrolling on, count() and the timeline's periods: encrypted only.
    auto timed = [&](int runs, const std::function<void()>& fn) {
        std::vector<double> t;
        fn(); // warm-up
        for (int i = 0; i < runs; ++i) {
            const auto t0 = Clock::now();
            fn();
            t.push_back(msBetween(t0, Clock::now()));
        }
        return QStringLiteral("p50 %1, p95 %2")
            .arg(formatMs(percentile(t, 50)), formatMs(percentile(t, 95)));
    };
    HistoryFilter attention;
    attention.sort = HistorySort::NeedsAttention;
    HistoryFilter applying;
    applying.stages = {Stage::Apply};
    HistoryFilter oldest;
    oldest.sort = HistorySort::Oldest;
    const QString attentionPage = timed(rounds, [&] { firstPage(encHistory, attention); });
    const QString stagePage = timed(rounds, [&] { firstPage(encHistory, applying); });
    const QString oldestPage = timed(rounds, [&] { firstPage(encHistory, oldest); });
    std::vector<double> scroll;
    for (int p = 0; p < 200; ++p) {
        VaultError e;
        const auto t0 = Clock::now();
        encHistory.page(all, zone, p * HistoryPageRows, HistoryPageRows, &e);
        scroll.push_back(msBetween(t0, Clock::now()));
        if (e)
            fail(QStringLiteral("scroll: ") + e.detail);
    }
    printNote(QStringLiteral("History pages @%1 (encrypted, %2 rows): first page needs attention "
                             "%3; stage Apply %4; oldest first %5; scrolling on through 200 "
                             "pages (%6 rows) p50 %7, max %8.")
                  .arg(label)
                  .arg(HistoryPageRows)
                  .arg(attentionPage, stagePage, oldestPage)
                  .arg(200 * HistoryPageRows)
                  .arg(formatMs(percentile(scroll, 50)), formatMs(percentile(scroll, 100))));

    auto count = [&](const HistoryFilter& filter) {
        return timed(20, [&] {
            VaultError e;
            encHistory.count(filter, zone, &e);
            if (e)
                fail(QStringLiteral("count: ") + e.detail);
        });
    };
    HistoryFilter word;
    word.words = QStringLiteral("evidence");
    HistoryFilter both = word;
    both.stages = {Stage::Apply};
    HistoryFilter common;
    common.words = QStringLiteral("the");
    auto periods = [&](const HistoryFilter& filter, TimelineGrouping grouping) {
        return timed(10, [&] {
            VaultError e;
            encHistory.periods(filter, grouping, zone, Qt::Monday, &e);
            if (e)
                fail(QStringLiteral("periods: ") + e.detail);
        });
    };
    printNote(QStringLiteral("History count() @%1 (encrypted): everything %2; stage Apply %3; "
                             "\"evidence\" %4; \"evidence\" + stage Apply %5; \"the\" (in "
                             "every entry) %6. Periods: all entries by week %7, by month %8; "
                             "\"evidence\" by week %9; \"the\" by week %10.")
                  .arg(label, count(all), count(applying), count(word), count(both), count(common),
                       periods(all, TimelineGrouping::Week), periods(all, TimelineGrouping::Month),
                       periods(word, TimelineGrouping::Week))
                  .arg(periods(common, TimelineGrouping::Week)));
}

void benchInsights(const QString& label, Database& enc, Database& plain, int rounds)
{
    const InsightsStore encInsights(enc), plainInsights(plain);
    const QTimeZone zone("Europe/Berlin");
    const QDate today = QDate::currentDate();
    int encReflections = 0, plainReflections = 0;
    auto compute = [&](const InsightsStore& store, int* reflections) {
        VaultError e;
        *reflections = store.compute(zone, today, 365, &e).reflections;
        if (e)
            fail(QStringLiteral("insights: ") + e.detail);
    };
    std::vector<double> te, tp;
    alternate(
        3, rounds, [&](int) { compute(encInsights, &encReflections); },
        [&](int) { compute(plainInsights, &plainReflections); }, &te, &tp);
    if (encReflections != plainReflections)
        fail(QStringLiteral("encrypted and plain insights differ"));
    const double e95 = percentile(te, 95), p95 = percentile(tp, 95);
    printRow(QStringLiteral("Insights (`InsightsStore::compute`, heat map of 365 days) p95 @%1 "
                            "with loops: encrypted vs plain")
                 .arg(label),
             formatMs(e95), formatMs(p95), formatRatio(e95 / p95), QStringLiteral("≤ 50 ms"),
             e95 <= 50);
    printNote(QStringLiteral("Insights @%1 (%2 rounds, %3 reflections): encrypted p50 %4, max "
                             "%5; plain p50 %6.")
                  .arg(label)
                  .arg(rounds)
                  .arg(encReflections)
                  .arg(formatMs(percentile(te, 50)), formatMs(percentile(te, 100)),
                       formatMs(percentile(tp, 50))));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"),
                                        QStringLiteral("Folder for the databases."),
                                        QStringLiteral("dir"));
    const QCommandLineOption savesOpt(QStringLiteral("saves"), QStringLiteral("Saves per case."),
                                      QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption searchesOpt(QStringLiteral("searches"),
                                         QStringLiteral("Searches per mode."), QStringLiteral("n"),
                                         QStringLiteral("300"));
    const QCommandLineOption largeOpt(QStringLiteral("large"),
                                      QStringLiteral("Entries in the large databases."),
                                      QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption nudgeOpt(QStringLiteral("nudge-entries"),
                                      QStringLiteral("Entries in the nudge planner's vault."),
                                      QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption onlyOpt(
        QStringLiteral("only"),
        QStringLiteral("Cases to run, comma-separated: open, saves, planner, search, edits, "
                       "history (default: all)."),
        QStringLiteral("cases"));
    const QCommandLineOption reuseOpt(QStringLiteral("reuse"),
                                      QStringLiteral("Reuse the large fixtures of a former run."));
    cli.addOptions({dataDirOpt, savesOpt, searchesOpt, largeOpt, nudgeOpt, onlyOpt, reuseOpt});
    cli.process(app);
    const QStringList only = cli.value(onlyOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto runs = [&](const char* name) {
        return only.isEmpty() || only.contains(QLatin1String(name));
    };
    const bool reuse = cli.isSet(reuseOpt);
    if (!cli.isSet(dataDirOpt))
        fail(QStringLiteral("--data-dir is required"));
    const QString root = QDir(cli.value(dataDirOpt)).absolutePath();
    const int saves = cli.value(savesOpt).toInt();
    const int searches = cli.value(searchesOpt).toInt();
    const int large = cli.value(largeOpt).toInt();
    const QString largeLabel =
        large % 1000 == 0 ? QStringLiteral("%1k").arg(large / 1000) : QString::number(large);
    QDir().mkpath(root);
    if (isMemoryFilesystem(root))
        fail(QStringLiteral("%1 is in memory (%2): use a folder on a real disk")
                 .arg(root, filesystemOf(root)));
    printNote(
        QStringLiteral("Vault data in `%1`: %2; SQLite %3 with SQLCipher (WAL, synchronous=NORMAL "
                       "as configured by `Database`).")
            .arg(root, filesystemOf(root), QString::fromUtf8(sqlite3_libversion())));

    // 1k: open, then saves.
    if (runs("open") || runs("saves")) {
        progress(QStringLiteral("preparing 1k databases"));
        const Fixture enc1k = prepare(root + QStringLiteral("/enc-1k"), true, 1000, 1001);
        const Fixture plain1k = prepare(root + QStringLiteral("/plain-1k"), false, 1000, 1001);
        if (runs("open")) {
            progress(QStringLiteral("vault open"));
            benchOpen(enc1k, 40, 12);
        }
        if (runs("saves")) {
            progress(QStringLiteral("saves @1k"));
            OpenVault keepEnc, keepPlain;
            auto enc = openForUse(enc1k, &keepEnc);
            auto plain = openForUse(plain1k, &keepPlain);
            benchSaves(QStringLiteral("1k"), *enc, *plain, saves, 2001);
            diskFlushNote(root, 200);
        }
    }

    // 10k entries with loops: the nudge planner's input.
    if (runs("planner")) {
        const int nudgeEntries = cli.value(nudgeOpt).toInt();
        progress(QStringLiteral("nudge planner input @%1").arg(nudgeEntries));
        benchPlannerEntries(prepare(root + QStringLiteral("/enc-nudges"), true, nudgeEntries, 1003),
                            nudgeEntries, 50);
    }
    if (!runs("search") && !runs("saves") && !runs("edits") && !runs("history"))
        return 0;

    // 100k: one database per mode, first searched (as generated), then written to.
    const auto fixture = [&](const QString& name, bool encrypted, double* loadS) {
        const QString dir = root + name;
        if (reuse) {
            if (auto f = reuseFixture(dir, encrypted, large, 1002))
                return std::move(*f);
        }
        const auto t0 = Clock::now();
        Fixture f = prepare(dir, encrypted, large, 1002);
        *loadS = msBetween(t0, Clock::now()) / 1000;
        return f;
    };
    progress(QStringLiteral("preparing %1 databases (one transaction each)").arg(largeLabel));
    double encLoadS = 0, plainLoadS = 0;
    const Fixture encLarge = fixture(QStringLiteral("/enc-large"), true, &encLoadS);
    const Fixture plainLarge = fixture(QStringLiteral("/plain-large"), false, &plainLoadS);
    printNote(QStringLiteral("Fixtures: 50–300 words per entry (Zipf over %1 words, fixed seed); "
                             "%2 entries loaded in one transaction: encrypted %3 s (%4 MB), "
                             "plain %5 s (%6 MB)%7.")
                  .arg(TextGenerator::vocabularySize())
                  .arg(large)
                  .arg(encLoadS, 0, 'f', 1)
                  .arg(double(QFileInfo(encLarge.databasePath()).size()) / 1e6, 0, 'f', 0)
                  .arg(plainLoadS, 0, 'f', 1)
                  .arg(double(QFileInfo(plainLarge.databasePath()).size()) / 1e6, 0, 'f', 0)
                  .arg(encLoadS == 0 || plainLoadS == 0
                           ? QStringLiteral(" (0 s: reused from a former run, --reuse)")
                           : QString()));
    {
        OpenVault keepEnc, keepPlain;
        auto enc = openForUse(encLarge, &keepEnc);
        auto plain = openForUse(plainLarge, &keepPlain);
        if (runs("search")) {
            progress(QStringLiteral("search @%1").arg(largeLabel));
            benchSearch(largeLabel, *enc, *plain, searches, 3001);
        }
        if (runs("saves")) {
            progress(QStringLiteral("saves @%1").arg(largeLabel));
            benchSaves(largeLabel, *enc, *plain, saves, 2002);
        }
        if (runs("edits")) {
            progress(QStringLiteral("edits @%1").arg(largeLabel));
            benchEdits(largeLabel, *enc, *plain, large, saves / 2, 2003);
        }
    }
    if (!runs("history"))
        return 0;

    // The same databases with loops: history and insights.
    progress(QStringLiteral("loops @%1").arg(largeLabel));
    addIndexedLoops(encLarge, 5002);
    addIndexedLoops(plainLarge, 5002);
    {
        OpenVault keepEnc, keepPlain;
        auto enc = openForUse(encLarge, &keepEnc);
        auto plain = openForUse(plainLarge, &keepPlain);
        progress(QStringLiteral("search as you type @%1").arg(largeLabel));
        benchSearchAsYouType(largeLabel, *enc, *plain, searches / 10, 3002);
        progress(QStringLiteral("history pages @%1").arg(largeLabel));
        benchHistoryPages(largeLabel, *enc, *plain, 100);
        progress(QStringLiteral("insights @%1").arg(largeLabel));
        benchInsights(largeLabel, *enc, *plain, 30);
    }
    return 0;
}
