#pragma once

#include "AttemptCountdown.h"
#include "vault/VaultOpener.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <debrief/platform/SecretStore.h>
#include <functional>
#include <memory>

namespace debrief {

// Drives the first start (recovery code or passphrase), daily unlock (keyring first, then the
// person's secret or the app lock's PIN), locking again, and a damaged vault, for the QML
// pages. Slow key derivation runs off the UI thread; wrong secrets earn growing delays.
class VaultController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString recoveryCode READ recoveryCode NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool keyringAvailable READ keyringAvailable NOTIFY keyringAvailableChanged)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)
    // The app lock is on: the key is not kept in the keyring, so every start and every lock asks.
    Q_PROPERTY(bool appLockOn READ appLockOn NOTIFY appLockChanged)
    // The lock asks for a PIN (the vault has a PIN slot and the keyring holds its pepper).
    Q_PROPERTY(bool pinUnlock READ pinUnlock NOTIFY appLockChanged)
    // Seconds until another unlock attempt may be made after wrong secrets (0: now).
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitSecondsChanged)

public:
    enum class State
    {
        Starting,   // looking for the vault and the keyring
        FirstStart, // no vault yet: show the recovery code, or let them pick a passphrase
        Locked,     // a vault exists; ask for the passphrase or recovery code
        Damaged,    // the key is right but the file is broken
        Failed,     // cannot continue (missing key file, newer vault, unreadable folder)
        Ready,      // unlocked
    };
    Q_ENUM(State)

    VaultController(const VaultOpener& opener, platform::SecretStore& secrets,
                    QObject* parent = nullptr);
    ~VaultController() override;

    State state() const { return m_state; }
    QString recoveryCode() const
    {
        return m_state == State::FirstStart ? m_recoveryCode : QString();
    }
    QString errorMessage() const { return m_errorMessage; }
    QString notice() const { return m_notice; }
    bool busy() const { return m_busy; }
    bool keyringAvailable() const { return m_keyringAvailable; }
    static int minimumPassphraseLength() { return KeyEnvelope::MinimumPassphraseLength; }
    bool appLockOn() const { return m_appLockOn; }
    bool pinUnlock() const { return m_appLockOn && m_pinSlot; }
    int waitSeconds() const { return m_wait.seconds(); }

    // Wrong secrets and PINs count here (shared with the re-asks); throttle outlives this.
    void setThrottle(AttemptThrottle* throttle);
    // Whether the app lock is on (the settings say so); read before start().
    void setAppLockOn(bool on);
    // The unlocked vault's key, to wrap it under a new secret off the UI thread; empty unless
    // Ready. Wiped when the copy goes away.
    VaultKey copyKey() const { return m_vault.key.copy(); }
    // After a slot was added to or removed from the envelope on disk.
    void setEnvelope(const KeyEnvelope& envelope);
    // After a key rotation (KeyManagementController): the database now opens only with key,
    // which envelope wraps. The keyring gets it too, unless the app lock keeps it out.
    void keyRotated(VaultKey key, const KeyEnvelope& envelope);
    const VaultOpener& opener() const { return m_opener; }
    // Closes the vault: the connection goes and the key is wiped; the unlock page shows. Every
    // store built on database() must be gone before (AppServices does that).
    void lock();

    // The open connection once Ready (owned here), else null.
    Database* database() const { return m_vault.db.get(); }
    // The unlocked vault's key envelope (wrapped keys, no secret): to check that a recovery code
    // is this vault's, off the UI thread. Empty unless Ready.
    KeyEnvelope envelope() const { return m_vault.envelope; }
    // Another connection to the unlocked vault, for work off the UI thread; null unless Ready.
    std::unique_ptr<Database> openConnection(VaultError* error) const;

    Q_INVOKABLE void start();
    Q_INVOKABLE void createWithRecoveryCode();
    Q_INVOKABLE void createWithPassphrase(const QString& passphrase, const QString& repeated);
    Q_INVOKABLE void unlock(const QString& secret);
    // The app lock's PIN: the pepper is read from the keyring, then the slot opened off-thread.
    Q_INVOKABLE void unlockWithPin(const QString& pin);
    Q_INVOKABLE void moveDamagedAside();
    // Forgets the last error, when the person changes course (passphrase instead of code).
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void stateChanged();
    void errorMessageChanged();
    void noticeChanged();
    void busyChanged();
    void keyringAvailableChanged();
    void appLockChanged();
    void waitSecondsChanged();
    void unlocked();
    void locked();

private:
    struct Outcome;
    void runOffThread(std::function<Outcome()> work, bool rememberInKeyring = true,
                      bool attempt = false);
    bool mayAttempt();
    void readPinSlot();
    void finish(Outcome outcome, bool rememberInKeyring, bool attempt = false);
    void setState(State state);
    void setError(const QString& message);
    void setBusy(bool busy);
    void setKeyringAvailable(bool available);
    void create(KeyEnvelope::SecretKind kind, const QString& secret);
    void becomeReady(OpenVault vault, bool rememberInKeyring);

    const VaultOpener& m_opener;
    platform::SecretStore& m_secrets;
    State m_state = State::Starting;
    QString m_recoveryCode;
    VaultKey m_pendingKey; // first start: the key the shown code will wrap; damaged: the right key
    OpenVault m_vault;
    QString m_errorMessage;
    QString m_notice;
    bool m_busy = false;
    bool m_keyringAvailable = true;
    AttemptThrottle* m_throttle = nullptr;
    AttemptCountdown m_wait; // while a wait runs, waitSeconds counts down
    bool m_appLockOn = false;
    bool m_pinSlot = false;
    bool m_pinAttempt = false; // the last attempt was with the PIN (worded for it when wrong)
};

} // namespace debrief
