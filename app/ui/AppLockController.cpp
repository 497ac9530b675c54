#include "AppLockController.h"

#include "AttemptCountdown.h"
#include "VaultController.h"
#include "core/AttemptThrottle.h"
#include "vault/KeyringUnlock.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>
#include <sodium.h>

namespace debrief {

namespace {
const QString EnabledKey = QStringLiteral("lock/enabled");
const QString MinutesKey = QStringLiteral("lock/autoLockMinutes");
constexpr int Choices[] = {1, 5, 15, 60};

bool keyringRefused(platform::SecretStore::Status status)
{
    using S = platform::SecretStore::Status;
    return status == S::Denied || status == S::Failed;
}
} // namespace

// What a change of the envelope came to, off the UI thread.
struct AppLockController::Change
{
    std::optional<KeyEnvelope> envelope; // saved; empty on failure
    VaultError error;
};

AppLockController::AppLockController(const QString& settingsFile, VaultController& vault,
                                     platform::SecretStore& secrets, AttemptThrottle& throttle,
                                     QObject* parent)
    : QObject(parent)
    , m_settings(settingsFile, QSettings::IniFormat)
    , m_vault(vault)
    , m_secrets(secrets)
    , m_throttle(throttle)
{
    m_enabled = m_settings.value(EnabledKey, false).toBool();
    bool ok = false;
    const int minutes = m_settings.value(MinutesKey).toInt(&ok);
    if (ok && autoLockChoices().contains(minutes))
        m_autoLockMinutes = minutes;
    connect(&m_vault, &VaultController::keyringAvailableChanged, this,
            &AppLockController::pinOfferedChanged);
    connect(&m_vault, &VaultController::appLockChanged, this, &AppLockController::enabledChanged);
    // Bound to the key, not to this flag: an unlock with the lock on makes sure the key is not
    // in the keyring (a crash between two steps of turning it on may have left it there).
    connect(&m_vault, &VaultController::unlocked, this, [this] {
        if (m_enabled)
            m_secrets.remove(KeyringUnlock::entryName(m_vault.envelope().vaultId()),
                             [](platform::SecretStore::Result) {});
    });
}

void AppLockController::setLockHooks(std::function<QString()> refusal, std::function<void()> close)
{
    m_refusal = std::move(refusal);
    m_close = std::move(close);
}

bool AppLockController::usesPin() const
{
    return m_enabled && m_vault.pinUnlock();
}

bool AppLockController::pinOffered() const
{
    return m_vault.keyringAvailable();
}

bool AppLockController::hasPassphrase() const
{
    return m_vault.envelope().hasSecret(KeyEnvelope::SecretKind::Passphrase);
}

QVariantList AppLockController::autoLockChoices()
{
    QVariantList list;
    for (int minutes : Choices)
        list.append(minutes);
    return list;
}

void AppLockController::setAutoLockMinutes(int minutes)
{
    if (minutes == m_autoLockMinutes || !autoLockChoices().contains(minutes))
        return;
    m_autoLockMinutes = minutes;
    m_settings.setValue(MinutesKey, minutes);
    m_settings.sync();
    emit autoLockMinutesChanged();
}

bool AppLockController::ready() const
{
    return m_vault.state() == VaultController::State::Ready && !m_busy;
}

void AppLockController::turnOnWithPassphrase(const QString& passphrase, const QString& repeated)
{
    if (!ready())
        return;
    const KeyEnvelope envelope = m_vault.envelope();
    const bool existing = envelope.hasSecret(KeyEnvelope::SecretKind::Passphrase);
    if (existing && m_throttle.waitMs() > 0) {
        setError(AttemptCountdown::message(m_throttle.waitSeconds()));
        return;
    }
    if (!existing && passphrase.size() < minimumPassphraseLength()) {
        setError(tr("Choose a passphrase of at least %n characters.", nullptr,
                    minimumPassphraseLength()));
        return;
    }
    if (!existing && passphrase != repeated) {
        setError(tr("The two passphrases are not the same."));
        return;
    }
    if (existing && passphrase.isEmpty()) {
        setError(tr("Enter your passphrase."));
        return;
    }
    auto key = std::make_shared<VaultKey>(m_vault.copyKey());
    const VaultFiles files = m_vault.opener().files();
    applyOffThread(
        [envelope, existing, key, files, passphrase]() {
            Change change;
            KeyEnvelope next = envelope;
            if (existing) {
                const VaultKey opened = next.unwrap(passphrase, &change.error);
                if (!opened.isValid() || !(opened == *key)) {
                    if (!change.error)
                        change.error = {VaultError::Kind::WrongSecret, QStringLiteral("other key")};
                    return change;
                }
            } else if (!next.setSecret(*key, KeyEnvelope::SecretKind::Passphrase, passphrase)) {
                change.error = {VaultError::Kind::Io, QStringLiteral("could not wrap the key")};
                return change;
            }
            next.removeSecret(KeyEnvelope::SecretKind::Pin); // switching from a PIN
            if (next.toJson() != envelope.toJson() && (change.error = files.saveEnvelope(next)))
                return change;
            change.envelope = next;
            return change;
        },
        existing);
}

void AppLockController::turnOnWithPin(const QString& pin, const QString& repeated)
{
    if (!ready())
        return;
    if (!pinOffered()) {
        setError(tr("A PIN needs the system keyring, which is not available. Use a passphrase."));
        return;
    }
    if (!KeyEnvelope::isValidPin(pin)) {
        setError(tr("Choose a PIN of at least %n digits.", nullptr, minimumPinLength()));
        return;
    }
    if (pin != repeated) {
        setError(tr("The two PINs are not the same."));
        return;
    }
    if (!sodiumReady()) {
        setError(VaultError(VaultError::Kind::Io).message());
        return;
    }
    QByteArray pepper(KeyEnvelope::PepperSize, '\0');
    randombytes_buf(pepper.data(), size_t(pepper.size()));
    const KeyEnvelope envelope = m_vault.envelope();
    auto key = std::make_shared<VaultKey>(m_vault.copyKey());
    const VaultFiles files = m_vault.opener().files();
    setError({});
    setBusy(true);
    QByteArray hex = pepper.toHex();
    // The pepper first: an envelope whose PIN slot has no pepper could never be opened by it.
    m_secrets.write(
        KeyringUnlock::pinPepperName(envelope.vaultId()), hex,
        [this, envelope, key, files, pin, pepper](platform::SecretStore::Result result) mutable {
            if (result.status != platform::SecretStore::Status::Ok) {
                wipe(pepper);
                setBusy(false);
                setError(tr("The system keyring did not accept the PIN's key, so the lock is "
                            "not on. Try again, or use a passphrase."));
                return;
            }
            setBusy(false);
            applyOffThread(
                [envelope, key, files, pin, pepper]() mutable {
                    Change change;
                    KeyEnvelope next = envelope;
                    const bool wrapped = next.setPin(*key, pin, pepper);
                    wipe(pepper);
                    if (!wrapped) {
                        change.error = {VaultError::Kind::Io, QStringLiteral("could not wrap")};
                        return change;
                    }
                    if ((change.error = files.saveEnvelope(next)))
                        return change;
                    change.envelope = next;
                    return change;
                },
                false);
        });
    wipe(hex);
}

void AppLockController::applyOffThread(std::function<Change()> work, bool checksSecret)
{
    setError({});
    setBusy(true);
    auto* watcher = new QFutureWatcher<std::shared_ptr<Change>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Change>>::finished, this,
            [this, watcher, checksSecret] {
                const std::shared_ptr<Change> change = watcher->result();
                watcher->deleteLater();
                if (checksSecret && change->error.kind == VaultError::Kind::WrongSecret)
                    m_throttle.recordFailure();
                else if (checksSecret && change->envelope)
                    m_throttle.recordSuccess();
                if (!change->envelope) {
                    setBusy(false);
                    setError(change->error.message());
                    return;
                }
                finishOn(*change->envelope);
            });
    watcher->setFuture(
        QtConcurrent::run([work = std::move(work)] { return std::make_shared<Change>(work()); }));
}

// The envelope holds the lock's slot: the key leaves the keyring (a passphrase lock drops an
// old PIN's pepper too), and from now on a start or a lock asks.
void AppLockController::finishOn(const KeyEnvelope& envelope)
{
    if (m_vault.state() != VaultController::State::Ready) {
        setBusy(false);
        return;
    }
    m_vault.setEnvelope(envelope);
    const QString vaultId = envelope.vaultId();
    if (!envelope.hasSecret(KeyEnvelope::SecretKind::Pin))
        m_secrets.remove(KeyringUnlock::pinPepperName(vaultId),
                         [](platform::SecretStore::Result) {});
    m_secrets.remove(KeyringUnlock::entryName(vaultId), [this](platform::SecretStore::Result r) {
        setBusy(false);
        if (keyringRefused(r.status)) {
            setError(tr("The vault key could not be taken out of the system keyring, so the "
                        "lock is not on. Try again."));
            return;
        }
        setEnabled(true);
        emit turnedOn();
    });
}

void AppLockController::turnOff()
{
    if (!ready() || !m_enabled)
        return;
    const KeyEnvelope envelope = m_vault.envelope();
    const VaultFiles files = m_vault.opener().files();
    KeyEnvelope next = envelope;
    // The PIN slot goes with the lock (a PIN is only the lock's secret); the file is small.
    if (next.removeSecret(KeyEnvelope::SecretKind::Pin)) {
        if (const VaultError error = files.saveEnvelope(next)) {
            setError(error.message());
            return;
        }
        m_vault.setEnvelope(next);
        m_secrets.remove(KeyringUnlock::pinPepperName(next.vaultId()),
                         [](platform::SecretStore::Result) {});
    }
    setError({});
    setBusy(true);
    const VaultKey key = m_vault.copyKey();
    QByteArray hex = key.toHex();
    m_secrets.write(KeyringUnlock::entryName(next.vaultId()), hex,
                    [this](platform::SecretStore::Result r) {
                        setBusy(false);
                        // Without a keyring the person unlocks with their secret at each start,
                        // as before the lock.
                        if (keyringRefused(r.status)) {
                            setError(tr("The system keyring did not take the vault key back, so "
                                        "the lock stays on. Try again."));
                            return;
                        }
                        setEnabled(false);
                        emit turnedOff();
                    });
    wipe(hex);
}

bool AppLockController::lockNow()
{
    if (!m_enabled || m_vault.state() != VaultController::State::Ready || m_busy)
        return false;
    const QString refusal = m_refusal ? m_refusal() : QString();
    if (!refusal.isEmpty()) {
        setError(refusal);
        return false;
    }
    setError({});
    emit aboutToLock();
    if (m_close)
        m_close();
    return true;
}

void AppLockController::setInBackground(bool inBackground)
{
    if (m_inBackground == inBackground)
        return;
    m_inBackground = inBackground;
    emit inBackgroundChanged();
}

void AppLockController::setEnabled(bool enabled)
{
    m_settings.setValue(EnabledKey, enabled);
    m_settings.sync();
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    m_vault.setAppLockOn(enabled);
    emit enabledChanged();
}

void AppLockController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void AppLockController::setError(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace debrief
