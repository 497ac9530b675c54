#include "KeyManagementController.h"

#include "AttemptCountdown.h"
#include "VaultController.h"
#include "core/AttemptThrottle.h"
#include "share/PassphraseStrength.h"
#include "vault/KeyringUnlock.h"
#include "vault/RecoveryCode.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace debrief {

using Kind = KeyEnvelope::SecretKind;

namespace {

void wipeString(QString& s)
{
    s.fill(QChar(u'0'));
    s.clear();
}

} // namespace

// A new recovery code on screen, and what it took to get there (the secrets checked), until
// "I have written it down" or Cancel.
struct KeyManagementController::Pending
{
    QString code; // formatted; empty for a rotation of a vault without a recovery code
    bool rotation = false;
    QString current;
    QString pin;
    QByteArray pepper;
    ~Pending()
    {
        wipeString(code);
        wipeString(current);
        wipeString(pin);
        wipe(pepper);
    }
};

// What the worker found.
struct KeyManagementController::Outcome
{
    VaultError error;
    QString refusal; // a right secret that cannot be used for this (shown instead)
    std::optional<KeyEnvelope> envelope;
    VaultOpener::KeyRotation rotation;
};

KeyManagementController::KeyManagementController(VaultController& vault,
                                                 platform::SecretStore& secrets,
                                                 AttemptThrottle& throttle, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_secrets(secrets)
    , m_throttle(throttle)
    , m_wait(&throttle)
{
    connect(&m_wait, &AttemptCountdown::changed, this, &KeyManagementController::showWait);
    connect(&m_vault, &VaultController::unlocked, this, &KeyManagementController::refresh);
    connect(&m_vault, &VaultController::stateChanged, this, [this] {
        if (m_vault.state() != VaultController::State::Ready)
            setPending(nullptr); // locked: nothing of a half-done change stays in memory
    });
}

KeyManagementController::~KeyManagementController()
{
    // A rekey under way uses the vault's connection, which goes after this object.
    m_job.waitForFinished();
}

QString KeyManagementController::pendingCode() const
{
    return m_pending ? m_pending->code : QString();
}

bool KeyManagementController::pendingRotation() const
{
    return m_pending && m_pending->rotation;
}

void KeyManagementController::setRotationHooks(std::function<QString()> refusal,
                                               std::function<void()> close,
                                               std::function<void()> reopen)
{
    m_refusal = std::move(refusal);
    m_close = std::move(close);
    m_reopen = std::move(reopen);
}

void KeyManagementController::refresh()
{
    const QList<Kind> kinds = m_vault.state() == VaultController::State::Ready
                                  ? m_vault.envelope().secretKinds()
                                  : QList<Kind>();
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    emit secretsChanged();
}

void KeyManagementController::clearMessages()
{
    setMessages({}, {});
    mayAttempt();
}

QString KeyManagementController::passphraseProblem(const QString& passphrase,
                                                   const QString& repeated) const
{
    if (passphrase.size() < KeyEnvelope::MinimumPassphraseLength)
        return tr("Choose a passphrase of at least %n characters.", nullptr,
                  KeyEnvelope::MinimumPassphraseLength);
    if (passphrase != repeated)
        return tr("The two new passphrases are not the same. Type the same one twice.");
    return {};
}

int KeyManagementController::passphraseScore(const QString& passphrase) const
{
    return PassphraseStrength::of(passphrase, {QStringLiteral("Debrief")}).score();
}

QString KeyManagementController::passphraseStrength(const QString& passphrase) const
{
    return PassphraseStrength::of(passphrase, {QStringLiteral("Debrief")}).label();
}

bool KeyManagementController::mayAttempt()
{
    const bool may = m_wait.refresh();
    if (!may)
        setMessages({}, AttemptCountdown::message(m_wait.seconds()));
    return may;
}

void KeyManagementController::showWait()
{
    if (m_wait.seconds() > 0)
        setMessages({}, AttemptCountdown::message(m_wait.seconds()));
    else
        setMessages(m_resultMessage, {});
    emit waitSecondsChanged();
}

QString KeyManagementController::failure(const VaultError& error) const
{
    if (error.kind == VaultError::Kind::WrongSecret)
        return tr("That is not your current passphrase or recovery code. Nothing was changed.");
    return error.message();
}

void KeyManagementController::run(std::function<Outcome()> work, std::function<void(Outcome&)> done,
                                  bool attempt)
{
    setBusy(true);
    auto* watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this,
            [this, watcher, done = std::move(done), attempt] {
                std::shared_ptr<Outcome> outcome = watcher->result();
                watcher->deleteLater();
                setBusy(false);
                if (attempt && outcome->error.kind == VaultError::Kind::WrongSecret)
                    m_throttle.recordFailure();
                else if (attempt && !outcome->error)
                    m_throttle.recordSuccess();
                if (outcome->error) {
                    setMessages({}, failure(outcome->error));
                    mayAttempt();
                }
                done(*outcome);
            });
    m_job =
        QtConcurrent::run([work = std::move(work)] { return std::make_shared<Outcome>(work()); });
    watcher->setFuture(m_job);
}

void KeyManagementController::changePassphrase(const QString& current, const QString& passphrase,
                                               const QString& repeated)
{
    if (m_busy || m_vault.state() != VaultController::State::Ready)
        return;
    if (current.trimmed().isEmpty()) {
        setMessages({}, tr("Enter your current passphrase or recovery code."));
        return;
    }
    const QString problem = passphraseProblem(passphrase, repeated);
    if (!problem.isEmpty()) {
        setMessages({}, problem);
        return;
    }
    if (!mayAttempt())
        return;
    setMessages({}, {});
    const bool adding = !hasPassphrase();
    const VaultOpener* opener = &m_vault.opener();
    run(
        [opener, current, passphrase] {
            Outcome o;
            o.envelope = opener->changeSecret(current, Kind::Passphrase, passphrase, &o.error);
            return o;
        },
        [this, adding](Outcome& o) {
            if (o.error || !o.envelope)
                return;
            m_vault.setEnvelope(*o.envelope);
            refresh();
            setMessages(adding ? tr("Your passphrase is added. It opens Debrief, like your "
                                    "recovery code.")
                               : tr("Your passphrase is changed. The old one no longer opens "
                                    "Debrief."),
                        {});
            emit passphraseChanged();
        });
}

void KeyManagementController::prepareRecoveryCode(const QString& current)
{
    if (m_busy || m_vault.state() != VaultController::State::Ready)
        return;
    if (current.trimmed().isEmpty()) {
        setMessages({}, tr("Enter your current passphrase or recovery code."));
        return;
    }
    if (!mayAttempt())
        return;
    setMessages({}, {});
    const VaultFiles files = m_vault.opener().files();
    run(
        [files, current] {
            Outcome o;
            o.envelope = files.loadEnvelope(&o.error);
            if (o.envelope)
                o.envelope->unwrap(current, &o.error);
            return o;
        },
        [this, current](Outcome& o) {
            if (o.error)
                return;
            auto pending = std::make_unique<Pending>();
            pending->code = recoverycode::generate();
            pending->current = current;
            setPending(std::move(pending));
        });
}

void KeyManagementController::prepareRotation(const QString& current, const QString& pin)
{
    if (m_busy || m_vault.state() != VaultController::State::Ready)
        return;
    refresh();
    if (current.trimmed().isEmpty()) {
        setMessages({}, hasPassphrase() ? tr("Enter your passphrase.")
                                        : tr("Enter your recovery code."));
        return;
    }
    if (hasPin() && !KeyEnvelope::isValidPin(pin)) {
        setMessages({}, tr("Enter your app lock PIN too: the new key is locked with it as well."));
        return;
    }
    const QString refusal = m_refusal ? m_refusal() : QString();
    if (!refusal.isEmpty()) {
        setMessages({}, refusal);
        return;
    }
    if (!mayAttempt())
        return;
    setMessages({}, {});
    auto verify = [this, current, pin](const QByteArray& pepper) {
        const KeyEnvelope envelope = m_vault.envelope();
        const bool needsPassphrase = hasPassphrase();
        const bool withPin = hasPin();
        run(
            [envelope, current, pin, pepper, needsPassphrase, withPin] {
                Outcome o;
                Kind opened = Kind::Passphrase;
                envelope.unwrap(current, &o.error, &opened);
                if (!o.error && needsPassphrase && opened != Kind::Passphrase)
                    o.refusal = tr("To rotate the key, type your passphrase, not the recovery "
                                   "code: the new key is locked with your passphrase, and a new "
                                   "recovery code replaces the old one. Nothing was changed.");
                else if (!o.error && withPin &&
                         !envelope.unwrapPin(pin, pepper, &o.error).isValid())
                    o.refusal = tr("That is not your app lock PIN. Nothing was changed.");
                return o;
            },
            [this, current, pin, pepper](Outcome& o) {
                if (o.error && !o.refusal.isEmpty())
                    o.error = {}; // a wrong PIN: its own words (the throttle counted it)
                if (!o.refusal.isEmpty()) {
                    setMessages({}, o.refusal);
                    return;
                }
                if (o.error)
                    return;
                auto pending = std::make_unique<Pending>();
                pending->rotation = true;
                pending->current = current;
                pending->pin = pin;
                pending->pepper = pepper;
                if (hasRecoveryCode())
                    pending->code = recoverycode::generate();
                setPending(std::move(pending));
                if (!hasRecoveryCode())
                    rotate(); // no code to write down first
            });
    };
    if (!hasPin()) {
        verify({});
        return;
    }
    // The PIN slot's pepper lives in the OS keyring.
    setBusy(true);
    m_secrets.read(KeyringUnlock::pinPepperName(m_vault.envelope().vaultId()),
                   [this, verify](platform::SecretStore::Result result) {
                       setBusy(false);
                       if (result.status != platform::SecretStore::Status::Ok) {
                           setMessages({}, tr("The system keyring does not answer, and the app "
                                              "lock PIN needs it. Nothing was changed."));
                           return;
                       }
                       QByteArray pepper = QByteArray::fromHex(result.secret);
                       wipe(result.secret);
                       verify(pepper);
                       wipe(pepper);
                   });
}

void KeyManagementController::confirmPendingCode()
{
    if (m_busy || !m_pending || m_vault.state() != VaultController::State::Ready)
        return;
    if (m_pending->rotation) {
        rotate();
        return;
    }
    setMessages({}, {});
    const VaultOpener* opener = &m_vault.opener();
    const QString current = m_pending->current;
    const QString code = m_pending->code;
    run(
        [opener, current, code] {
            Outcome o;
            o.envelope = opener->changeSecret(current, Kind::RecoveryCode, code, &o.error);
            return o;
        },
        [this](Outcome& o) {
            if (o.error || !o.envelope)
                return;
            m_vault.setEnvelope(*o.envelope);
            setPending(nullptr);
            refresh();
            setMessages(tr("Your new recovery code is in place. The old one no longer works."), {});
            emit recoveryCodeChanged();
        },
        false);
}

void KeyManagementController::cancelPending()
{
    if (m_busy)
        return;
    setPending(nullptr);
    setMessages({}, {});
}

void KeyManagementController::rotate()
{
    Database* db = m_vault.database();
    const QString refusal = m_refusal ? m_refusal() : QString();
    if (!m_pending || !db || !refusal.isEmpty()) {
        setMessages({}, refusal);
        return;
    }
    QList<KeyEnvelope::Secret> secrets;
    if (hasPassphrase())
        secrets.append({Kind::Passphrase, m_pending->current, {}});
    if (hasRecoveryCode())
        secrets.append({Kind::RecoveryCode, m_pending->code, {}});
    if (hasPin())
        secrets.append({Kind::Pin, m_pending->pin, m_pending->pepper});
    setMessages({}, {});
    // Every other connection keeps the old key: they close now and open again afterwards.
    if (m_close)
        m_close();
    const VaultOpener* opener = &m_vault.opener();
    auto key = std::make_shared<VaultKey>(m_vault.copyKey());
    const KeyEnvelope envelope = m_vault.envelope();
    const QString current = m_pending->current;
    run(
        [opener, db, key, envelope, current, secrets] {
            return Outcome{{}, {}, {}, opener->rotateKey(*db, *key, envelope, current, secrets)};
        },
        [this](Outcome& o) { finishRotation(o); }, false);
}

void KeyManagementController::finishRotation(Outcome& o)
{
    VaultOpener::KeyRotation& rotation = o.rotation;
    if (rotation.rekeyed)
        m_vault.keyRotated(std::move(rotation.key), rotation.envelope);
    if (m_reopen)
        m_reopen();
    if (rotation.error) {
        // Before the rekey nothing changed; after it the staged envelope opens the vault with
        // the secrets (the code shown included), so the code stays on screen either way.
        setMessages({}, failure(rotation.error));
        return;
    }
    setPending(nullptr);
    refresh();
    setMessages(hasRecoveryCode()
                    ? tr("The vault has a new key, and your new recovery code is in place. The "
                         "old key and the old code no longer open it.")
                    : tr("The vault has a new key. The old one no longer opens it."),
                {});
    emit keyRotated();
}

void KeyManagementController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void KeyManagementController::setMessages(const QString& result, const QString& error)
{
    if (result == m_resultMessage && error == m_errorMessage)
        return;
    m_resultMessage = result;
    m_errorMessage = error;
    emit messagesChanged();
}

void KeyManagementController::setPending(std::unique_ptr<Pending> pending)
{
    if (!pending && !m_pending)
        return;
    m_pending = std::move(pending);
    emit pendingChanged();
}

} // namespace debrief
