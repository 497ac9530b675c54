#include "cli/BackupCommands.h"

#include "cli/FilePassphrase.h"
#include "cli/ProgressLine.h"
#include "cli/ShareFailure.h"
#include "share/VaultBackup.h"

#include <QDir>

namespace debrief::cli {

BackupCommands::BackupCommands(const VaultSession& session, const Console& console)
    : m_session(session)
    , m_console(console)
{
}

int BackupCommands::fail(const Failure& failure) const
{
    m_console.message(failure.message);
    return failure.code;
}

int BackupCommands::backup(const CliRequest& request) const
{
    Failure failure;
    OpenVault vault = m_session.openAskingSecret(&failure);
    if (!vault)
        return fail(failure);
    const FilePassphrase source(request.filePassphraseFile);
    QString passphrase;
    if (request.recoveryCode) {
        QString code = source.read(tr("Your recovery code: "), false, &failure);
        if (failure)
            return fail(failure);
        passphrase = VaultBackup::passphraseForRecoveryCode(code);
        // Only this vault's own code: a mistyped one would lock the backup for good.
        VaultError error;
        const bool opens = !passphrase.isEmpty() && vault.envelope.unwrap(code, &error).isValid();
        code.fill(QChar(u'0'));
        if (!opens) {
            passphrase.fill(QChar(u'0'));
            return fail({Usage, tr("That is not this vault's recovery code; no backup was "
                                   "written.")});
        }
    } else {
        passphrase = source.read(tr("Passphrase for the backup: "), true, &failure);
        if (failure)
            return fail(failure);
    }
    ProgressLine progress(m_console, tr("Backing up"));
    ShareError error;
    const bool ok =
        VaultBackup(*vault.db).backup(request.file, passphrase, progress.progress(), &error);
    passphrase.fill(QChar(u'0'));
    if (!ok)
        return fail(failureFor(error));
    m_console.print(tr("Backed up everything to %1.")
                        .arg(QDir::toNativeSeparators(QDir().absoluteFilePath(request.file))));
    return Success;
}

int BackupCommands::restore(const CliRequest& request) const
{
    Failure failure;
    OpenVault vault = m_session.open(&failure);
    if (!vault)
        return fail(failure);
    QString passphrase =
        FilePassphrase(request.filePassphraseFile)
            .read(tr("Passphrase or recovery code of the backup: "), false, &failure);
    if (failure)
        return fail(failure);
    ProgressLine progress(m_console, tr("Restoring"));
    ShareError error;
    const auto mode = request.merge ? VaultBackup::Mode::Merge : VaultBackup::Mode::IntoEmpty;
    const auto report =
        VaultBackup(*vault.db).restore(request.file, passphrase, mode, progress.progress(), &error);
    passphrase.fill(QChar(u'0'));
    if (!report)
        return fail(failureFor(error));
    m_console.print(tr("Restored %n reflection(s).", nullptr, report->entriesAdded));
    if (report->entriesKept > 0)
        m_console.print(tr("%n reflection(s) were already here and kept as they are.", nullptr,
                           report->entriesKept));
    if (report->receivedAdded + report->receivedKept > 0)
        m_console.print(tr("Shared with me: %1 added, %2 already here.")
                            .arg(report->receivedAdded)
                            .arg(report->receivedKept));
    return Success;
}

} // namespace debrief::cli
