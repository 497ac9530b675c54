#pragma once

#include "vault/VaultOpener.h"

#include <debrief/platform/SecretStore.h>
#include <functional>

namespace debrief {

// Daily unlock through the OS secret store, shared by the app and the command line: read the
// vault key from the keyring and open; after any other unlock, remember the key there.
class KeyringUnlock
{
public:
    using Opened = std::function<void(OpenVault vault, VaultError error)>;
    using KeyRead = std::function<void(VaultKey key, VaultError error)>;
    using Stored = std::function<void(platform::SecretStore::Status status)>;

    KeyringUnlock(const VaultOpener& opener, platform::SecretStore& store);

    // Reads the key and opens the vault. Errors that mean "ask for the passphrase or recovery
    // code" are KeyringUnavailable, KeyNotInKeyring and KeyMismatch (see needsSecret()).
    void open(Opened done);
    // Only the first half of open(): the key from the keyring, for callers that open the vault
    // elsewhere (the app opens it off the UI thread, as a schema upgrade may take seconds).
    void readKey(KeyRead done);
    // Saves the unlocked vault's key under this vault's name (best effort: without a keyring
    // the person unlocks with their secret each time).
    void remember(const OpenVault& vault, Stored done);

    static bool needsSecret(const VaultError& error);
    static QString entryName(const QString& vaultId);
    // The app lock PIN's pepper (KeyEnvelope::setPin), kept in the keyring beside the key.
    static QString pinPepperName(const QString& vaultId);

private:
    const VaultOpener& m_opener;
    platform::SecretStore& m_store;
};

} // namespace debrief
