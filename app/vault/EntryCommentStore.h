#pragma once

#include "core/Reflection.h"
#include "vault/VaultError.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace debrief {

class Database;

// A coach's comment on one of this person's own entries, as it came back.
struct EntryComment
{
    qint64 id = 0;
    ReflectionId reflectionId = 0;
    QString coachName;
    QString coachRecipient; // the coach's "age1…" key: one comment per coach and entry
    QString text;
    LocalMoment written;
    QDateTime received;
};

// Comments coaches sent back, shown beside the person's own entries. A newer comment from the
// same coach on the same entry replaces the older one; an older one never replaces a newer.
class EntryCommentStore
{
public:
    explicit EntryCommentStore(Database& db);

    // Oldest first.
    QVector<EntryComment> commentsOn(ReflectionId id, VaultError* error) const;
    // Every comment in the vault, by entry then coach (backups).
    QVector<EntryComment> all(VaultError* error) const;
    // Stores comment (its id is ignored); *stored says whether it was new or newer than the one
    // kept. NotFound when its reflection does not exist.
    VaultError save(const EntryComment& comment, bool* stored);

private:
    Database& m_db;
};

} // namespace debrief
