#include "BackupController.h"

#include "VaultController.h"
#include "core/Clock.h"
#include "share/PassphraseStrength.h"
#include "share/VaultBackup.h"
#include "vault/KeyEnvelope.h"
#include "vault/ReceivedStore.h"
#include "vault/ReflectionStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <memory>

namespace debrief {

BackupController::BackupController(VaultController& vault, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_clock(clock)
    , m_task([&vault](VaultError* error) { return vault.openConnection(error); })
{
    connect(&m_vault, &VaultController::unlocked, this, &BackupController::refresh);
}

int BackupController::minimumPassphraseLength()
{
    return KeyEnvelope::MinimumPassphraseLength;
}

void BackupController::refresh()
{
    bool empty = false;
    bool hasCode = false;
    if (Database* db = m_vault.database()) {
        VaultError error;
        empty = ReflectionStore(*db).count(&error) == 0 && !error;
        empty = empty && ReceivedStore(*db).senders(&error).isEmpty() && !error;
        hasCode = m_vault.envelope().secretKinds().contains(KeyEnvelope::SecretKind::RecoveryCode);
    }
    if (empty == m_vaultEmpty && hasCode == m_hasRecoveryCode)
        return;
    m_vaultEmpty = empty;
    m_hasRecoveryCode = hasCode;
    emit vaultEmptyChanged();
}

void BackupController::clearMessages()
{
    setMessages({}, {});
}

void BackupController::setMessages(const QString& result, const QString& error)
{
    if (result == m_resultMessage && error == m_errorMessage)
        return;
    m_resultMessage = result;
    m_errorMessage = error;
    emit messagesChanged();
}

void BackupController::setRestoring(bool restoring)
{
    if (restoring == m_restoring)
        return;
    m_restoring = restoring;
    emit restoringChanged();
}

QString BackupController::passphraseProblem(const QString& passphrase,
                                            const QString& repeated) const
{
    if (passphrase.size() < KeyEnvelope::MinimumPassphraseLength)
        return ShareError(ShareError::Kind::PassphraseTooShort).message();
    if (passphrase != repeated)
        return tr("The two passphrases are not the same. Type the same one twice.");
    return {};
}

int BackupController::passphraseScore(const QString& passphrase) const
{
    return PassphraseStrength::of(passphrase, {QStringLiteral("Debrief")}).score();
}

QString BackupController::passphraseStrength(const QString& passphrase) const
{
    return PassphraseStrength::of(passphrase, {QStringLiteral("Debrief")}).label();
}

QString BackupController::recoveryCodeProblem(const QString& code) const
{
    if (VaultBackup::passphraseForRecoveryCode(code).isEmpty())
        return tr("That is not a recovery code. It is six groups of four letters and digits, as "
                  "you wrote it down when you started Debrief.");
    return {};
}

QUrl BackupController::suggestedFile() const
{
    const QDate today = m_clock.nowUtc().toTimeZone(m_clock.timeZone()).date();
    const QString name =
        QStringLiteral("debrief-backup-%1.debrief").arg(today.toString(Qt::ISODate));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(QDir(folder).filePath(name));
}

QString BackupController::pathOf(const QUrl& file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

bool BackupController::backUp(const QUrl& file, const QString& secret, bool isRecoveryCode)
{
    if (m_task.running())
        return false;
    setRestoring(false);
    const QString path = pathOf(file);
    QString problem =
        isRecoveryCode ? recoveryCodeProblem(secret) : passphraseProblem(secret, secret);
    if (path.isEmpty())
        problem = tr("Choose where to save the backup.");
    if (!problem.isEmpty()) {
        setMessages({}, problem);
        return false;
    }
    setMessages({}, {});
    const QString passphrase =
        isRecoveryCode ? VaultBackup::passphraseForRecoveryCode(secret) : secret;
    const QString typedCode = isRecoveryCode ? secret : QString();
    const KeyEnvelope envelope = m_vault.envelope();
    auto codeRejected = std::make_shared<bool>(false);
    return m_task.start(
        [path, passphrase, typedCode, envelope, codeRejected](Database& db, ShareProgress* progress,
                                                              ShareError* error) {
            if (!typedCode.isEmpty()) {
                // Only this vault's own code: a mistyped one would lock the backup for good.
                VaultError vaultError;
                if (!envelope.unwrap(typedCode, &vaultError).isValid()) {
                    *codeRejected = true;
                    return failWith(error, {ShareError::Kind::InvalidKey,
                                            QStringLiteral("not this vault's recovery code")});
                }
                if (progress->isCancelled())
                    return failWith(error, ShareError::Kind::Cancelled);
            }
            return VaultBackup(db).backup(path, passphrase, progress, error);
        },
        [this, path, isRecoveryCode, codeRejected](const ShareError& error) {
            if (*codeRejected)
                setMessages({}, tr("That is not this vault's recovery code, so no backup was "
                                   "written. Check it against the code you wrote down."));
            else if (error.kind == ShareError::Kind::Cancelled)
                setMessages(error.message(), {});
            else if (error)
                setMessages({}, error.message());
            else
                finishBackup(path, isRecoveryCode);
        });
}

void BackupController::finishBackup(const QString& path, bool withRecoveryCode)
{
    const qint64 size = QFileInfo(path).size();
    const QString where = QDir::toNativeSeparators(path);
    const QString saved =
        size > 0
            ? tr("Backed up everything (%1) to %2.")
                  .arg(QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat),
                       where)
            : tr("Backed up everything to %1.").arg(where);
    const QString keep =
        withRecoveryCode
            ? tr("Keep it somewhere other than this device; your recovery code opens it.")
            : tr("Keep it somewhere other than this device, and the passphrase apart from it: "
                 "without the passphrase nobody can open it, not even you.");
    setMessages(saved + QLatin1Char(' ') + keep, {});
    emit backedUp(path);
}

bool BackupController::restore(const QUrl& file, const QString& secret, bool merge)
{
    if (m_task.running())
        return false;
    setRestoring(true);
    const QString path = pathOf(file);
    if (path.isEmpty() || secret.isEmpty()) {
        setMessages({}, path.isEmpty()
                            ? tr("Choose the backup file first.")
                            : tr("Enter the backup's passphrase, or your recovery code if it "
                                 "protects the backup."));
        return false;
    }
    setMessages({}, {});
    const auto mode = merge ? VaultBackup::Mode::Merge : VaultBackup::Mode::IntoEmpty;
    auto report = std::make_shared<RestoreReport>();
    return m_task.start(
        [path, secret, mode, report](Database& db, ShareProgress* progress, ShareError* error) {
            const auto done = VaultBackup(db).restore(path, secret, mode, progress, error);
            if (done)
                *report = *done;
            return done.has_value();
        },
        [this, report](const ShareError& error) {
            if (error.kind == ShareError::Kind::Cancelled) {
                setMessages(error.message(), {});
                return;
            }
            if (error) {
                setMessages({}, restoreFailure(error));
                return;
            }
            setMessages(describe(*report), {});
            refresh();
            emit restored();
        });
}

QString BackupController::restoreFailure(const ShareError& error) const
{
    if (error.kind == ShareError::Kind::WrongKind)
        return tr("This is a shared file (or comments a coach sent back), not a backup. Open it "
                  "with “Open a shared file” under Shared with me instead; nothing was changed.");
    if (error.kind == ShareError::Kind::Age && error.age.kind == AgeError::Kind::WrongPassphrase)
        return tr("That passphrase or recovery code does not open this backup. Check it and try "
                  "again; nothing was changed.");
    if (error.kind == ShareError::Kind::Age && error.age.kind == AgeError::Kind::NoMatch)
        return tr("This file is encrypted to a key, not protected by a passphrase, so it is not a "
                  "backup. If someone shared it with you, open it with “Open a shared file” under "
                  "Shared with me; nothing was changed.");
    return error.message();
}

QString BackupController::describe(const RestoreReport& r)
{
    QStringList parts;
    parts << (r.entriesAdded == 0 ? tr("no new reflection")
                                  : tr("%n reflections added", "", r.entriesAdded));
    if (r.entriesKept > 0)
        parts << tr("%n already here (kept as they were)", "", r.entriesKept);
    if (r.receivedAdded > 0)
        parts << tr("%n entries shared with you", "", r.receivedAdded);
    if (r.commentsAdded > 0)
        parts << tr("%n comments from coaches", "", r.commentsAdded);
    if (r.coachesAdded > 0)
        parts << tr("%n coaches", "", r.coachesAdded);
    if (r.keyPairRestored)
        parts << tr("your sharing key");
    return tr("Restored: %1.").arg(QLocale().createSeparatedList(parts));
}

} // namespace debrief
