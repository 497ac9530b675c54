#pragma once

#include "core/Reflection.h"
#include "vault/VaultError.h"

namespace debrief {

class Database;

// Keeps the full-text indexes in step with everything searchable about a reflection: its text,
// its loop (answers, lessons, possible changes, experiments, skip reasons) and its tags, which the
// view reflections_search puts together for reflections_fts, and its lessons in lessons_fts. Both
// indexes hold no copy of the text (external content), so FTS5 needs the indexed values to
// remove an entry: call around(id, change) to change any of them, unindex(id) before deleting
// the reflection, index(id) after adding it, inside the caller's transaction.
//
// What a delete leaves (SECURITY.md PR-2): the indexes run FTS5 'secure-delete' (schema 7), so
// unindex cuts the entry's words out of the pages that hold them. An edit turns it off for its
// own writes (schema 8: about 1 ms per edit at 100,000 entries instead of 70–150 ms): the old
// words stay behind FTS5 delete markers, found by no search, until IndexPurge merges them away
// (the background maintenance, in short steps once the vault is quiet). unindex does that
// merge at once when the entry was edited since (seconds at 100,000 entries), so when a delete
// commits none of its words, old or current, are left.
class SearchIndex
{
public:
    explicit SearchIndex(Database& db)
        : m_db(db)
    {
    }

    // Takes the reflection out before it is deleted, for good (a reflection that does not
    // exist has nothing to take: no-op).
    VaultError unindex(ReflectionId id);
    // Adds the reflection's entries from the tables as they are now.
    VaultError index(ReflectionId id);

    // Takes the entry out, runs change, puts it back; stops at the first error (the caller
    // rolls back, which also restores the index settings). Not nested.
    template <typename Change> VaultError around(ReflectionId id, Change change)
    {
        bool fast = false;
        if (VaultError e = beginEdit(&fast))
            return e;
        if (VaultError e = removeEntries(id))
            return e;
        if (VaultError e = change())
            return e;
        if (VaultError e = index(id))
            return e;
        return fast ? endEdit(id) : VaultError();
    }

private:
    // With 'secure-delete' on (schema 7 and later), turns it off on both indexes (*fast).
    VaultError beginEdit(bool* fast);
    // Turns it back on, which first writes the edit's index changes as they are, and lists the
    // entry for IndexPurge.
    VaultError endEdit(ReflectionId id);
    // FTS5 'delete' of the entry's current values, as the index settings say.
    VaultError removeEntries(ReflectionId id);
    Database& m_db;
};

} // namespace debrief
