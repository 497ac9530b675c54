#pragma once

#include "vault/VaultOpener.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <debrief/platform/SecretStore.h>
#include <functional>
#include <memory>

namespace debrief {

// Drives the first start (recovery code or passphrase), daily unlock (keyring first, then the
// person's secret) and a damaged vault, for the QML pages. Slow key derivation runs off the
// UI thread.
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
    Q_INVOKABLE void moveDamagedAside();
    // Forgets the last error, when the person changes course (passphrase instead of code).
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void stateChanged();
    void errorMessageChanged();
    void noticeChanged();
    void busyChanged();
    void keyringAvailableChanged();
    void unlocked();

private:
    struct Outcome;
    void runOffThread(std::function<Outcome()> work, bool rememberInKeyring = true);
    void finish(Outcome outcome, bool rememberInKeyring);
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
};

} // namespace debrief
