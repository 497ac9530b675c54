#pragma once

#include "core/Reflection.h"
#include "vault/VaultError.h"

#include <QStringList>
#include <QVector>

namespace debrief {

class Database;

// A tag as suggested while typing: its name and how many reflections carry it.
struct TagUse
{
    QString name;
    int count = 0;
};

// Tags on reflections: short words a person adds to find entries again. Names are trimmed (inner
// runs of spaces become one, control characters go), compared case-insensitively (Unicode case
// folding), at most MaxNameLength characters; the spelling first used is kept. A tag used by no
// reflection is forgotten. Tag names are searchable: each change keeps the full-text index in step.
class TagStore
{
public:
    static constexpr int MaxNameLength = 40;

    explicit TagStore(Database& db);

    // The name as it would be stored (empty when nothing is left of it); isValidName says whether
    // addTag would take it (not empty, at most MaxNameLength characters).
    static QString normalizedName(const QString& name);
    static bool isValidName(const QString& name);
    // What two names are compared by: the normalized name, case-folded.
    static QString keyOf(const QString& name);

    // Sorted (case- and accent-insensitively), as written; NotFound for a missing reflection.
    QStringList tagsOf(ReflectionId id, VaultError* error) const;
    // Adding a tag the reflection already has, or removing one it lacks, changes nothing. A name
    // that is not valid is InvalidTag; a missing reflection NotFound.
    VaultError addTag(ReflectionId id, const QString& name);
    VaultError removeTag(ReflectionId id, const QString& name);
    // Tags starting with prefix (case- and accent-insensitive; an empty prefix gives every tag),
    // most used first, then alphabetically.
    QVector<TagUse> suggestions(const QString& prefix, int limit, VaultError* error) const;

private:
    Database& m_db;
};

} // namespace debrief
