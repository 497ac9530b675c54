#pragma once

#include "vault/Database.h"
#include "vault/KeyEnvelope.h"
#include "vault/VaultFiles.h"

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

    // Key rotation: a new random key, PRAGMA rekey, and a new envelope wrapped by secret
    // (which must open the current one). The new envelope is staged before the rekey so a crash
    // at any point leaves a key that opens the database.
    VaultError rotateKey(OpenVault& vault, KeyEnvelope::SecretKind kind,
                         const QString& secret) const;

private:
    OpenVault openDatabase(VaultKey key, const KeyEnvelope& envelope, VaultError* error) const;
    VaultFiles m_files;
};

} // namespace debrief
