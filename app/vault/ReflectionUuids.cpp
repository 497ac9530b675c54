#include "vault/ReflectionUuids.h"

#include "vault/Database.h"
#include "vault/Statement.h"

#include <QRegularExpression>
#include <sqlite3.h>

namespace debrief {

ReflectionUuids::ReflectionUuids(Database& db)
    : m_db(db)
{
}

bool ReflectionUuids::isValid(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^[0-9a-f]{32}$"));
    return form.match(text).hasMatch();
}

QString ReflectionUuids::uuidOf(ReflectionId id, VaultError* error) const
{
    Statement q(m_db, "SELECT uuid FROM reflections WHERE id = ?1;");
    q.bind(1, id);
    if (q.next()) {
        *error = {};
        return q.text(0);
    }
    *error = q.error() ? q.error() : VaultError(VaultError::Kind::NotFound);
    return {};
}

ReflectionId ReflectionUuids::idOf(const QString& uuid, VaultError* error) const
{
    Statement q(m_db, "SELECT id FROM reflections WHERE uuid = ?1;");
    q.bind(1, uuid);
    const ReflectionId id = q.next() ? q.int64(0) : 0;
    *error = q.error();
    return id;
}

QVector<ReflectionId> ReflectionUuids::all(VaultError* error) const
{
    QVector<ReflectionId> ids;
    Statement q(m_db, "SELECT id FROM reflections ORDER BY created_utc, id;");
    while (q.next())
        ids.append(q.int64(0));
    *error = q.error();
    return *error ? QVector<ReflectionId>() : ids;
}

qint64 ReflectionUuids::nextRowId(const char* table, VaultError* error) const
{
    const QByteArray sql = QByteArray("SELECT coalesce(max(id), 0) + 1 FROM ") + table + ';';
    Statement q(m_db, sql.constData());
    const qint64 id = q.next() ? q.int64(0) : 0;
    *error = q.error();
    return id;
}

VaultError ReflectionUuids::setUuid(ReflectionId id, const QString& uuid)
{
    VaultError error;
    const ReflectionId holder = idOf(uuid, &error);
    if (error)
        return error;
    if (holder == id)
        return {};
    if (holder != 0)
        return {VaultError::Kind::AlreadyExists, QStringLiteral("uuid in use")};
    Statement q(m_db, "UPDATE reflections SET uuid = ?2 WHERE id = ?1;");
    if (VaultError e = q.bind(1, id).bind(2, uuid).run())
        return e;
    return sqlite3_changes(m_db.handle()) == 1 ? VaultError()
                                               : VaultError(VaultError::Kind::NotFound);
}

} // namespace debrief
