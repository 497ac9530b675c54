#include "vault/KeyringUnlock.h"

namespace debrief {

using platform::SecretStore;

KeyringUnlock::KeyringUnlock(const VaultOpener& opener, SecretStore& store)
    : m_opener(opener)
    , m_store(store)
{
}

QString KeyringUnlock::entryName(const QString& vaultId)
{
    return QStringLiteral("vault-key/%1").arg(vaultId);
}

QString KeyringUnlock::pinPepperName(const QString& vaultId)
{
    return QStringLiteral("pin-pepper/%1").arg(vaultId);
}

bool KeyringUnlock::needsSecret(const VaultError& error)
{
    using K = VaultError::Kind;
    return error.kind == K::KeyringUnavailable || error.kind == K::KeyNotInKeyring ||
           error.kind == K::KeyMismatch;
}

void KeyringUnlock::open(Opened done)
{
    readKey([this, done](VaultKey key, VaultError error) {
        if (error)
            return done({}, error);
        OpenVault vault = m_opener.openWithKey(std::move(key), &error);
        done(std::move(vault), error);
    });
}

void KeyringUnlock::readKey(KeyRead done)
{
    VaultError error;
    const auto envelope = m_opener.files().loadEnvelope(&error);
    if (!envelope)
        return done({}, error);
    m_store.read(entryName(envelope->vaultId()), [done](SecretStore::Result result) {
        switch (result.status) {
        case SecretStore::Status::Ok:
            break;
        case SecretStore::Status::NotFound:
            return done({}, {VaultError::Kind::KeyNotInKeyring, result.detail});
        default:
            return done({}, {VaultError::Kind::KeyringUnavailable, result.detail});
        }
        VaultKey key = VaultKey::fromHex(result.secret);
        wipe(result.secret);
        if (!key.isValid())
            return done({}, {VaultError::Kind::KeyMismatch, QStringLiteral("malformed key")});
        done(std::move(key), {});
    });
}

void KeyringUnlock::remember(const OpenVault& vault, Stored done)
{
    QByteArray hex = vault.key.toHex();
    m_store.write(entryName(vault.envelope.vaultId()), hex,
                  [done](SecretStore::Result result) { done(result.status); });
    wipe(hex);
}

} // namespace debrief
