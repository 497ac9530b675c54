#pragma once

#include "AttemptCountdown.h"
#include "core/AttemptThrottle.h"
#include "vault/VaultFiles.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <debrief/platform/SecretStore.h>

namespace debrief {

// Asks for the current passphrase or recovery code again before a sensitive action (share,
// export, backup, erase, turning the app lock off: SECURITY.md AU-2). The secret must open
// this vault's key envelope, read fresh from disk (so a changed passphrase counts at once);
// the key derivation runs off the UI thread and wrong secrets earn the shared growing delays.
class SecretCheck : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // Seconds until another attempt may be made (0: now); counts down while the page shows it.
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitSecondsChanged)

public:
    // files and throttle must outlive this object.
    SecretCheck(VaultFiles files, AttemptThrottle& throttle, QObject* parent = nullptr);
    ~SecretCheck() override;

    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }
    int waitSeconds() const { return m_wait.seconds(); }

    // Checks secret; emits verified(purpose) when it opens the vault's envelope, else sets
    // errorMessage. purpose is only echoed, so one dialog can guard several actions.
    Q_INVOKABLE void verify(const QString& secret, const QString& purpose);
    // With the app lock's PIN slot, the PIN counts too: its pepper is read from secrets.
    void setSecretStore(platform::SecretStore* secrets) { m_secrets = secrets; }
    // Forgets the last error (the dialog opens afresh).
    Q_INVOKABLE void reset();

signals:
    void verified(const QString& purpose);
    void busyChanged();
    void errorMessageChanged();
    void waitSecondsChanged();

private:
    void finish(bool opened, const QString& failure, const QString& purpose);
    void setBusy(bool busy);
    void setError(const QString& message);
    // Reads the throttle again; while a wait runs, its message shows. False while waiting.
    bool refreshWait();
    // The countdown moved: the message follows it, and goes when the wait is over.
    void showWait();
    void run(const QString& secret, const QString& purpose, const QByteArray& pepper);

    const VaultFiles m_files;
    AttemptThrottle& m_throttle;
    AttemptCountdown m_wait;
    platform::SecretStore* m_secrets = nullptr;
    bool m_busy = false;
    QString m_errorMessage;
};

} // namespace debrief
