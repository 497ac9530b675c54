#pragma once

#include "cli/Console.h"
#include "cli/SecretSource.h"
#include "cli/VaultSession.h"

#include <QCoreApplication>

namespace debrief::cli {

// "init": the only way the CLI ever creates a vault, protected by a passphrase from a file or
// by a recovery code shown once.
class InitCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    static constexpr int MinimumPassphraseLength = KeyEnvelope::MinimumPassphraseLength;

    InitCommand(const VaultOpener& opener, const VaultSession& session, const SecretSource& secrets,
                const Console& console);
    int run() const;

private:
    const VaultOpener& m_opener;
    const VaultSession& m_session;
    const SecretSource& m_secrets;
    const Console& m_console;
};

} // namespace debrief::cli
