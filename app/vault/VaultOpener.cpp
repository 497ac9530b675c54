#include "vault/VaultOpener.h"

#include "vault/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace debrief {

namespace {

// SQLite treats an empty file as a new database, and a file of one byte too (opening it
// already writes a new header over it): migrating it would silently turn a truncated vault
// into a new empty one. No database is shorter than SQLite's smallest page, so anything
// shorter is damage, to be found without opening it. Only create() may start from nothing.
bool tooShortToOpen(const QString& path)
{
    constexpr qint64 SmallestPage = 512;
    const QFileInfo file(path);
    return file.exists() && file.size() < SmallestPage;
}

} // namespace

VaultOpener::VaultOpener(VaultFiles files)
    : m_files(std::move(files))
{
}

VaultOpener::Presence VaultOpener::presence() const
{
    if (m_files.envelopeExists())
        return Presence::Ready;
    return m_files.databaseExists() ? Presence::KeysMissing : Presence::None;
}

OpenVault VaultOpener::create(VaultKey key, KeyEnvelope::SecretKind kind, const QString& secret,
                              VaultError* error) const
{
    if (presence() != Presence::None) {
        *error = {VaultError::Kind::AlreadyExists, m_files.directory()};
        return {};
    }
    if (!QDir().mkpath(m_files.directory())) {
        *error = {VaultError::Kind::ReadOnly, QStringLiteral("mkpath")};
        return {};
    }
    auto envelope = KeyEnvelope::create(key, kind, secret);
    if (!envelope) {
        *error = {VaultError::Kind::Io, QStringLiteral("could not wrap the key")};
        return {};
    }
    // The envelope first: a crash now leaves a key without a database, which the next start
    // completes; never a database nobody can open.
    if ((*error = m_files.saveEnvelope(*envelope)))
        return {};
    return openDatabase(std::move(key), *envelope, error);
}

bool VaultOpener::opensWithoutUpgrade(const VaultKey& key) const
{
    if (tooShortToOpen(m_files.databasePath()))
        return false;
    VaultError error;
    auto db = Database::open(m_files.databasePath(), key, &error);
    if (!db)
        return false;
    const int version = migrations::currentVersion(*db, &error);
    return !error && version == migrations::latestVersion();
}

OpenVault VaultOpener::openWithKey(VaultKey key, VaultError* error) const
{
    auto envelope = m_files.loadEnvelope(error);
    if (!envelope)
        return {};
    if (!envelope->checks(key)) {
        *error = {VaultError::Kind::KeyMismatch, QStringLiteral("key check value")};
        return {};
    }
    OpenVault vault = openDatabase(std::move(key), *envelope, error);
    // A key rotation interrupted after the rekey: the database already uses the staged key,
    // which only the person's secret unwraps (openWithSecret). Ask for it rather than call an
    // intact vault damaged.
    if (!vault && error->kind == VaultError::Kind::Damaged &&
        QFile::exists(m_files.pendingEnvelopePath())) {
        *error = {VaultError::Kind::KeyMismatch, QStringLiteral("key rotation pending")};
        return {};
    }
    return vault;
}

OpenVault VaultOpener::openWithSecret(const QString& secret, VaultError* error) const
{
    auto envelope = m_files.loadEnvelope(error);
    if (!envelope)
        return {};
    VaultKey key = envelope->unwrap(secret, error);
    OpenVault damaged;
    if (key.isValid()) {
        OpenVault vault = openDatabase(std::move(key), *envelope, error);
        if (vault || error->kind != VaultError::Kind::Damaged)
            return vault;
        damaged = std::move(vault);
    }
    return openStaged(
        [&secret](const KeyEnvelope& staged, VaultError* e) { return staged.unwrap(secret, e); },
        std::move(damaged), error);
}

OpenVault VaultOpener::openStaged(const Unwrap& unwrap, OpenVault damaged, VaultError* error) const
{
    // A key rotation interrupted after the rekey: the staged envelope holds the new key.
    if (QFile::exists(m_files.pendingEnvelopePath())) {
        VaultError pendingError;
        auto pending = m_files.loadEnvelope(m_files.pendingEnvelopePath(), &pendingError);
        VaultKey newKey = pending ? unwrap(*pending, &pendingError) : VaultKey();
        if (newKey.isValid()) {
            OpenVault vault = openDatabase(std::move(newKey), *pending, &pendingError);
            if (vault && !m_files.saveEnvelope(*pending)) {
                QFile::remove(m_files.pendingEnvelopePath());
                *error = {};
                return vault;
            }
        }
        // The database already uses the staged key, which this secret does not open: a
        // recovery code the rotation replaced. Wrong now, as after a finished rotation; the
        // vault is not damaged (the passphrase or the new code opens it).
        if (damaged.key.isValid() && pendingError.kind == VaultError::Kind::WrongSecret) {
            *error = {VaultError::Kind::WrongSecret, QStringLiteral("replaced by a key rotation")};
            return {};
        }
    }
    return damaged;
}

OpenVault VaultOpener::openWithPin(const QString& pin, const QByteArray& pepper,
                                   VaultError* error) const
{
    auto envelope = m_files.loadEnvelope(error);
    if (!envelope)
        return {};
    VaultKey key = envelope->unwrapPin(pin, pepper, error);
    if (!key.isValid())
        return {};
    OpenVault vault = openDatabase(std::move(key), *envelope, error);
    if (vault || error->kind != VaultError::Kind::Damaged)
        return vault;
    // A key rotation interrupted after the rekey re-wrapped the PIN slot for the new key.
    return openStaged([&pin, &pepper](const KeyEnvelope& staged,
                                      VaultError* e) { return staged.unwrapPin(pin, pepper, e); },
                      std::move(vault), error);
}

OpenVault VaultOpener::openDatabase(VaultKey key, const KeyEnvelope& envelope,
                                    VaultError* error) const
{
    std::unique_ptr<Database> db;
    if (tooShortToOpen(m_files.databasePath()))
        *error = {VaultError::Kind::Damaged, QStringLiteral("database file too short")};
    else
        db = Database::open(m_files.databasePath(), key, error);
    // The app's main connection: history and search read through it (Database::setCacheSize).
    if (db && !(*error = migrations::migrate(*db)) &&
        !(*error = db->setCacheSize(Database::ReadingCacheKiB)))
        return {std::move(db), std::move(key), envelope};
    // The key is known right (it passed the key check), so a damaged file keeps it: the person
    // can move the file aside without typing their secret again.
    if (error->kind == VaultError::Kind::Damaged)
        return {nullptr, std::move(key), envelope};
    return {};
}

std::optional<KeyEnvelope> VaultOpener::changeSecret(const QString& current,
                                                     KeyEnvelope::SecretKind kind,
                                                     const QString& newSecret,
                                                     VaultError* error) const
{
    auto envelope = m_files.loadEnvelope(error);
    if (!envelope)
        return std::nullopt;
    const VaultKey key = envelope->unwrap(current, error);
    if (*error)
        return std::nullopt;
    if (!envelope->setSecret(key, kind, newSecret)) {
        *error = {VaultError::Kind::Io, QStringLiteral("could not wrap the key")};
        return std::nullopt;
    }
    if ((*error = m_files.saveEnvelope(*envelope)))
        return std::nullopt;
    return envelope;
}

VaultOpener::KeyRotation VaultOpener::rotateKey(Database& db, const VaultKey& key,
                                                const KeyEnvelope& envelope, const QString& current,
                                                const QList<KeyEnvelope::Secret>& secrets) const
{
    KeyRotation result;
    const VaultKey opened = envelope.unwrap(current, &result.error);
    if (result.error)
        return result;
    if (!(opened == key)) {
        result.error = {VaultError::Kind::WrongSecret, QStringLiteral("secret opens another key")};
        return result;
    }
    QList<KeyEnvelope::SecretKind> kinds;
    for (const KeyEnvelope::Secret& secret : secrets)
        kinds.append(secret.kind);
    const QList<KeyEnvelope::SecretKind> held = envelope.secretKinds();
    bool everySlot = kinds.size() == held.size();
    for (KeyEnvelope::SecretKind kind : held)
        everySlot = everySlot && kinds.contains(kind);
    if (!everySlot) {
        result.error = {VaultError::Kind::Io, QStringLiteral("a secret for every slot is needed")};
        return result;
    }
    VaultKey newKey = VaultKey::generate();
    auto next = envelope.rewrappedFor(newKey, secrets);
    if (!next) {
        result.error = {VaultError::Kind::Io, QStringLiteral("could not wrap the new key")};
        return result;
    }
    if ((result.error = m_files.saveEnvelope(*next, m_files.pendingEnvelopePath())))
        return result;
    if ((result.error = db.rekey(newKey))) {
        QFile::remove(m_files.pendingEnvelopePath());
        return result;
    }
    // From here the database opens only with the new key: the caller must hold it even if the
    // envelope cannot be replaced below.
    result.rekeyed = true;
    result.key = std::move(newKey);
    result.envelope = *next;
    if ((result.error = m_files.saveEnvelope(*next)))
        return result; // the staged envelope still opens the vault (see openWithSecret)
    QFile::remove(m_files.pendingEnvelopePath());
    return result;
}

VaultError VaultOpener::rotateKey(OpenVault& vault, const QString& current,
                                  const QList<KeyEnvelope::Secret>& secrets) const
{
    if (!vault.db)
        return {VaultError::Kind::Io, QStringLiteral("vault is not open")};
    KeyRotation rotation = rotateKey(*vault.db, vault.key, vault.envelope, current, secrets);
    if (rotation.rekeyed) {
        vault.key = std::move(rotation.key);
        vault.envelope = rotation.envelope;
    }
    return rotation.error;
}

} // namespace debrief
