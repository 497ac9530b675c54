#include "vault/VaultEraser.h"

#include "vault/Database.h"
#include "vault/Transaction.h"

#include <sqlite3.h>

namespace debrief {

VaultError VaultEraser::eraseEverything()
{
    if (VaultError e = deleteContent())
        return e;
    return compact();
}

VaultError VaultEraser::deleteContent()
{
    // Reflections first: their parts go with them (ON DELETE CASCADE, and the tag triggers
    // forget tags nobody uses). Every table is then emptied by name as well, so nothing is left
    // should a part ever not cascade. share_identity (the sharing key pair and name) stays.
    // The indexes hold no copy of the text (external content): 'delete-all' empties them, old
    // segments included (so no purge is left to do), and with secure_delete every freed page
    // is overwritten.
    return inTransaction(m_db, [this] {
        return m_db.exec("DELETE FROM reflections;"
                         "DELETE FROM recording_chunks;"
                         "DELETE FROM recordings;"
                         "DELETE FROM stage_answers;"
                         "DELETE FROM stage_transitions;"
                         "DELETE FROM experiments;"
                         "DELETE FROM possible_changes;"
                         "DELETE FROM lessons;"
                         "DELETE FROM nudge_states;"
                         "DELETE FROM nudge_log;"
                         "DELETE FROM entry_tags;"
                         "DELETE FROM tags;"
                         "DELETE FROM entry_comments;"
                         "DELETE FROM received_comments;"
                         "DELETE FROM received_audio;"
                         "DELETE FROM received_entries;"
                         "DELETE FROM share_senders;"
                         "DELETE FROM coaches;"
                         "INSERT INTO reflections_fts (reflections_fts) VALUES ('delete-all');"
                         "INSERT INTO lessons_fts (lessons_fts) VALUES ('delete-all');"
                         "DELETE FROM search_purge_pending;");
    });
}

VaultError VaultEraser::compact()
{
    // VACUUM builds the new file in memory (temp_store = MEMORY, encrypted with the same key)
    // and writes it back through the WAL; the checkpoint copies it into the file, cuts the file
    // to its new size and empties the WAL.
    if (VaultError e = m_db.exec("VACUUM;"))
        return e;
    int logFrames = 0;
    int copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE,
                                             &logFrames, &copied);
    if (rc != SQLITE_OK)
        return m_db.lastError("wal_checkpoint(TRUNCATE)");
    return {};
}

} // namespace debrief
