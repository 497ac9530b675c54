#pragma once

#include "cli/CliArguments.h"
#include "cli/Console.h"
#include "cli/FilePassphrase.h"
#include "cli/VaultSession.h"

#include <QCoreApplication>

namespace debrief {
class Database;
}

namespace debrief::cli {

// Sharing on the command line: export (a .debrief file for a coach, or readable Markdown),
// import (a share or comments sent to this vault) and key (this vault's public key). Each
// returns the process exit code; results go to stdout, messages and progress to stderr.
class ShareCommands
{
    Q_DECLARE_TR_FUNCTIONS(ShareCommands)

public:
    ShareCommands(const VaultSession& session, const Console& console);

    int exportEntries(const CliRequest& request) const;
    int importFile(const CliRequest& request) const;
    int key(const CliRequest& request) const;

private:
    int fail(const Failure& failure) const;
    // The coach's key from --coach-key and/or --coach (remembering a new one), or empty for a
    // passphrase.
    bool coachKey(Database& db, const CliRequest& request, QString* key, Failure* failure) const;

    const VaultSession& m_session;
    const Console& m_console;
};

} // namespace debrief::cli
