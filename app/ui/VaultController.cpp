#include "VaultController.h"

#include "core/AttemptThrottle.h"
#include "vault/KeyringUnlock.h"
#include "vault/RecoveryCode.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace debrief {

struct VaultController::Outcome
{
    OpenVault vault; // on Damaged: no connection, but the (right) key
    VaultError error;
};

VaultController::VaultController(const VaultOpener& opener, platform::SecretStore& secrets,
                                 QObject* parent)
    : QObject(parent)
    , m_opener(opener)
    , m_secrets(secrets)
{
    connect(&m_wait, &AttemptCountdown::changed, this, &VaultController::waitSecondsChanged);
}

VaultController::~VaultController() = default;

void VaultController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void VaultController::setError(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

void VaultController::setKeyringAvailable(bool available)
{
    if (m_keyringAvailable == available)
        return;
    m_keyringAvailable = available;
    emit keyringAvailableChanged();
}

void VaultController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void VaultController::setThrottle(AttemptThrottle* throttle)
{
    m_throttle = throttle;
    m_wait.setThrottle(throttle);
}

void VaultController::setAppLockOn(bool on)
{
    if (m_appLockOn == on)
        return;
    m_appLockOn = on;
    emit appLockChanged();
}

void VaultController::setEnvelope(const KeyEnvelope& envelope)
{
    if (m_state != State::Ready)
        return;
    m_vault.envelope = envelope;
    const bool pin = envelope.hasSecret(KeyEnvelope::SecretKind::Pin);
    if (m_pinSlot != pin) {
        m_pinSlot = pin;
        emit appLockChanged();
    }
}

void VaultController::keyRotated(VaultKey key, const KeyEnvelope& envelope)
{
    if (m_state != State::Ready || !envelope.checks(key))
        return;
    m_vault.key = std::move(key);
    setEnvelope(envelope);
    if (m_appLockOn)
        return;
    KeyringUnlock(m_opener, m_secrets).remember(m_vault, [this](platform::SecretStore::Status s) {
        setKeyringAvailable(s == platform::SecretStore::Status::Ok);
    });
}

void VaultController::readPinSlot()
{
    VaultError error;
    const auto envelope = m_opener.files().loadEnvelope(&error);
    const bool pin = envelope && envelope->hasSecret(KeyEnvelope::SecretKind::Pin);
    if (m_pinSlot != pin) {
        m_pinSlot = pin;
        emit appLockChanged();
    }
}

// Before an attempt with a secret: refused (with the wait shown) while a delay runs.
bool VaultController::mayAttempt()
{
    return m_wait.refresh();
}

void VaultController::lock()
{
    if (m_state != State::Ready)
        return;
    m_vault = OpenVault(); // closes the connection, wipes the key
    setError({});
    readPinSlot();
    m_wait.refresh();
    setState(State::Locked);
    emit locked();
}

void VaultController::start()
{
    setError({});
    readPinSlot();
    m_wait.refresh();
    switch (m_opener.presence()) {
    case VaultOpener::Presence::None:
        // Nothing is written until the person has seen the code (or chosen a passphrase).
        m_pendingKey = VaultKey::generate();
        m_recoveryCode = recoverycode::generate();
        setState(State::FirstStart);
        return;
    case VaultOpener::Presence::KeysMissing:
        setError(VaultError(VaultError::Kind::KeyFileMissing).message());
        setState(State::Failed);
        return;
    case VaultOpener::Presence::Ready:
        break;
    }
    setBusy(true);
    auto unlock = std::make_shared<KeyringUnlock>(m_opener, m_secrets);
    unlock->readKey([this, unlock](VaultKey key, VaultError error) {
        if (KeyringUnlock::needsSecret(error)) {
            setBusy(false);
            setKeyringAvailable(error.kind != VaultError::Kind::KeyringUnavailable);
            // No keyring or a stale one: ask; never start a new vault over the old one. With
            // the app lock on, the key is kept out of the keyring on purpose.
            const bool lockedOnPurpose =
                m_appLockOn && error.kind == VaultError::Kind::KeyNotInKeyring;
            if (error.kind != VaultError::Kind::KeyringUnavailable && !lockedOnPurpose)
                setError(error.message());
            setState(State::Locked);
            return;
        }
        if (error) {
            setBusy(false);
            finish({{}, error}, false);
            return;
        }
        // The daily case opens in well under a millisecond: do it now, so the first frame can
        // already show the vault. A schema upgrade (seconds on a large vault) runs off the UI
        // thread, with the start screen responsive meanwhile.
        if (m_opener.opensWithoutUpgrade(key)) {
            setBusy(false);
            VaultError openError;
            OpenVault vault = m_opener.openWithKey(std::move(key), &openError);
            finish({std::move(vault), openError}, false);
            return;
        }
        const VaultOpener* opener = &m_opener;
        auto shared = std::make_shared<VaultKey>(std::move(key));
        runOffThread(
            [opener, shared]() {
                Outcome o;
                o.vault = opener->openWithKey(std::move(*shared), &o.error);
                return o;
            },
            false);
    });
}

void VaultController::createWithRecoveryCode()
{
    if (m_state == State::FirstStart && !m_busy)
        create(KeyEnvelope::SecretKind::RecoveryCode, m_recoveryCode);
}

void VaultController::createWithPassphrase(const QString& passphrase, const QString& repeated)
{
    if (m_state != State::FirstStart || m_busy)
        return;
    if (passphrase.size() < minimumPassphraseLength()) {
        setError(tr("Choose a passphrase of at least %n characters.", nullptr,
                    minimumPassphraseLength()));
        return;
    }
    if (passphrase != repeated) {
        setError(tr("The two passphrases are not the same."));
        return;
    }
    create(KeyEnvelope::SecretKind::Passphrase, passphrase);
}

void VaultController::create(KeyEnvelope::SecretKind kind, const QString& secret)
{
    auto key = std::make_shared<VaultKey>(m_pendingKey.copy());
    const VaultOpener* opener = &m_opener;
    runOffThread([opener, key, kind, secret]() {
        Outcome o;
        o.vault = opener->create(key->copy(), kind, secret, &o.error);
        return o;
    });
}

void VaultController::unlock(const QString& secret)
{
    if (m_state != State::Locked || m_busy)
        return;
    if (secret.trimmed().isEmpty()) {
        setError(tr("Enter your passphrase or recovery code."));
        return;
    }
    if (!mayAttempt())
        return;
    m_pinAttempt = false;
    const VaultOpener* opener = &m_opener;
    runOffThread(
        [opener, secret]() {
            Outcome o;
            o.vault = opener->openWithSecret(secret, &o.error);
            return o;
        },
        !m_appLockOn, true);
}

void VaultController::unlockWithPin(const QString& pin)
{
    if (m_state != State::Locked || m_busy)
        return;
    if (!KeyEnvelope::isValidPin(pin)) {
        setError(
            tr("Enter your PIN of at least %n digits.", nullptr, KeyEnvelope::MinimumPinLength));
        return;
    }
    if (!mayAttempt())
        return;
    VaultError error;
    const auto envelope = m_opener.files().loadEnvelope(&error);
    if (!envelope) {
        setError(error.message());
        return;
    }
    setBusy(true);
    setError({});
    m_pinAttempt = true;
    m_secrets.read(KeyringUnlock::pinPepperName(envelope->vaultId()),
                   [this, pin](platform::SecretStore::Result result) {
                       setBusy(false);
                       if (result.status != platform::SecretStore::Status::Ok) {
                           setError(tr("Your PIN cannot be checked because the system keyring "
                                       "does not answer. Use your recovery code instead."));
                           return;
                       }
                       QByteArray pepper = QByteArray::fromHex(result.secret);
                       wipe(result.secret);
                       const VaultOpener* opener = &m_opener;
                       runOffThread(
                           [opener, pin, pepper]() mutable {
                               Outcome o;
                               o.vault = opener->openWithPin(pin, pepper, &o.error);
                               wipe(pepper);
                               return o;
                           },
                           false, true);
                   });
}

void VaultController::runOffThread(std::function<Outcome()> work, bool rememberInKeyring,
                                   bool attempt)
{
    setBusy(true);
    setError({});
    auto* watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this,
            [this, watcher, rememberInKeyring, attempt] {
                std::shared_ptr<Outcome> outcome = watcher->result();
                watcher->deleteLater();
                setBusy(false);
                finish(std::move(*outcome), rememberInKeyring, attempt);
            });
    watcher->setFuture(
        QtConcurrent::run([work = std::move(work)] { return std::make_shared<Outcome>(work()); }));
}

void VaultController::finish(Outcome outcome, bool rememberInKeyring, bool attempt)
{
    if (outcome.vault) {
        if (attempt && m_throttle)
            m_throttle->recordSuccess();
        m_wait.refresh();
        return becomeReady(std::move(outcome.vault), rememberInKeyring);
    }
    const VaultError& error = outcome.error;
    setError(error.message());
    switch (error.kind) {
    case VaultError::Kind::WrongSecret:
        if (attempt && m_throttle)
            m_throttle->recordFailure();
        if (attempt && m_pinAttempt)
            setError(tr("That PIN does not open this vault. Check it and try again; nothing has "
                        "been changed."));
        m_wait.refresh();
        setState(State::Locked); // try again; nothing changed
        return;
    case VaultError::Kind::Damaged:
        m_pendingKey = std::move(outcome.vault.key);
        setState(State::Damaged);
        return;
    default:
        if (m_state == State::FirstStart || m_state == State::Locked)
            return; // stay: the message says what to do (disk full, read-only…)
        setState(State::Failed);
    }
}

void VaultController::becomeReady(OpenVault vault, bool rememberInKeyring)
{
    m_vault = std::move(vault);
    m_recoveryCode.fill(QChar(u'0'));
    m_recoveryCode.clear();
    m_pendingKey = VaultKey();
    setError({});
    if (rememberInKeyring) {
        KeyringUnlock(m_opener, m_secrets)
            .remember(m_vault, [this](platform::SecretStore::Status s) {
                setKeyringAvailable(s == platform::SecretStore::Status::Ok);
            });
    }
    setState(State::Ready);
    emit unlocked();
}

std::unique_ptr<Database> VaultController::openConnection(VaultError* error) const
{
    if (m_state != State::Ready || !m_vault.key.isValid()) {
        *error = {VaultError::Kind::Io, QStringLiteral("vault is not unlocked")};
        return nullptr;
    }
    return Database::open(m_opener.files().databasePath(), m_vault.key, error);
}

void VaultController::moveDamagedAside()
{
    if (m_state != State::Damaged || !m_pendingKey.isValid())
        return;
    VaultError error;
    const QString movedTo = m_opener.files().moveDatabaseAside(&error);
    if (error) {
        setError(error.message());
        return;
    }
    m_notice = tr("The damaged vault was moved to %1. Debrief started a new, empty vault with the "
                  "same key; the damaged file was not changed.")
                   .arg(movedTo);
    emit noticeChanged();
    OpenVault vault = m_opener.openWithKey(m_pendingKey.copy(), &error);
    if (!vault) {
        setError(error.message());
        return;
    }
    becomeReady(std::move(vault), false);
}

} // namespace debrief
