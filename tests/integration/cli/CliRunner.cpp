#include "CliRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <unistd.h>

namespace debrief::test {

CliRunner::CliRunner(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

QString CliRunner::program()
{
    return qEnvironmentVariable("DEBRIEF_CLI");
}

CliResult CliRunner::run(const QStringList& args, const QByteArray& input) const
{
    QStringList all;
    if (!m_dataDir.isEmpty())
        all << QStringLiteral("--data-dir") << m_dataDir;
    if (!m_passphraseFile.isEmpty())
        all << QStringLiteral("--passphrase-file") << m_passphraseFile;
    return runRaw(all + args, input);
}

CliResult CliRunner::runRaw(const QStringList& args, const QByteArray& input)
{
    QProcess process;
    process.setProgram(program());
    process.setArguments(args);
    // A new session has no controlling terminal: /dev/tty cannot be opened, as under cron.
    process.setChildProcessModifier([] { ::setsid(); });
    QElapsedTimer timer;
    timer.start();
    process.start();
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished =
        process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    result.elapsedMs = timer.elapsed();
    result.exitCode = result.finished ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString writePrivateFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(content);
    }
    return path;
}

} // namespace debrief::test
