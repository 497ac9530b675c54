#pragma once

#include "cli/ExitCode.h"
#include "cli/TerminalPrompt.h"

#include <QCoreApplication>
#include <QString>

namespace debrief::cli {

// The passphrase of a .debrief or backup file (not the vault's): from the first line of
// --file-passphrase-file, or asked on the terminal with echo off (twice for a new file). Never
// argv or the environment.
class FilePassphrase
{
    Q_DECLARE_TR_FUNCTIONS(FilePassphrase)

public:
    explicit FilePassphrase(QString file);

    // confirm: a new file's passphrase, asked twice on a terminal.
    QString read(const QString& prompt, bool confirm, Failure* failure) const;

private:
    QString m_file;
    TerminalPrompt m_terminal;
};

} // namespace debrief::cli
