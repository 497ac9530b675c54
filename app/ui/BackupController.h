#pragma once

#include "VaultTask.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class Clock;
class VaultController;
struct RestoreReport;

// "Back up everything" and "Restore from a backup" for the Backup and restore page: checks the
// passphrase or recovery code the person chose, runs VaultBackup on a VaultTask (a worker with
// its own connection, progress, cancel) and says in words what happened. After a restore that
// changed the vault, restored() tells the UI thread's models to read it again.
class BackupController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(debrief::VaultTask* task READ task CONSTANT)
    // What the last backup or restore did ("Backed up … to …", "12 reflections added …").
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY messagesChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)
    // Whether the running (or last) job is a restore, for the page's progress label.
    Q_PROPERTY(bool restoring READ restoring NOTIFY restoringChanged)
    // No reflection and nothing shared with this vault: a restore may bring back everything.
    Q_PROPERTY(bool vaultEmpty READ vaultEmpty NOTIFY vaultEmptyChanged)
    // The vault was made with a recovery code (not only a passphrase), so it can protect a backup.
    Q_PROPERTY(bool hasRecoveryCode READ hasRecoveryCode NOTIFY vaultEmptyChanged)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)

public:
    // vault and clock must outlive this object.
    BackupController(VaultController& vault, const Clock& clock, QObject* parent = nullptr);

    VaultTask* task() { return &m_task; }
    QString resultMessage() const { return m_resultMessage; }
    QString errorMessage() const { return m_errorMessage; }
    bool restoring() const { return m_restoring; }
    bool vaultEmpty() const { return m_vaultEmpty; }
    bool hasRecoveryCode() const { return m_hasRecoveryCode; }
    static int minimumPassphraseLength();

    // Reads vaultEmpty and hasRecoveryCode again (the page calls it when it opens).
    Q_INVOKABLE void refresh();
    // Forgets the last result and error (the person starts over).
    Q_INVOKABLE void clearMessages();
    // Why this new passphrase (typed twice) cannot protect a backup, or "" when it can.
    Q_INVOKABLE QString passphraseProblem(const QString& passphrase, const QString& repeated) const;
    // The meter beside a new passphrase: 0 (empty) to 4 (strong), and its word ("Weak" …).
    Q_INVOKABLE int passphraseScore(const QString& passphrase) const;
    Q_INVOKABLE QString passphraseStrength(const QString& passphrase) const;
    // Why this cannot be a recovery code, or "" when it may be one (whether it is this vault's
    // code is checked when the backup starts).
    Q_INVOKABLE QString recoveryCodeProblem(const QString& code) const;
    // "debrief-backup-YYYY-MM-DD.debrief" in the documents folder, for the save dialog.
    Q_INVOKABLE QUrl suggestedFile() const;

    // Starts writing the backup to file, protected by secret: a new passphrase, or (with
    // isRecoveryCode) the recovery code as typed, which must be this vault's. False with
    // errorMessage set when it cannot start.
    Q_INVOKABLE bool backUp(const QUrl& file, const QString& secret, bool isRecoveryCode);
    // Starts restoring the backup in file, opened by secret (its passphrase or the recovery code
    // that protects it): merged into this vault, or (merge false) into an empty vault.
    Q_INVOKABLE bool restore(const QUrl& file, const QString& secret, bool merge);

    // A local path for a file chosen in a dialog (a content:// URI on Android stays as it is).
    static QString pathOf(const QUrl& file);
    // What a restore did, in words ("3 reflections added, 1 already here …").
    static QString describe(const RestoreReport& report);

signals:
    void messagesChanged();
    void restoringChanged();
    void vaultEmptyChanged();
    void backedUp(const QString& path);
    // A restore added to the vault: the lists, insights and reminders must read it again.
    void restored();

private:
    void setMessages(const QString& result, const QString& error);
    void setRestoring(bool restoring);
    void finishBackup(const QString& path, bool withRecoveryCode);
    QString restoreFailure(const ShareError& error) const;

    VaultController& m_vault;
    const Clock& m_clock;
    VaultTask m_task;
    QString m_resultMessage;
    QString m_errorMessage;
    bool m_restoring = false;
    bool m_vaultEmpty = false;
    bool m_hasRecoveryCode = false;
};

} // namespace debrief
