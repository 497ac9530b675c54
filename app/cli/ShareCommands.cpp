#include "cli/ShareCommands.h"

#include "cli/ProgressLine.h"
#include "cli/ShareFailure.h"
#include "share/BundleModel.h"
#include "share/ShareExporter.h"
#include "share/ShareImporter.h"
#include "share/ShareKeys.h"

#include <QDir>

namespace debrief::cli {

ShareCommands::ShareCommands(const VaultSession& session, const Console& console)
    : m_session(session)
    , m_console(console)
{
}

int ShareCommands::fail(const Failure& failure) const
{
    m_console.message(failure.message);
    return failure.code;
}

bool ShareCommands::coachKey(Database& db, const CliRequest& request, QString* key,
                             Failure* failure) const
{
    ShareKeys keys(db);
    ShareError error;
    if (!request.coachKey.isEmpty()) {
        *key = request.coachKey.trimmed();
        // Named: remembered for next time (this also checks the key).
        if (!request.coach.isEmpty() && !keys.addCoach(request.coach, *key, &error)) {
            *failure = failureFor(error);
            return false;
        }
        return true;
    }
    if (request.coach.isEmpty())
        return true;
    for (const Coach& coach : keys.coaches(&error)) {
        if (coach.name.compare(request.coach.trimmed(), Qt::CaseInsensitive) == 0) {
            *key = coach.recipient;
            return true;
        }
    }
    *failure = error ? failureFor(error)
                     : Failure{Usage, tr("No coach is remembered by that name. Give their key "
                                         "once with --coach NAME --coach-key KEY.")};
    return false;
}

int ShareCommands::exportEntries(const CliRequest& request) const
{
    Failure failure;
    OpenVault vault = m_session.openAskingSecret(&failure);
    if (!vault)
        return fail(failure);
    ShareError error;
    if (!request.name.isEmpty() && !ShareKeys(*vault.db).setDisplayName(request.name, &error))
        return fail(failureFor(error));
    const ShareFields fields{!request.leaveOut.contains(QStringLiteral("text")),
                             !request.leaveOut.contains(QStringLiteral("answers")),
                             !request.leaveOut.contains(QStringLiteral("lessons")),
                             !request.leaveOut.contains(QStringLiteral("voice"))};
    ShareSelection selection;
    for (ReflectionId id : request.ids)
        selection.append({id, fields});
    ShareExporter exporter(*vault.db);
    const QString where = QDir::toNativeSeparators(QDir().absoluteFilePath(request.file));
    if (request.markdown) {
        if (!exporter.exportMarkdown(selection, request.file, &error))
            return fail(failureFor(error));
        m_console.message(
            tr("Wrote %1. It is NOT encrypted: anyone who has it can read it.").arg(where));
        return Success;
    }
    QString key;
    if (!coachKey(*vault.db, request, &key, &failure))
        return fail(failure);
    ShareProtection protection = ShareProtection::coachKey(key);
    if (key.isEmpty()) {
        const FilePassphrase passphrase(request.filePassphraseFile);
        protection = ShareProtection::passphrase(
            passphrase.read(tr("Passphrase for the shared file: "), true, &failure));
        if (failure)
            return fail(failure);
    }
    ProgressLine progress(m_console, tr("Encrypting"));
    const bool ok =
        exporter.share(selection, protection, request.file, progress.progress(), &error);
    protection.value.fill(QChar(u'0'));
    if (!ok)
        return fail(failureFor(error));
    m_console.print(
        tr("Shared %n reflection(s) in %1.", nullptr, int(selection.size())).arg(where));
    if (key.isEmpty())
        m_console.print(tr("Send the passphrase by another channel than the file (a call, a "
                           "message app), never in the same email."));
    return Success;
}

int ShareCommands::importFile(const CliRequest& request) const
{
    Failure failure;
    OpenVault vault = m_session.open(&failure);
    if (!vault)
        return fail(failure);
    ShareError error;
    const auto needsPassphrase = ShareImporter::needsPassphrase(request.file, &error);
    if (!needsPassphrase)
        return fail(failureFor(error));
    QString passphrase;
    if (*needsPassphrase) {
        passphrase = FilePassphrase(request.filePassphraseFile)
                         .read(tr("Passphrase of the shared file: "), false, &failure);
        if (failure)
            return fail(failure);
    }
    ProgressLine progress(m_console, tr("Importing"));
    const auto report =
        ShareImporter(*vault.db).importFile(request.file, passphrase, progress.progress(), &error);
    passphrase.fill(QChar(u'0'));
    if (!report)
        return fail(failureFor(error));
    const QString sender = Console::oneLine(report->senderName);
    if (report->kind == BundleKind::Comments) {
        m_console.print(
            tr("Comments from %1: %2 new, %3 updated.")
                .arg(sender, QString::number(report->added), QString::number(report->replaced)));
        if (report->skipped > 0)
            m_console.print(tr("%n comment(s) are about entries no longer here, or older than "
                               "the one kept; they were skipped.",
                               nullptr, report->skipped));
    } else {
        m_console.print(
            tr("Reflections shared by %1: %2 new, %3 updated. They are under \"Shared "
               "with me\".")
                .arg(sender, QString::number(report->added), QString::number(report->replaced)));
    }
    return Success;
}

int ShareCommands::key(const CliRequest& request) const
{
    Failure failure;
    OpenVault vault = m_session.open(&failure);
    if (!vault)
        return fail(failure);
    ShareKeys keys(*vault.db);
    ShareError error;
    if (!request.name.isEmpty() && !keys.setDisplayName(request.name, &error))
        return fail(failureFor(error));
    const auto key = keys.publicKey(&error);
    if (!key)
        return fail(failureFor(error));
    m_console.print(*key);
    return Success;
}

} // namespace debrief::cli
