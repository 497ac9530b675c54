// Vault benchmarks, each against a baseline measured in the same run:
//   2) open: raw key (keyring path) vs passphrase (Argon2id INTERACTIVE + open)
//   3) save one reflection at 1k and 100k entries: encrypted vault vs the same schema unencrypted
//   4) full-text search p95 at 100k entries: encrypted vs unencrypted
// Encrypted and plain samples alternate so machine noise hits both alike. The 100k databases
// are generated once per mode and shared by 3) and 4).
//
// Usage: bench_vault --data-dir <dir on a real disk> [--saves N] [--searches N] [--large N]
// BENCH_SAVE_SQL=<sql>: an experiment, run on both save connections first (noted in the output).

#include "support/BenchSupport.h"

#include "vault/Database.h"
#include "vault/Migrations.h"
#include "vault/ReflectionStore.h"
#include "vault/VaultMaintenance.h"
#include "vault/VaultOpener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <functional>
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
    return f;
}

// The connection the app would hold: VaultOpener for the vault, Database::open + migrate for
// the plain baseline (same configuration: WAL, synchronous=NORMAL, secure_delete…).
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
    if (!db || (error = migrations::migrate(*db)))
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
    cli.addOptions({dataDirOpt, savesOpt, searchesOpt, largeOpt});
    cli.process(app);
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
    progress(QStringLiteral("preparing 1k databases"));
    const Fixture enc1k = prepare(root + QStringLiteral("/enc-1k"), true, 1000, 1001);
    const Fixture plain1k = prepare(root + QStringLiteral("/plain-1k"), false, 1000, 1001);
    progress(QStringLiteral("vault open"));
    benchOpen(enc1k, 40, 12);
    {
        progress(QStringLiteral("saves @1k"));
        OpenVault keepEnc, keepPlain;
        auto enc = openForUse(enc1k, &keepEnc);
        auto plain = openForUse(plain1k, &keepPlain);
        benchSaves(QStringLiteral("1k"), *enc, *plain, saves, 2001);
        diskFlushNote(root, 200);
    }

    // 100k: one database per mode, first searched (as generated), then written to.
    progress(QStringLiteral("preparing %1 databases (one transaction each)").arg(largeLabel));
    const auto t0 = Clock::now();
    const Fixture encLarge = prepare(root + QStringLiteral("/enc-large"), true, large, 1002);
    const double encLoadS = msBetween(t0, Clock::now()) / 1000;
    const auto t1 = Clock::now();
    const Fixture plainLarge = prepare(root + QStringLiteral("/plain-large"), false, large, 1002);
    const double plainLoadS = msBetween(t1, Clock::now()) / 1000;
    printNote(QStringLiteral("Fixtures: 50–300 words per entry (Zipf over %1 words, fixed seed); "
                             "%2 entries loaded in one transaction: encrypted %3 s (%4 MB), "
                             "plain %5 s (%6 MB).")
                  .arg(TextGenerator::vocabularySize())
                  .arg(large)
                  .arg(encLoadS, 0, 'f', 1)
                  .arg(double(QFileInfo(encLarge.databasePath()).size()) / 1e6, 0, 'f', 0)
                  .arg(plainLoadS, 0, 'f', 1)
                  .arg(double(QFileInfo(plainLarge.databasePath()).size()) / 1e6, 0, 'f', 0));
    {
        OpenVault keepEnc, keepPlain;
        auto enc = openForUse(encLarge, &keepEnc);
        auto plain = openForUse(plainLarge, &keepPlain);
        progress(QStringLiteral("search @%1").arg(largeLabel));
        benchSearch(largeLabel, *enc, *plain, searches, 3001);
        progress(QStringLiteral("saves @%1").arg(largeLabel));
        benchSaves(largeLabel, *enc, *plain, saves, 2002);
    }
    return 0;
}
