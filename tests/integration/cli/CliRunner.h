#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace debrief::test {

// What one run of debrief-cli left behind.
struct CliResult
{
    int exitCode = -1;
    bool finished = false; // false: crashed or timed out
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs the real debrief-cli binary (its path in DEBRIEF_CLI) as a person would, but in its own
// session without a controlling terminal, so a prompt can never wait for input from the test.
class CliRunner
{
public:
    // dataDir empty: the CLI's standard data folder (inside the sandbox's XDG_DATA_HOME).
    explicit CliRunner(QString dataDir = {});
    void setPassphraseFile(const QString& path) { m_passphraseFile = path; }

    // Adds --data-dir and --passphrase-file (when set) before args.
    CliResult run(const QStringList& args, const QByteArray& input = {}) const;
    // Exactly args, nothing added.
    static CliResult runRaw(const QStringList& args, const QByteArray& input = {});

    static QString program();

private:
    QString m_dataDir;
    QString m_passphraseFile;
};

// Writes text to a file only its owner can read (a passphrase file, as a person would keep it).
QString writePrivateFile(const QString& path, const QByteArray& content);

} // namespace debrief::test
