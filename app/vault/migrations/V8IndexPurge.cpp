#include "vault/Database.h"
#include "vault/Migrations.h"

namespace debrief::migrations {

VaultError toV8_indexPurge(Database& db)
{
    // Edits are cheap again; deletes stay effective (SECURITY.md PR-2). Schema 7's FTS5
    // 'secure-delete' cuts an entry's old words out of the index pages it finds them in; for an
    // edit at 100,000 entries that means rewriting a page for nearly every word of the entry on
    // the UI thread (70–150 ms at the median, more at the 95th percentile). So an edit
    // (SearchIndex::around) now turns it off for its own index writes: the old words stay in older
    // segments behind FTS5 delete markers, found by no search. search_purge_pending lists the
    // entries edited that way; merging each index into one segment (IndexPurge) drops what they
    // left behind and empties the list. The background maintenance does that in short steps once
    // the vault is quiet, and deleting a listed entry does it at once, so a deleted entry's words
    // are gone when the delete returns, as before. 'secure-delete' stays on in the indexes'
    // settings (schema 7): a delete cuts the entry's current words out at once, whatever code path
    // deletes it.
    return db.exec(R"sql(
        CREATE TABLE search_purge_pending (
            reflection_id INTEGER PRIMARY KEY
        );
    )sql");
}

} // namespace debrief::migrations
