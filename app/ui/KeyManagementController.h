#pragma once

#include "AttemptCountdown.h"
#include "vault/KeyEnvelope.h"

#include <QFuture>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <debrief/platform/SecretStore.h>
#include <functional>
#include <memory>

namespace debrief {

class VaultController;

// The keys page (Settings > Security and privacy): change or add the passphrase, make a new
// recovery code, rotate the vault key (SECURITY.md CR-2). Each asks for the current passphrase
// or recovery code (AU-2), checked off the UI thread with the shared growing delays; a wrong
// one changes nothing. A new recovery code is shown before anything is written, and only
// "I have written it down" puts it in place, so a crash never leaves a code nobody has seen.
class KeyManagementController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)
    // What the last change did ("Your passphrase is changed…").
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY messagesChanged)
    // Seconds until another attempt may be made after wrong secrets (0: now).
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitSecondsChanged)
    Q_PROPERTY(bool hasPassphrase READ hasPassphrase NOTIFY secretsChanged)
    Q_PROPERTY(bool hasRecoveryCode READ hasRecoveryCode NOTIFY secretsChanged)
    // The app lock's PIN slot: rotating the key asks for the PIN too, to wrap the new key.
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY secretsChanged)
    // A new recovery code shown for writing down ("7K3M-…"), "" when none is waiting.
    Q_PROPERTY(QString pendingCode READ pendingCode NOTIFY pendingChanged)
    // The waiting code comes with a key rotation (true) or replaces the code only (false).
    Q_PROPERTY(bool pendingRotation READ pendingRotation NOTIFY pendingChanged)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)
    Q_PROPERTY(int minimumPinLength READ minimumPinLength CONSTANT)

public:
    // vault, secrets (the PIN's pepper) and throttle must outlive this object.
    KeyManagementController(VaultController& vault, platform::SecretStore& secrets,
                            AttemptThrottle& throttle, QObject* parent = nullptr);
    ~KeyManagementController() override;

    // What rotating takes (set by AppServices): why it cannot happen now (empty: it can);
    // closing every store and connection but the vault's own before the rekey; opening them
    // again afterwards, with the vault's new key.
    void setRotationHooks(std::function<QString()> refusal, std::function<void()> close,
                          std::function<void()> reopen);

    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }
    QString resultMessage() const { return m_resultMessage; }
    int waitSeconds() const { return m_wait.seconds(); }
    bool hasPassphrase() const { return m_kinds.contains(KeyEnvelope::SecretKind::Passphrase); }
    bool hasRecoveryCode() const { return m_kinds.contains(KeyEnvelope::SecretKind::RecoveryCode); }
    bool hasPin() const { return m_kinds.contains(KeyEnvelope::SecretKind::Pin); }
    QString pendingCode() const;
    bool pendingRotation() const;
    static int minimumPassphraseLength() { return KeyEnvelope::MinimumPassphraseLength; }
    static int minimumPinLength() { return KeyEnvelope::MinimumPinLength; }

    // Reads which secrets the vault has (the page calls it when it opens).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearMessages();
    // Why this new passphrase (typed twice) cannot be used, or "" when it can.
    Q_INVOKABLE QString passphraseProblem(const QString& passphrase, const QString& repeated) const;
    // The meter beside the new passphrase: 0 (empty) to 4 (strong), and its word.
    Q_INVOKABLE int passphraseScore(const QString& passphrase) const;
    Q_INVOKABLE QString passphraseStrength(const QString& passphrase) const;

    // Replaces (or adds) the passphrase once current (passphrase or recovery code) opens the
    // vault; the old passphrase stops working.
    Q_INVOKABLE void changePassphrase(const QString& current, const QString& passphrase,
                                      const QString& repeated);
    // Checks current, then shows a new recovery code (pendingCode); confirmPendingCode() puts
    // it in place of the old one.
    Q_INVOKABLE void prepareRecoveryCode(const QString& current);
    // Checks current (the passphrase when the vault has one, else the recovery code) and the
    // PIN when the vault has a PIN slot, then shows the new recovery code that comes with the
    // new key (pendingCode), or rotates at once when the vault has no recovery code.
    Q_INVOKABLE void prepareRotation(const QString& current, const QString& pin);
    // "I have written it down": the waiting code replaces the old one, or the key rotates.
    Q_INVOKABLE void confirmPendingCode();
    // The waiting code is forgotten; nothing changes.
    Q_INVOKABLE void cancelPending();

signals:
    void busyChanged();
    void messagesChanged();
    void waitSecondsChanged();
    void secretsChanged();
    void pendingChanged();
    void passphraseChanged();
    void recoveryCodeChanged();
    void keyRotated();

private:
    struct Pending;
    struct Outcome;
    void run(std::function<Outcome()> work, std::function<void(Outcome&)> done,
             bool attempt = true);
    // Reads the throttle again; while a wait runs, its message shows. False while waiting.
    bool mayAttempt();
    // The countdown moved: the message follows it, and goes when the wait is over.
    void showWait();
    void rotate();
    void finishRotation(Outcome& outcome);
    void setBusy(bool busy);
    void setMessages(const QString& result, const QString& error);
    void setPending(std::unique_ptr<Pending> pending);
    QString failure(const VaultError& error) const;

    VaultController& m_vault;
    platform::SecretStore& m_secrets;
    AttemptThrottle& m_throttle;
    std::function<QString()> m_refusal;
    std::function<void()> m_close;
    std::function<void()> m_reopen;
    QList<KeyEnvelope::SecretKind> m_kinds;
    std::unique_ptr<Pending> m_pending;
    QFuture<std::shared_ptr<Outcome>> m_job; // waited for on destruction (it may use the vault)
    AttemptCountdown m_wait;
    bool m_busy = false;
    QString m_errorMessage;
    QString m_resultMessage;
};

} // namespace debrief
