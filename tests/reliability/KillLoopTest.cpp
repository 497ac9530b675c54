// SECURITY.md RE-2 (label reliability): the writer (WriterHelper.cpp) writes text reflections,
// edits, deletes, stage answers and voice notes into one real vault, and is killed with
// SIGKILL at a random moment, again and again (DEBRIEF_KILL_ITERATIONS, 200 in CI). After each
// kill the vault opens as the app opens it, PRAGMA integrity_check, cipher_integrity_check and
// the full-text indexes' own checks pass, and every write the writer reported as committed is
// there with exactly that content; a write under way at the kill is either wholly there or
// wholly absent. The figures are printed at the end.

#include "VaultTestHelpers.h"
#include "WriterProtocol.h"
#include "vault/AudioStore.h"
#include "vault/LoopStore.h"
#include "vault/RecoveryCode.h"
#include "vault/ReflectionUuids.h"
#include "vault/Statement.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <catch2/catch_test_macros.hpp>
#include <cstdio>
#include <random>

using namespace debrief;
using namespace debrief::test;

namespace {

int iterationsWanted()
{
    // DEBRIEF_KILL_ITERATIONS from the caller's environment wins over the build's default.
    for (const char* name : {"DEBRIEF_KILL_ITERATIONS", "DEBRIEF_KILL_ITERATIONS_DEFAULT"}) {
        bool ok = false;
        const int n = qEnvironmentVariableIntValue(name, &ok);
        if (ok && n > 0)
            return n;
    }
    return 200;
}

quint64 seedWanted()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("DEBRIEF_KILL_SEED").toULongLong(&ok);
    return ok ? seed : std::random_device()();
}

// What the writer reported for one key: the content last committed, and a write that was
// under way when it was killed (committed or not: the kill decides).
struct Expected
{
    QByteArray committed;
    QByteArray inFlight;
};

// One run of the writer, as its output tells it (whole lines only: a kill may cut the last).
struct Run
{
    bool ready = false;
    int commits = 0;
    QSet<QByteArray> keys;
    int writesUnderWay = 0; // at the kill
};

Run readOutput(const QByteArray& out, QHash<QByteArray, Expected>& expected)
{
    Run run;
    QByteArray newText; // a new reflection under way (it has no id yet)
    const QByteArray whole = out.left(out.lastIndexOf('\n') + 1);
    for (const QByteArray& line : whole.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 1 && parts.first() == "READY") {
            run.ready = true;
        } else if (parts.size() == 3 && parts.first() == "WRITING") {
            if (parts.at(1) == "text:new") {
                newText = parts.at(2);
                continue;
            }
            expected[parts.at(1)].inFlight = parts.at(2);
            run.keys.insert(parts.at(1));
        } else if (parts.size() == 3 && parts.first() == "COMMITTED") {
            Expected& e = expected[parts.at(1)];
            e.committed = parts.at(2);
            e.inFlight.clear();
            if (parts.at(2) == newText)
                newText.clear();
            run.keys.insert(parts.at(1));
            ++run.commits;
        } else if (!line.isEmpty()) {
            FAIL("unexpected line from the writer: " << line.toStdString());
        }
    }
    for (const QByteArray& key : std::as_const(run.keys))
        run.writesUnderWay += expected.value(key).inFlight.isEmpty() ? 0 : 1;
    run.writesUnderWay += newText.isEmpty() ? 0 : 1;
    return run;
}

// The content the vault holds for a key now, read the way the app reads it.
QByteArray storedHash(Database& db, const QByteArray& key, VaultError* error)
{
    const QList<QByteArray> parts = key.split(':');
    if (parts.first() == "audio") {
        const QByteArray bytes = AudioStore(db).read(parts.value(1).toLongLong(), error);
        if (error->kind == VaultError::Kind::NotFound) {
            *error = {};
            return absentHash();
        }
        return contentHash(bytes);
    }
    const ReflectionId id = ReflectionUuids(db).idOf(QString::fromLatin1(parts.value(1)), error);
    if (*error)
        return {};
    if (id == 0)
        return absentHash();
    if (parts.first() == "text") {
        const auto reflection = ReflectionStore(db).get(id, error);
        return reflection ? contentHash(reflection->text) : QByteArray();
    }
    {
        const auto loop = LoopStore(db).load(id, error);
        if (!loop)
            return {};
        const StageAnswer answer = loop->answers.get(QString::fromLatin1(parts.value(2)), {});
        return answer.isEmpty() ? absentHash() : contentHash(answer.text);
    }
}

struct Figures
{
    int kills = 0;
    int killsBeforeReady = 0;
    int killsDuringWrite = 0; // a transaction of the writer's was under way
    qint64 commitsReported = 0;
    qint64 keyChecks = 0;
    qint64 inFlightKept = 0; // writes under way at a kill that turned out committed
    qint64 inFlightGone = 0; // … and that were rolled back
    QStringList lost;
};

// Every key checked against what was reported; a write under way at the last kill is settled
// here (it is either wholly there or wholly absent, then it is what must stay).
void checkKeys(Database& db, const QList<QByteArray>& keys, QHash<QByteArray, Expected>& expected,
               Figures& figures)
{
    for (const QByteArray& key : keys) {
        Expected& e = expected[key];
        VaultError error;
        const QByteArray stored = storedHash(db, key, &error);
        ++figures.keyChecks;
        if (error) {
            figures.lost.append(
                QStringLiteral("%1: %2").arg(QString::fromLatin1(key), error.detail));
            continue;
        }
        if (!e.inFlight.isEmpty()) {
            if (stored == e.inFlight) {
                e.committed = e.inFlight;
                ++figures.inFlightKept;
            } else {
                ++figures.inFlightGone;
            }
            e.inFlight.clear();
        }
        // A key first seen in a WRITING line that never committed (a new recording whose first
        // chunk was under way): nothing was promised.
        if (e.committed.isEmpty())
            continue;
        if (stored != e.committed)
            figures.lost.append(QStringLiteral("%1: expected %2, found %3")
                                    .arg(QString::fromLatin1(key), QString::fromLatin1(e.committed),
                                         QString::fromLatin1(stored)));
    }
}

// The vault as the app finds it at its next start: it opens and passes every check SQLite,
// SQLCipher and FTS5 have.
std::unique_ptr<Database> openAndCheck(const VaultOpener& opener, const VaultKey& key)
{
    VaultError error;
    OpenVault vault = opener.openWithKey(key.copy(), &error);
    INFO(Catch::StringMaker<VaultError>::convert(error));
    REQUIRE(vault);
    {
        Statement check(*vault.db, "PRAGMA integrity_check;");
        REQUIRE(check.next());
        CHECK(check.text(0) == QStringLiteral("ok"));
    }
    {
        Statement check(*vault.db, "PRAGMA cipher_integrity_check;"); // a row per bad page
        CHECK_FALSE(check.next());
        CHECK_FALSE(check.error());
    }
    CHECK_FALSE(ftsIntegrityCheck(*vault.db));
    return std::move(vault.db);
}

} // namespace

TEST_CASE("kill -9 at random moments while writing: every committed write survives", "[kill-loop]")
{
    const QString helperPath = qEnvironmentVariable("DEBRIEF_WRITER_HELPER");
    REQUIRE(QFile::exists(helperPath));
    const int iterations = iterationsWanted();
    const quint64 seed = seedWanted();
    std::printf("kill loop: %d iterations, seed %llu (DEBRIEF_KILL_SEED=%llu draws the same "
                "delays; the writer's own timing still varies)\n",
                iterations, static_cast<unsigned long long>(seed),
                static_cast<unsigned long long>(seed));
    std::fflush(stdout);
    std::mt19937_64 rng(seed);

    // A vault made as the app's first start makes it (recovery code); the writer then unlocks
    // it with the key, as the keyring would.
    const QString dir = freshDir(QStringLiteral("kill-loop"));
    const VaultOpener opener{VaultFiles(dir)};
    const VaultKey key = VaultKey::generate();
    {
        VaultError error;
        REQUIRE(opener.create(key.copy(), KeyEnvelope::SecretKind::RecoveryCode,
                              recoverycode::generate(), &error));
    }
    const QString keyPath = QDir(freshDir(QStringLiteral("kill-loop-key"))).filePath("key");
    writeFile(keyPath, key.toHex());

    QHash<QByteArray, Expected> expected;
    Figures figures;
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= iterations && figures.lost.isEmpty(); ++i) {
        // Now and then while the app is still opening the vault (timed from the start); mostly
        // while writing, timed from the writer's READY, so a slow start (a sanitizer build, a
        // busy machine) does not turn these into kills during the open.
        const bool whileOpening = rng() % 8 == 0;
        const int delayMs = int(whileOpening ? rng() % 60 : 20 + rng() % 500);
        QProcess writer;
        writer.start(helperPath, {dir, keyPath, QString::number(rng())});
        REQUIRE(writer.waitForStarted(10000));
        QByteArray out;
        for (QDeadlineTimer ready(whileOpening ? 0 : 30000);
             !out.contains("READY\n") && !ready.hasExpired();) {
            writer.waitForReadyRead(int(qMax<qint64>(1, ready.remainingTime())));
            out += writer.readAllStandardOutput();
        }
        for (QDeadlineTimer until(delayMs); !until.hasExpired();) {
            writer.waitForReadyRead(int(qMax<qint64>(1, until.remainingTime())));
            out += writer.readAllStandardOutput();
        }
        INFO("iteration " << i << ", seed " << seed << ", killed " << delayMs << " ms after "
                          << (whileOpening ? "the start" : "READY"));
        INFO("writer stderr: " << writer.readAllStandardError().toStdString());
        REQUIRE(writer.state() == QProcess::Running); // it never stops on its own
        writer.kill();
        REQUIRE(writer.waitForFinished(10000));
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);
        out += writer.readAllStandardOutput();
        ++figures.kills;

        const Run run = readOutput(out, expected);
        figures.killsBeforeReady += run.ready ? 0 : 1;
        figures.killsDuringWrite += run.writesUnderWay > 0 ? 1 : 0;
        figures.commitsReported += run.commits;

        // The next start: opens, passes every check, holds everything committed.
        auto db = openAndCheck(opener, key);
        const bool everything = i % 10 == 0 || i == iterations;
        checkKeys(*db, everything ? expected.keys() : run.keys.values(), expected, figures);
        // A recording cut off by the kill becomes a recovered voice note, nothing else.
        VaultError error;
        AudioStore(*db).markInterrupted(&error);
        REQUIRE_FALSE(error);
        CHECK(queryInt(*db, "SELECT count(*) FROM recordings WHERE state = 0;") == 0);
        if (i % 100 == 0) {
            std::printf("kill loop: %d of %d kills, %lld commits reported, %lld lost, %lld s\n", i,
                        iterations, figures.commitsReported, qint64(figures.lost.size()),
                        clock.elapsed() / 1000);
            std::fflush(stdout);
        }
    }
    const qint64 seconds = clock.elapsed() / 1000;

    int texts = 0, answers = 0, recordings = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (it->committed.isEmpty() || it->committed == absentHash())
            continue;
        texts += it.key().startsWith("text:");
        answers += it.key().startsWith("answer:");
        recordings += it.key().startsWith("audio:");
    }
    const qint64 vaultBytes = QFile(QDir(dir).filePath("vault.db")).size();
    std::printf("kill loop: seed %llu, %d kills (%d while the vault was opening, %d during a "
                "write), %lld commits reported, %lld key checks; at the end %d reflections, %d "
                "answers and %d recordings checked (vault %lld KiB); writes under way at a kill: "
                "%lld kept whole, %lld rolled back; lost: %lld; %lld s\n",
                static_cast<unsigned long long>(seed), figures.kills, figures.killsBeforeReady,
                figures.killsDuringWrite, figures.commitsReported, figures.keyChecks, texts,
                answers, recordings, vaultBytes / 1024, figures.inFlightKept, figures.inFlightGone,
                qint64(figures.lost.size()), seconds);
    std::fflush(stdout);
    INFO("seed " << seed << "; lost:\n" << figures.lost.join(QLatin1Char('\n')).toStdString());
    CHECK(figures.lost.isEmpty());
    CHECK(figures.kills == iterations);
    // The loop really wrote and really interrupted writing (not only start-ups).
    CHECK(figures.commitsReported > iterations);
    CHECK(figures.kills - figures.killsBeforeReady > iterations / 2);
    CHECK(figures.killsDuringWrite > iterations / 4);
    CHECK(texts > 0);
    CHECK(answers > 0);
    CHECK(recordings > 0);
}
