#pragma once

#include "vault/Database.h"
#include "vault/KeyEnvelope.h"
#include "vault/VaultFiles.h"

#include <functional>
#include <memory>

namespace debrief {

// An unlocked vault: the open connection (the app's main one, with the larger reading cache of
// Database::setCacheSize) and what it took to open it. When the key was right but the file is
// damaged, db is null and key is still set.
struct OpenVault
{
    std::unique_ptr<Database> db;
    VaultKey key;
    KeyEnvelope envelope;
    explicit operator bool() const { return static_cast<bool>(db); }
};

// The unlock rules in one place: create once, open with a key (keyring) or a secret
// (passphrase / recovery code), and never make a new vault where one already is.
class VaultOpener
{
public:
    enum class Presence
    {
        None,        // first start: nothing on disk
        Ready,       // envelope (and usually the database) present
        KeysMissing, // a database without its envelope: cannot be unlocked, never replaced
    };

    explicit VaultOpener(VaultFiles files);
    const VaultFiles& files() const { return m_files; }
    Presence presence() const;

    // First start. Writes the envelope, then the database with the current schema. Refuses
    // (AlreadyExists) when either file exists.
    OpenVault create(VaultKey key, KeyEnvelope::SecretKind kind, const QString& secret,
                     VaultError* error) const;
    // With a key from the OS secret store: KeyMismatch when it does not fit this vault.
    OpenVault openWithKey(VaultKey key, VaultError* error) const;
    // True when opening with this key would only open (the schema is current), so a caller may
    // do it on the UI thread; false when it would upgrade the schema (possibly seconds) or fail.
    bool opensWithoutUpgrade(const VaultKey& key) const;
    // With a passphrase or recovery code: WrongSecret when it does not open the envelope.
    OpenVault openWithSecret(const QString& secret, VaultError* error) const;
    // With the app lock's PIN and its pepper from the OS keyring: WrongSecret when they do not
    // open the envelope's PIN slot.
    OpenVault openWithPin(const QString& pin, const QByteArray& pepper, VaultError* error) const;

    // A new passphrase, or a new recovery code: replaces (or adds) the slot of kind in the
    // envelope on disk with newSecret, once current (a passphrase or recovery code) opens it.
    // The key stays; the old secret of that kind stops working. The file is replaced
    // atomically; a wrong current secret (WrongSecret) changes nothing. Returns the envelope
    // now on disk, or nothing with error set.
    std::optional<KeyEnvelope> changeSecret(const QString& current, KeyEnvelope::SecretKind kind,
                                            const QString& newSecret, VaultError* error) const;

    // What a key rotation did. rekeyed: the database opens only with key from now on, even
    // when error is set (the envelope could not be replaced; the staged one still opens it).
    struct KeyRotation
    {
        VaultError error;
        bool rekeyed = false;
        VaultKey key;
        KeyEnvelope envelope;
    };
    // Key rotation (CR-2): a new random key, PRAGMA rekey of db (open with key, which envelope
    // wraps), and a new envelope in which every slot wraps the new key. current (a passphrase
    // or recovery code) must open envelope to key; secrets wrap the new key, exactly one per
    // kind of slot envelope has (a kept secret, or a new one such as a new recovery code), so
    // no slot is lost. The new envelope is staged before the rekey so a crash at any point
    // leaves a key that opens the database with every secret of the new envelope. Every other
    // connection to the database must be closed first (they would keep the old key).
    KeyRotation rotateKey(Database& db, const VaultKey& key, const KeyEnvelope& envelope,
                          const QString& current, const QList<KeyEnvelope::Secret>& secrets) const;
    // The same for an open vault, which holds the new key and envelope once rekeyed.
    VaultError rotateKey(OpenVault& vault, const QString& current,
                         const QList<KeyEnvelope::Secret>& secrets) const;

private:
    OpenVault openDatabase(VaultKey key, const KeyEnvelope& envelope, VaultError* error) const;
    // After the secret's key met a database it does not open (damaged, its OpenVault): a key
    // rotation interrupted after the rekey, opened with the staged envelope through unwrap.
    using Unwrap = std::function<VaultKey(const KeyEnvelope& staged, VaultError* error)>;
    OpenVault openStaged(const Unwrap& unwrap, OpenVault damaged, VaultError* error) const;
    VaultFiles m_files;
};

} // namespace debrief
