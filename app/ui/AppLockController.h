#pragma once

#include "vault/KeyEnvelope.h"

#include <QObject>
#include <QSettings>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <debrief/platform/SecretStore.h>
#include <functional>

namespace debrief {

class AttemptThrottle;
class VaultController;

// The optional app lock (SECURITY.md AU-1) for the settings and the toolbar: turning it on
// with the vault's passphrase or a PIN (a slot of the key envelope; the key then leaves the OS
// keyring, so a start or a lock asks), off again (after the secret was asked again: the key
// goes back), the auto-lock time, and "Lock now". The choice and the time are kept in the
// settings file; they hold no content.
class AppLockController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(bool enabled READ enabled NOTIFY enabledChanged)
    Q_PROPERTY(bool usesPin READ usesPin NOTIFY enabledChanged)
    // A PIN needs a working keyring for its pepper.
    Q_PROPERTY(bool pinOffered READ pinOffered NOTIFY pinOfferedChanged)
    // The vault has a passphrase: turning the lock on asks for it (once) instead of a new one.
    Q_PROPERTY(bool hasPassphrase READ hasPassphrase NOTIFY enabledChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY
                   autoLockMinutesChanged)
    Q_PROPERTY(QVariantList autoLockChoices READ autoLockChoices CONSTANT)
    Q_PROPERTY(int autoLockIndex READ autoLockIndex NOTIFY autoLockMinutesChanged)
    // Debrief is not in front (another app, the app switcher): with the lock on, the window
    // hides its contents (SECURITY.md LK-4).
    Q_PROPERTY(bool inBackground READ inBackground NOTIFY inBackgroundChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int minimumPinLength READ minimumPinLength CONSTANT)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)

public:
    static constexpr int DefaultAutoLockMinutes = 5;

    // The choice lives in the INI file at settingsFile; vault, secrets and throttle outlive
    // this object.
    AppLockController(const QString& settingsFile, VaultController& vault,
                      platform::SecretStore& secrets, AttemptThrottle& throttle,
                      QObject* parent = nullptr);

    // What locking takes (set by AppServices): why it cannot happen now (empty: it can), and
    // closing every store and connection before the vault forgets its key.
    void setLockHooks(std::function<QString()> refusal, std::function<void()> close);

    bool enabled() const { return m_enabled; }
    bool usesPin() const;
    bool pinOffered() const;
    bool hasPassphrase() const;
    int autoLockMinutes() const { return m_autoLockMinutes; }
    void setAutoLockMinutes(int minutes);
    static QVariantList autoLockChoices();
    int autoLockIndex() const { return int(autoLockChoices().indexOf(m_autoLockMinutes)); }
    bool inBackground() const { return m_inBackground; }
    // From the application's state (AppServices::setApplicationState).
    void setInBackground(bool inBackground);
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }
    static int minimumPinLength() { return KeyEnvelope::MinimumPinLength; }
    static int minimumPassphraseLength() { return KeyEnvelope::MinimumPassphraseLength; }

    // With the vault's passphrase (repeated is ignored when it has one: it is checked instead)
    // or a new one typed twice.
    Q_INVOKABLE void turnOnWithPassphrase(const QString& passphrase, const QString& repeated);
    // With a new PIN of at least minimumPinLength digits, typed twice.
    Q_INVOKABLE void turnOnWithPin(const QString& pin, const QString& repeated);
    // Only after the secret was asked again (AppServices calls it on SecretCheck::verified with
    // the purpose TurnOffPurpose): the key goes back to the keyring, a PIN slot goes.
    void turnOff();
    static constexpr char TurnOffPurpose[] = "appLockOff";
    // Saves what is being written, closes the vault and shows the unlock page. False (with
    // errorMessage) when it cannot now (a backup or share is being written).
    Q_INVOKABLE bool lockNow();
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void enabledChanged();
    void pinOfferedChanged();
    void autoLockMinutesChanged();
    void inBackgroundChanged();
    void busyChanged();
    void errorMessageChanged();
    // Right before locking: pages save what is being written (it is content, and goes).
    void aboutToLock();
    void turnedOn();
    void turnedOff();

private:
    struct Change;
    void applyOffThread(std::function<Change()> work, bool checksSecret);
    void finishOn(const KeyEnvelope& envelope);
    void setEnabled(bool enabled);
    void setBusy(bool busy);
    void setError(const QString& message);
    bool ready() const;

    QSettings m_settings;
    VaultController& m_vault;
    platform::SecretStore& m_secrets;
    AttemptThrottle& m_throttle;
    std::function<QString()> m_refusal;
    std::function<void()> m_close;
    bool m_enabled = false;
    int m_autoLockMinutes = DefaultAutoLockMinutes;
    bool m_busy = false;
    bool m_inBackground = false;
    QString m_errorMessage;
};

} // namespace debrief
