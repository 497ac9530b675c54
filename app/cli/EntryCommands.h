#pragma once

#include "cli/Console.h"
#include "cli/VaultSession.h"
#include "core/Reflection.h"

#include <QCoreApplication>
#include <functional>

namespace debrief {
class ReflectionStore;
}

namespace debrief::cli {

// The commands that work inside an unlocked vault: add, list, show and search. Each returns
// the process exit code; results go to stdout, messages to stderr.
class EntryCommands
{
    Q_DECLARE_TR_FUNCTIONS(EntryCommands)

public:
    EntryCommands(const VaultSession& session, const Console& console);

    // text "-" reads the reflection from standard input.
    int add(const QString& text) const;
    int list(int limit) const;
    int show(ReflectionId id) const;
    int search(const QString& query, int limit) const;

private:
    // Unlocks the vault and runs body with its store; the exit code of either.
    int withStore(const std::function<int(ReflectionStore&)>& body) const;
    int fail(const Failure& failure) const;
    static QString when(const LocalMoment& moment);
    QString readStandardInput() const;

    const VaultSession& m_session;
    const Console& m_console;
};

} // namespace debrief::cli
