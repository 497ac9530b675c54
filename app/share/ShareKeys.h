#pragma once

#include "share/ShareError.h"
#include "share/X25519Identity.h"
#include "vault/ShareKeyStore.h"

#include <QString>
#include <QVector>
#include <optional>

namespace debrief {

class Database;

// This vault's own age key pair and the coaches a person shares with. The key pair is made on
// first use; its secret stays in the vault (SQLCipher) and is only ever in memory otherwise.
// Its public key ("age1…") is what a person gives a coach (shares come to it) and what every
// share carries (so comments can come back to it).
class ShareKeys
{
public:
    explicit ShareKeys(Database& db);

    // The public key, making the key pair on first use.
    std::optional<QString> publicKey(ShareError* error);
    // The key pair for opening files; nullopt with error None while there is none.
    std::optional<X25519Identity> identity(ShareError* error) const;
    // How this person signs what they send ("" until set).
    QString displayName(ShareError* error) const;
    bool setDisplayName(const QString& name, ShareError* error);

    QVector<Coach> coaches(ShareError* error) const;
    // Remembers a coach's key by name (InvalidKey for anything but an age1… key; the same key
    // again renames). Returns its id.
    std::optional<qint64> addCoach(const QString& name, const QString& publicKey,
                                   ShareError* error);
    bool removeCoach(qint64 id, ShareError* error);

private:
    Database& m_db;
};

} // namespace debrief
