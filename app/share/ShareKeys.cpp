#include "share/ShareKeys.h"

#include "share/SecretBytes.h"
#include "share/X25519Recipient.h"

namespace debrief {

ShareKeys::ShareKeys(Database& db)
    : m_db(db)
{
}

std::optional<QString> ShareKeys::publicKey(ShareError* error)
{
    ShareKeyStore store(m_db);
    VaultError vaultError;
    if (auto existing = store.identity(&vaultError)) {
        wipeBytes(existing->secretKey);
        if (error)
            *error = {};
        return existing->recipient;
    }
    if (vaultError) {
        failWith(error, ShareError::fromVault(vaultError));
        return std::nullopt;
    }
    const auto made = X25519Identity::generate();
    if (!made) {
        failWith(error, ShareError::fromAge({AgeError::Kind::Io, QStringLiteral("no key pair")}));
        return std::nullopt;
    }
    ShareIdentityRecord record{made->toSecretText(), made->recipient().toString(), QString(),
                               QDateTime::currentDateTimeUtc()};
    vaultError = store.saveIdentity(record);
    wipeBytes(record.secretKey);
    if (vaultError) {
        failWith(error, ShareError::fromVault(vaultError));
        return std::nullopt;
    }
    if (error)
        *error = {};
    return record.recipient;
}

std::optional<X25519Identity> ShareKeys::identity(ShareError* error) const
{
    VaultError vaultError;
    auto record = ShareKeyStore(m_db).identity(&vaultError);
    if (!record) {
        if (vaultError)
            failWith(error, ShareError::fromVault(vaultError));
        else if (error)
            *error = {};
        return std::nullopt;
    }
    AgeError ageError;
    auto identity = X25519Identity::parse(record->secretKey, &ageError);
    wipeBytes(record->secretKey);
    if (!identity) {
        failWith(error, ShareError::fromAge(ageError));
        return std::nullopt;
    }
    if (error)
        *error = {};
    return identity;
}

QString ShareKeys::displayName(ShareError* error) const
{
    VaultError vaultError;
    auto record = ShareKeyStore(m_db).identity(&vaultError);
    if (vaultError)
        failWith(error, ShareError::fromVault(vaultError));
    else if (error)
        *error = {};
    if (!record)
        return {};
    wipeBytes(record->secretKey);
    return record->displayName;
}

bool ShareKeys::setDisplayName(const QString& name, ShareError* error)
{
    if (!publicKey(error))
        return false;
    if (VaultError e = ShareKeyStore(m_db).setDisplayName(name))
        return failWith(error, ShareError::fromVault(e));
    return true;
}

QVector<Coach> ShareKeys::coaches(ShareError* error) const
{
    VaultError vaultError;
    auto list = ShareKeyStore(m_db).coaches(&vaultError);
    if (vaultError)
        failWith(error, ShareError::fromVault(vaultError));
    else if (error)
        *error = {};
    return list;
}

std::optional<qint64> ShareKeys::addCoach(const QString& name, const QString& publicKey,
                                          ShareError* error)
{
    const auto recipient = X25519Recipient::parse(publicKey);
    if (!recipient) {
        failWith(error, ShareError::Kind::InvalidKey);
        return std::nullopt;
    }
    VaultError vaultError;
    const qint64 id = ShareKeyStore(m_db).saveCoach(name, recipient->toString(),
                                                    QDateTime::currentDateTimeUtc(), &vaultError);
    if (vaultError) {
        failWith(error, ShareError::fromVault(vaultError));
        return std::nullopt;
    }
    if (error)
        *error = {};
    return id;
}

bool ShareKeys::removeCoach(qint64 id, ShareError* error)
{
    if (VaultError e = ShareKeyStore(m_db).removeCoach(id))
        return failWith(error, ShareError::fromVault(e));
    return true;
}

} // namespace debrief
