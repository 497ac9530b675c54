#include "SecretCheck.h"

#include "vault/KeyringUnlock.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace debrief {

namespace {

// What the worker found: the secret opened the envelope, or why not.
struct CheckResult
{
    bool opened = false;
    bool wrongSecret = false; // counts as a failed attempt; other errors do not
    QString message;
};

// pepper: the app lock PIN's, when secret may be that PIN (then tried first).
CheckResult checkSecret(const VaultFiles& files, const QString& secret, QByteArray pepper)
{
    CheckResult result;
    VaultError error;
    const std::optional<KeyEnvelope> envelope = files.loadEnvelope(&error);
    if (!envelope) {
        result.message = error.message();
        return result;
    }
    VaultKey key;
    if (!pepper.isEmpty()) {
        key = envelope->unwrapPin(secret, pepper, &error);
        wipe(pepper);
    }
    if (!key.isValid())
        key = envelope->unwrap(secret, &error);
    result.opened = key.isValid();
    result.wrongSecret = error.kind == VaultError::Kind::WrongSecret;
    if (!result.opened)
        result.message = error.message();
    return result;
}

} // namespace

SecretCheck::SecretCheck(VaultFiles files, AttemptThrottle& throttle, QObject* parent)
    : QObject(parent)
    , m_files(std::move(files))
    , m_throttle(throttle)
    , m_wait(&throttle)
{
    connect(&m_wait, &AttemptCountdown::changed, this, &SecretCheck::showWait);
}

SecretCheck::~SecretCheck() = default;

void SecretCheck::verify(const QString& secret, const QString& purpose)
{
    if (m_busy)
        return;
    if (!refreshWait())
        return;
    if (secret.trimmed().isEmpty()) {
        setError(tr("Enter your passphrase or recovery code."));
        return;
    }
    setError({});
    setBusy(true);
    // A PIN (the app lock's) needs its pepper from the keyring before the check.
    VaultError error;
    const auto envelope = m_files.loadEnvelope(&error);
    if (m_secrets && envelope && envelope->hasSecret(KeyEnvelope::SecretKind::Pin) &&
        KeyEnvelope::isValidPin(secret)) {
        m_secrets->read(KeyringUnlock::pinPepperName(envelope->vaultId()),
                        [this, secret, purpose](platform::SecretStore::Result result) {
                            QByteArray pepper = result.status == platform::SecretStore::Status::Ok
                                                    ? QByteArray::fromHex(result.secret)
                                                    : QByteArray();
                            wipe(result.secret);
                            run(secret, purpose, pepper);
                            wipe(pepper);
                        });
        return;
    }
    run(secret, purpose, {});
}

void SecretCheck::run(const QString& secret, const QString& purpose, const QByteArray& pepper)
{
    auto* watcher = new QFutureWatcher<CheckResult>(this);
    connect(watcher, &QFutureWatcher<CheckResult>::finished, this, [this, watcher, purpose] {
        const CheckResult result = watcher->result();
        watcher->deleteLater();
        if (result.wrongSecret)
            m_throttle.recordFailure();
        else if (result.opened)
            m_throttle.recordSuccess();
        finish(result.opened, result.message, purpose);
    });
    watcher->setFuture(QtConcurrent::run(
        [files = m_files, secret, pepper] { return checkSecret(files, secret, pepper); }));
}

void SecretCheck::finish(bool opened, const QString& failure, const QString& purpose)
{
    setBusy(false);
    if (!opened) {
        setError(failure);
        refreshWait();
        return;
    }
    emit verified(purpose);
}

void SecretCheck::reset()
{
    setError({});
    refreshWait();
}

bool SecretCheck::refreshWait()
{
    const bool mayAttempt = m_wait.refresh();
    if (!mayAttempt)
        setError(AttemptCountdown::message(m_wait.seconds()));
    return mayAttempt;
}

void SecretCheck::showWait()
{
    setError(m_wait.seconds() > 0 ? AttemptCountdown::message(m_wait.seconds()) : QString());
    emit waitSecondsChanged();
}

void SecretCheck::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void SecretCheck::setError(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace debrief
