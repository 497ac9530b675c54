#pragma once

#include "cli/CliArguments.h"
#include "cli/Console.h"
#include "cli/VaultSession.h"

#include <QCoreApplication>

namespace debrief::cli {

// Backups on the command line: backup (everything into one encrypted file) and restore (into an
// empty vault, or merged into one in use). Each returns the process exit code.
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)

public:
    BackupCommands(const VaultSession& session, const Console& console);

    int backup(const CliRequest& request) const;
    int restore(const CliRequest& request) const;

private:
    int fail(const Failure& failure) const;

    const VaultSession& m_session;
    const Console& m_console;
};

} // namespace debrief::cli
