#pragma once

#include "vault/VaultError.h"

namespace debrief {

class Database;

// "Erase everything" (SECURITY.md PR-2): takes every reflection with all its parts (loop,
// lessons, experiments, tags, voice notes, comments that came back, reminder choices), everything
// others shared with this vault and the coaches it shares with out of the file, so that no page
// of it, used or free, and no WAL frame still holds them. The vault itself stays usable with the
// same key and secrets, and so do its sharing key pair and name (others hold its public half).
class VaultEraser
{
public:
    explicit VaultEraser(Database& db)
        : m_db(db)
    {
    }

    // deleteContent, then compact; the first error.
    VaultError eraseEverything();

    // One transaction deletes all content and empties both full-text indexes: all of it goes,
    // or (on an error) none of it. secure_delete overwrites every freed byte as it goes.
    VaultError deleteContent();
    // VACUUM rewrites the file without free pages, and a TRUNCATE checkpoint copies it into the
    // file and empties the WAL. When this fails (a reader on another connection kept the WAL,
    // no room for the copy), the content is gone all the same and later checkpoints finish.
    VaultError compact();

private:
    Database& m_db;
};

} // namespace debrief
