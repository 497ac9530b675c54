#pragma once

#include "core/Reflection.h"
#include "vault/VaultError.h"

namespace debrief {

class Database;

// Drops the words edits left behind in the full-text indexes (SECURITY.md PR-2). An edit
// (SearchIndex::around) writes FTS5 delete markers instead of cutting the old words out of
// their pages, and lists its entry in search_purge_pending (schema 8). Merging each index into
// one segment drops every marked-deleted word from the file; then the list is emptied.
class IndexPurge
{
public:
    explicit IndexPurge(Database& db)
        : m_db(db)
    {
    }

    // Notes that the entry's earlier indexed words may still be in older segments (inside the
    // edit's transaction).
    VaultError markEdited(ReflectionId id);
    // Whether that is so for this entry / for any entry.
    bool pending(ReflectionId id, VaultError* error) const;
    bool anyPending(VaultError* error) const;

    // One bounded step, in a transaction of its own (a savepoint inside the caller's): FTS5
    // 'merge' with -pages on each index (all levels at once, as 'optimize', about that many
    // pages written). A step that finds both indexes in one segment empties the list and sets
    // *done: nothing edited before it is left in the file.
    VaultError step(int pages, bool* done);
    // The whole merge at once (FTS5 'optimize'), then the list emptied: for a delete that
    // cannot wait for the background steps.
    VaultError purgeNow();

private:
    Database& m_db;
};

} // namespace debrief
