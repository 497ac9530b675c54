#pragma once

#include "core/Reflection.h"
#include "vault/VaultError.h"

namespace debrief {

class Database;

// Keeps the full-text indexes in step with everything searchable about a reflection: its text,
// its loop (answers, lessons, possible changes, experiments, skip reasons) and its tags, which the
// view reflections_search puts together for reflections_fts, and its lessons in lessons_fts. Both
// indexes hold no copy of the text (external content), so FTS5 needs the indexed values to
// remove an entry: call unindex(id) before changing any of them and index(id) after, inside
// the caller's transaction (around() does both).
class SearchIndex
{
public:
    explicit SearchIndex(Database& db)
        : m_db(db)
    {
    }

    // Removes the reflection's entries, with the values currently in the tables (a reflection
    // that does not exist has none: no-op).
    VaultError unindex(ReflectionId id);
    // Adds the reflection's entries from the tables as they are now.
    VaultError index(ReflectionId id);

    // unindex, change, index; stops at the first error (the caller rolls back).
    template <typename Change> VaultError around(ReflectionId id, Change change)
    {
        if (VaultError e = unindex(id))
            return e;
        if (VaultError e = change())
            return e;
        return index(id);
    }

private:
    Database& m_db;
};

} // namespace debrief
