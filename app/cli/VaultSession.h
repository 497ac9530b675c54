#pragma once

#include "cli/ExitCode.h"
#include "cli/SecretSource.h"
#include "vault/VaultOpener.h"

#include <QCoreApplication>
#include <debrief/platform/SecretStore.h>

namespace debrief::cli {

// The app's unlock rules for one command: the OS keyring first; if it cannot help, the
// passphrase or recovery code; then remember the key in the keyring. Never creates a vault.
class VaultSession
{
    Q_DECLARE_TR_FUNCTIONS(VaultSession)

public:
    VaultSession(const VaultOpener& opener, platform::SecretStore& store,
                 const SecretSource& secrets);

    OpenVault open(Failure* failure) const;
    // For export and backup (SECURITY.md AU-2): always with the passphrase or recovery code,
    // even when the keyring could open the vault.
    OpenVault openAskingSecret(Failure* failure) const;
    // Saves the key of a vault unlocked without the keyring (best effort, as in the app).
    void remember(const OpenVault& vault) const;

private:
    bool present(Failure* failure) const;
    OpenVault openFromKeyring(VaultError* error) const;
    OpenVault openWithSecret(const VaultError& keyringError, Failure* failure) const;

    const VaultOpener& m_opener;
    platform::SecretStore& m_store;
    const SecretSource& m_secrets;
};

} // namespace debrief::cli
