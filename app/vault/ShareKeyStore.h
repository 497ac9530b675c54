#pragma once

#include "vault/VaultError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace debrief {

class Database;

// This vault's own age key pair as stored (the share layer makes and reads the keys).
struct ShareIdentityRecord
{
    QByteArray secretKey; // "AGE-SECRET-KEY-1…": the caller wipes it after use
    QString recipient;    // "age1…"
    QString displayName;  // how this person signs shares and comments; may be empty
    QDateTime created;
};

// A coach a person shares with: a name they chose and the coach's public key.
struct Coach
{
    qint64 id = 0;
    QString name;
    QString recipient; // "age1…"
    QDateTime added;
};

// The keys sharing needs, kept inside the vault: the vault's own key pair (its secret never
// leaves SQLCipher except inside an encrypted backup) and the known coaches by name.
class ShareKeyStore
{
public:
    static constexpr int MaxNameLength = 200;

    explicit ShareKeyStore(Database& db);

    // nullopt with error None while the vault has no key pair yet.
    std::optional<ShareIdentityRecord> identity(VaultError* error) const;
    // Stores the key pair; AlreadyExists when the vault has one (keys are never replaced: shares
    // encrypted to the old key would no longer open).
    VaultError saveIdentity(const ShareIdentityRecord& identity);
    // NotFound while there is no key pair.
    VaultError setDisplayName(const QString& name);

    // By name (case-insensitive).
    QVector<Coach> coaches(VaultError* error) const;
    // Adds a coach, or renames the one with that key; its id. The name is trimmed and cut to
    // MaxNameLength; the caller checks the key (X25519Recipient::parse) first.
    qint64 saveCoach(const QString& name, const QString& recipient, const QDateTime& when,
                     VaultError* error);
    VaultError removeCoach(qint64 id);

private:
    Database& m_db;
};

} // namespace debrief
