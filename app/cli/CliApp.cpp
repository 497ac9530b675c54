#include "cli/CliApp.h"

#include "cli/BackupCommands.h"
#include "cli/CliArguments.h"
#include "cli/Console.h"
#include "cli/EntryCommands.h"
#include "cli/InitCommand.h"
#include "cli/SecretSource.h"
#include "cli/ShareCommands.h"
#include "cli/VaultSession.h"

#include <debrief/platform/PlatformFactory.h>

namespace debrief::cli {

int CliApp::run(const QStringList& arguments) const
{
    const Console console;
    CliArguments parser;
    CliRequest request;
    QString usageError;
    if (!parser.parse(arguments, &request, &usageError)) {
        console.message(usageError);
        return Usage;
    }
    using C = CliRequest::Command;
    switch (request.command) {
    case C::Help:
        console.print(parser.helpText());
        return Success;
    case C::Version:
        console.print(QStringLiteral("debrief-cli %1").arg(QCoreApplication::applicationVersion()));
        return Success;
    default:
        break;
    }

    const VaultOpener opener(request.dataDir.isEmpty() ? VaultFiles::standardLocation()
                                                       : VaultFiles(request.dataDir));
    const auto keyring = platform::createSecretStore(QStringLiteral("Debrief"));
    const SecretSource secrets(request.passphraseFile);
    const VaultSession session(opener, *keyring, secrets);
    const EntryCommands entries(session, console);
    const ShareCommands sharing(session, console);
    const BackupCommands backups(session, console);
    switch (request.command) {
    case C::Init:
        return InitCommand(opener, session, secrets, console).run();
    case C::Add:
        return entries.add(request.text);
    case C::List:
        return entries.list(request.limit);
    case C::Show:
        return entries.show(request.id);
    case C::Search:
        return entries.search(request.text, request.limit);
    case C::Export:
        return sharing.exportEntries(request);
    case C::Import:
        return sharing.importFile(request);
    case C::Key:
        return sharing.key(request);
    case C::Backup:
        return backups.backup(request);
    case C::Restore:
        return backups.restore(request);
    case C::Help:
    case C::Version:
        break;
    }
    return Success;
}

} // namespace debrief::cli
