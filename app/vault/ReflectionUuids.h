#pragma once

#include "core/Reflection.h"
#include "vault/VaultError.h"

#include <QString>
#include <QVector>

namespace debrief {

class Database;

// The stable identity of each reflection (v6): 128 random bits as 32 lowercase hex digits, the
// same in every copy of the entry. Shares carry it so a coach's comments find their entry, and
// backups merge by it. New reflections get one from the schema itself.
class ReflectionUuids
{
public:
    explicit ReflectionUuids(Database& db);

    // True when text has the form of an entry uuid (32 lowercase hex digits).
    static bool isValid(const QString& text);

    // NotFound when the reflection does not exist.
    QString uuidOf(ReflectionId id, VaultError* error) const;
    // The reflection with that uuid, or 0 (error None) when there is none.
    ReflectionId idOf(const QString& uuid, VaultError* error) const;
    // Every reflection, oldest first (backups).
    QVector<ReflectionId> all(VaultError* error) const;
    // The id the next row of table will most likely get (max + 1), for rows restored together
    // with rows that point at them; table is one of ours, never user input.
    qint64 nextRowId(const char* table, VaultError* error) const;

    // Gives a reflection the uuid it has elsewhere (restoring a backup); AlreadyExists when
    // another reflection has it.
    VaultError setUuid(ReflectionId id, const QString& uuid);

private:
    Database& m_db;
};

} // namespace debrief
