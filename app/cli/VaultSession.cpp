#include "cli/VaultSession.h"

#include "cli/AwaitCallback.h"
#include "vault/KeyringUnlock.h"

#include <QDir>

namespace debrief::cli {

VaultSession::VaultSession(const VaultOpener& opener, platform::SecretStore& store,
                           const SecretSource& secrets)
    : m_opener(opener)
    , m_store(store)
    , m_secrets(secrets)
{
}

bool VaultSession::present(Failure* failure) const
{
    *failure = {};
    switch (m_opener.presence()) {
    case VaultOpener::Presence::None:
        *failure = {
            NoVault,
            tr("There is no vault in %1. Create one with \"debrief-cli init\"; nothing "
               "has been created.")
                .arg(QDir::toNativeSeparators(QDir(m_opener.files().directory()).absolutePath()))};
        return false;
    case VaultOpener::Presence::KeysMissing:
        *failure = failureFor(VaultError(VaultError::Kind::KeyFileMissing));
        return false;
    case VaultOpener::Presence::Ready:
        break;
    }
    return true;
}

OpenVault VaultSession::openAskingSecret(Failure* failure) const
{
    if (!present(failure))
        return {};
    return openWithSecret(VaultError(VaultError::Kind::KeyringUnavailable), failure);
}

OpenVault VaultSession::open(Failure* failure) const
{
    if (!present(failure))
        return {};
    VaultError keyringError;
    OpenVault vault = openFromKeyring(&keyringError);
    if (vault)
        return vault;
    if (!KeyringUnlock::needsSecret(keyringError)) {
        *failure = failureFor(keyringError);
        return {};
    }
    vault = openWithSecret(keyringError, failure);
    if (vault)
        remember(vault);
    return vault;
}

OpenVault VaultSession::openFromKeyring(VaultError* error) const
{
    OpenVault vault;
    KeyringUnlock unlock(m_opener, m_store);
    awaitCallback([&](std::function<void()> finished) {
        unlock.open([&vault, error, finished](OpenVault opened, VaultError openError) {
            vault = std::move(opened);
            *error = openError;
            finished();
        });
    });
    return vault;
}

OpenVault VaultSession::openWithSecret(const VaultError& keyringError, Failure* failure) const
{
    QString secret = m_secrets.read(tr("Passphrase or recovery code: "), failure);
    if (*failure) {
        // Say why the keyring did not open it, unless there simply is none.
        if (failure->code == Locked && keyringError.kind != VaultError::Kind::KeyringUnavailable)
            failure->message = keyringError.message() + QLatin1Char(' ') + failure->message;
        return {};
    }
    VaultError error;
    OpenVault vault = m_opener.openWithSecret(secret, &error);
    secret.fill(QChar(u'0'));
    if (!vault)
        *failure = failureFor(error);
    return vault;
}

void VaultSession::remember(const OpenVault& vault) const
{
    KeyringUnlock unlock(m_opener, m_store);
    awaitCallback([&](std::function<void()> finished) {
        unlock.remember(vault, [finished](platform::SecretStore::Status) { finished(); });
    });
}

} // namespace debrief::cli
