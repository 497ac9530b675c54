#include "vault/ShareKeyStore.h"

#include "vault/Database.h"
#include "vault/Statement.h"
#include "vault/Transaction.h"

#include <sqlite3.h>

namespace debrief {

ShareKeyStore::ShareKeyStore(Database& db)
    : m_db(db)
{
}

std::optional<ShareIdentityRecord> ShareKeyStore::identity(VaultError* error) const
{
    Statement q(m_db, "SELECT secret_key, recipient, display_name, created_utc "
                      "FROM share_identity WHERE id = 1;");
    if (!q.next()) {
        *error = q.error();
        return std::nullopt;
    }
    *error = {};
    return ShareIdentityRecord{q.bytes(0), q.text(1), q.text(2),
                               QDateTime::fromMSecsSinceEpoch(q.int64(3), Qt::UTC)};
}

VaultError ShareKeyStore::saveIdentity(const ShareIdentityRecord& identity)
{
    return inTransaction(m_db, [&]() -> VaultError {
        VaultError error;
        if (this->identity(&error))
            return {VaultError::Kind::AlreadyExists, QStringLiteral("share identity")};
        if (error)
            return error;
        Statement q(m_db, "INSERT INTO share_identity (id, secret_key, recipient, display_name, "
                          "created_utc) VALUES (1, ?1, ?2, ?3, ?4);");
        return q.bind(1, identity.secretKey)
            .bind(2, identity.recipient)
            .bind(3, identity.displayName.trimmed().left(MaxNameLength))
            .bind(4, identity.created.toMSecsSinceEpoch())
            .run();
    });
}

VaultError ShareKeyStore::setDisplayName(const QString& name)
{
    Statement q(m_db, "UPDATE share_identity SET display_name = ?1 WHERE id = 1;");
    if (VaultError e = q.bind(1, name.trimmed().left(MaxNameLength)).run())
        return e;
    return sqlite3_changes(m_db.handle()) == 1 ? VaultError()
                                               : VaultError(VaultError::Kind::NotFound);
}

QVector<Coach> ShareKeyStore::coaches(VaultError* error) const
{
    QVector<Coach> list;
    Statement q(m_db, "SELECT id, name, recipient, added_utc FROM coaches "
                      "ORDER BY lower(name), id;");
    while (q.next())
        list.append({q.int64(0), q.text(1), q.text(2),
                     QDateTime::fromMSecsSinceEpoch(q.int64(3), Qt::UTC)});
    *error = q.error();
    return *error ? QVector<Coach>() : list;
}

qint64 ShareKeyStore::saveCoach(const QString& name, const QString& recipient,
                                const QDateTime& when, VaultError* error)
{
    qint64 id = 0;
    *error = inTransaction(m_db, [&]() -> VaultError {
        Statement q(m_db, "INSERT INTO coaches (name, recipient, added_utc) VALUES (?1, ?2, ?3) "
                          "ON CONFLICT (recipient) DO UPDATE SET name = excluded.name;");
        if (VaultError e = q.bind(1, name.trimmed().left(MaxNameLength))
                               .bind(2, recipient)
                               .bind(3, when.toMSecsSinceEpoch())
                               .run())
            return e;
        Statement find(m_db, "SELECT id FROM coaches WHERE recipient = ?1;");
        find.bind(1, recipient);
        if (find.next())
            id = find.int64(0);
        return find.error();
    });
    return *error ? 0 : id;
}

VaultError ShareKeyStore::removeCoach(qint64 id)
{
    Statement q(m_db, "DELETE FROM coaches WHERE id = ?1;");
    if (VaultError e = q.bind(1, id).run())
        return e;
    return sqlite3_changes(m_db.handle()) == 1 ? VaultError()
                                               : VaultError(VaultError::Kind::NotFound);
}

} // namespace debrief
