// Start to first frame, measured on whole processes: this parent spawns a child (posix_spawn) and
// times from the spawn to the child's "FIRST_FRAME" line on stdout. The children alternate:
//   bench_child_debrief: the real QML module, vault unlocked through the (fake) keyring, capture
//                        page shown; reports the first frame swapped after the state is Ready.
//   bench_child_bare:    a bare Material ApplicationWindow with a TextArea and a Button.
// The display is whatever the environment gives (the runner uses xvfb-run or offscreen).
//
// Usage: bench_first_frame --data-dir <dir> [--runs 15] [--warmups 2] [--display <label>]

#include "support/BenchSupport.h"

#include "vault/Migrations.h"
#include "vault/VaultOpener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace debrief;
using namespace debrief::bench;

namespace {

// HOME, XDG folders and the runtime dir in the data folder: no real user files, warm caches
// (shader and QML caches land here after the warm-up runs) shared by both children.
void isolateEnvironment(const QString& root)
{
    const std::pair<const char*, const char*> dirs[] = {
        {"HOME", "home"},
        {"XDG_DATA_HOME", "data"},
        {"XDG_CONFIG_HOME", "config"},
        {"XDG_CACHE_HOME", "cache"},
        {"XDG_STATE_HOME", "state"},
        {"XDG_RUNTIME_DIR", "runtime"},
    };
    for (const auto& [var, sub] : dirs) {
        const QString path = root + QLatin1Char('/') + QLatin1String(sub);
        QDir().mkpath(path);
        qputenv(var, QFile::encodeName(path));
    }
    QFile::setPermissions(root + QStringLiteral("/runtime"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// A vault with some entries whose key the Debrief child puts into its fake keyring.
void prepareVault(const QString& vaultDir, const QString& keyringFile, int entries)
{
    QDir(vaultDir).removeRecursively();
    const VaultOpener opener{VaultFiles(vaultDir)};
    VaultKey key = VaultKey::generate();
    VaultError error;
    QString vaultId;
    {
        OpenVault v = opener.create(key.copy(), KeyEnvelope::SecretKind::Passphrase,
                                    QStringLiteral("benchmark passphrase"), &error);
        if (!v)
            fail(QStringLiteral("create vault: ") + error.detail);
        vaultId = v.envelope.vaultId();
    }
    auto db = Database::open(opener.files().databasePath(), key, &error);
    if (!db)
        fail(QStringLiteral("open vault: ") + error.detail);
    TextGenerator gen(77);
    QString message;
    if (!bulkInsert(*db, gen, entries, QDateTime::currentMSecsSinceEpoch() - 3600 * 1000, &message))
        fail(QStringLiteral("seed vault: ") + message);
    QFile f(keyringFile);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write ") + keyringFile);
    QByteArray hex = key.toHex();
    f.write(vaultId.toUtf8() + '\n' + hex + '\n');
    wipe(hex);
}

using Phases = std::map<QByteArray, std::vector<double>>;

// Spawns program, returns ms from spawn to its FIRST_FRAME line; fails on any error. The
// child's "T <phase> <ns>" lines are added to phases as ms from spawn.
double timeToFirstFrame(const QByteArray& program, const QList<QByteArray>& args,
                        const QByteArray& logPath, Phases* phases)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        fail(QStringLiteral("pipe: ") + QString::fromUtf8(std::strerror(errno)));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, logPath.constData(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0644);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.constData()));
    for (const QByteArray& a : args)
        argv.push_back(const_cast<char*>(a.constData()));
    argv.push_back(nullptr);

    pid_t pid = 0;
    const auto t0 = Clock::now();
    const int rc = posix_spawn(&pid, program.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (rc != 0)
        fail(QStringLiteral("spawn %1: %2")
                 .arg(QString::fromUtf8(program), QString::fromUtf8(std::strerror(rc))));

    QByteArray out;
    double ms = -1;
    const auto deadline = t0 + std::chrono::seconds(40);
    while (ms < 0 && Clock::now() < deadline) {
        pollfd p{fds[0], POLLIN, 0};
        if (poll(&p, 1, 1000) <= 0)
            continue;
        char buf[256];
        const ssize_t n = read(fds[0], buf, sizeof buf);
        if (n <= 0)
            break; // EOF: the child exited without reporting
        out.append(buf, int(n));
        if (out.contains("FIRST_FRAME\n"))
            ms = msBetween(t0, Clock::now());
    }
    if (ms < 0)
        kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    close(fds[0]);
    const auto spawnNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(t0.time_since_epoch()).count();
    for (const QByteArray& line : out.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 3 && f[0] == "T")
            (*phases)[f[1]].push_back(double(f[2].toLongLong() - spawnNs) / 1e6);
    }
    if (ms < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(QStringLiteral("%1 did not report a good first frame (exit status %2); see %3")
                 .arg(QString::fromUtf8(program))
                 .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status))
                 .arg(QString::fromUtf8(logPath)));
    return ms;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"),
                                        QStringLiteral("Folder for the vault and sandbox."),
                                        QStringLiteral("dir"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per child."),
                                     QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption warmupsOpt(QStringLiteral("warmups"),
                                        QStringLiteral("Warm-up runs per child."),
                                        QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption displayOpt(QStringLiteral("display"),
                                        QStringLiteral("How the children display, for the table."),
                                        QStringLiteral("label"), QStringLiteral("unknown display"));
    const QCommandLineOption entriesOpt(QStringLiteral("entries"),
                                        QStringLiteral("Reflections in the vault."),
                                        QStringLiteral("n"), QStringLiteral("200"));
    cli.addOptions({dataDirOpt, runsOpt, warmupsOpt, displayOpt, entriesOpt});
    cli.process(app);
    if (!cli.isSet(dataDirOpt))
        fail(QStringLiteral("--data-dir is required"));
    const QString root = QDir(cli.value(dataDirOpt)).absolutePath() + QStringLiteral("/startup");
    const int runs = cli.value(runsOpt).toInt();
    const int warmups = cli.value(warmupsOpt).toInt();
    QDir().mkpath(root);

    const QString vaultDir = root + QStringLiteral("/vault");
    const QString keyringFile = root + QStringLiteral("/keyring.txt");
    const int entries = cli.value(entriesOpt).toInt();
    prepareVault(vaultDir, keyringFile, entries);
    isolateEnvironment(root + QStringLiteral("/sandbox"));

    const QString binDir = QCoreApplication::applicationDirPath();
    const QByteArray bare = QFile::encodeName(binDir + QStringLiteral("/bench_child_bare"));
    const QByteArray debrief = QFile::encodeName(binDir + QStringLiteral("/bench_child_debrief"));
    const QList<QByteArray> debriefArgs = {QFile::encodeName(vaultDir),
                                           QFile::encodeName(keyringFile)};
    const QByteArray log = QFile::encodeName(root + QStringLiteral("/children.log"));
    QFile::remove(QString::fromUtf8(log));

    std::vector<double> tb, td;
    Phases pb, pd, ignored;
    for (int i = 0; i < warmups + runs; ++i) {
        double b, d;
        Phases* phb = i >= warmups ? &pb : &ignored;
        Phases* phd = i >= warmups ? &pd : &ignored;
        if (i % 2 == 0) {
            b = timeToFirstFrame(bare, {}, log, phb);
            d = timeToFirstFrame(debrief, debriefArgs, log, phd);
        } else {
            d = timeToFirstFrame(debrief, debriefArgs, log, phd);
            b = timeToFirstFrame(bare, {}, log, phb);
        }
        if (i >= warmups) {
            tb.push_back(b);
            td.push_back(d);
        }
        progress(QStringLiteral("first frame run %1/%2: bare %3, debrief %4")
                     .arg(i + 1)
                     .arg(warmups + runs)
                     .arg(formatMs(b), formatMs(d)));
    }
    const double mb = median(tb), md = median(td);
    printRow(QStringLiteral("Start to first frame, median of %1 (spawn → first `frameSwapped`; "
                            "Debrief: capture page, vault unlocked via keyring; baseline: bare "
                            "Material window), %2")
                 .arg(runs)
                 .arg(cli.value(displayOpt)),
             formatMs(md), formatMs(mb), formatRatio(md / mb), QStringLiteral("≤ 1.3×"),
             md / mb <= 1.3);
    printNote(QStringLiteral("First frame (%1 runs each after %2 warm-ups, alternating): Debrief "
                             "min %3 / max %4, bare min %5 / max %6. The keyring is an in-memory "
                             "fake (no D-Bus round trip); the vault holds %7 entries.")
                  .arg(runs)
                  .arg(warmups)
                  .arg(formatMs(percentile(td, 0)), formatMs(percentile(td, 100)),
                       formatMs(percentile(tb, 0)), formatMs(percentile(tb, 100)))
                  .arg(entries));
    auto phaseList = [](const Phases& p, std::initializer_list<const char*> order) {
        QStringList parts;
        for (const char* name : order) {
            const auto it = p.find(QByteArray(name));
            if (it != p.end())
                parts.append(
                    QStringLiteral("%1 %2").arg(QLatin1String(name), formatMs(median(it->second))));
        }
        return parts.join(QStringLiteral(", "));
    };
    printNote(QStringLiteral("First-frame phases, median ms after spawn (main = entered main(); "
                             "loaded = QML root created; readyBegins / ready = vault state Ready, "
                             "before / after the QML built the workspace; readySynced = that "
                             "scene synchronized to the render thread; firstSwap = first frame "
                             "of any content): Debrief %1, frame %2; bare %3, "
                             "frame %4.")
                  .arg(phaseList(pd, {"main", "loaded", "readyBegins", "ready", "readySynced",
                                      "firstSwap"}),
                       formatMs(md), phaseList(pb, {"main", "loaded"}), formatMs(mb)));
    return 0;
}
