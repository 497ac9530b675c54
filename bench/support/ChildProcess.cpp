#include "support/ChildProcess.h"

#include "support/BenchSupport.h"
#include "vault/Database.h"
#include "vault/VaultOpener.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace debrief::bench {

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

void prepareKeyringVault(const QString& vaultDir, const QString& keyringFile, int entries)
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
    if (entries > 0 &&
        !bulkInsert(*db, gen, entries, QDateTime::currentMSecsSinceEpoch() - 3600 * 1000, &message))
        fail(QStringLiteral("seed vault: ") + message);
    QFile f(keyringFile);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write ") + keyringFile);
    QByteArray hex = key.toHex();
    f.write(vaultId.toUtf8() + '\n' + hex + '\n');
    wipe(hex);
}

double timeToLine(const QByteArray& program, const QList<QByteArray>& args,
                  const QByteArray& logPath, const QByteArray& marker, Phases* phases,
                  QList<QByteArray>* lines)
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

    const QByteArray wanted = marker + '\n';
    QByteArray out;
    double ms = -1;
    bool eof = false;
    const auto deadline = t0 + std::chrono::seconds(60);
    // Read until the marker, then on to the end of the child's output (lines after it).
    while (!eof && Clock::now() < deadline) {
        pollfd p{fds[0], POLLIN, 0};
        if (poll(&p, 1, 1000) <= 0)
            continue;
        char buf[256];
        const ssize_t n = read(fds[0], buf, sizeof buf);
        if (n <= 0) {
            eof = true;
            break;
        }
        out.append(buf, int(n));
        if (ms < 0 && out.contains(wanted))
            ms = msBetween(t0, Clock::now());
    }
    if (!eof)
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
        else if (lines && !line.isEmpty() && line != marker)
            lines->append(line);
    }
    if (ms < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(QStringLiteral("%1 did not report %2 (exit status %3); see %4")
                 .arg(QString::fromUtf8(program), QString::fromUtf8(marker))
                 .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status))
                 .arg(QString::fromUtf8(logPath)));
    return ms;
}

} // namespace debrief::bench
