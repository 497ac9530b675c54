#include "vault/EntryCommentStore.h"

#include "vault/Database.h"
#include "vault/Statement.h"
#include "vault/Transaction.h"

#include <sqlite3.h>

namespace debrief {

namespace {

constexpr char Columns[] = "SELECT id, reflection_id, coach_name, coach_recipient, text, "
                           "written_utc, written_tz, received_utc FROM entry_comments ";

EntryComment commentFrom(const Statement& q)
{
    return {q.int64(0),
            q.int64(1),
            q.text(2),
            q.text(3),
            q.text(4),
            {QDateTime::fromMSecsSinceEpoch(q.int64(5), Qt::UTC), q.bytes(6)},
            QDateTime::fromMSecsSinceEpoch(q.int64(7), Qt::UTC)};
}

QVector<EntryComment> collect(Statement& q, VaultError* error)
{
    QVector<EntryComment> list;
    while (q.next())
        list.append(commentFrom(q));
    *error = q.error();
    return *error ? QVector<EntryComment>() : list;
}

} // namespace

EntryCommentStore::EntryCommentStore(Database& db)
    : m_db(db)
{
}

QVector<EntryComment> EntryCommentStore::commentsOn(ReflectionId id, VaultError* error) const
{
    Statement q(
        m_db,
        (QByteArray(Columns) + "WHERE reflection_id = ?1 ORDER BY written_utc, id;").constData());
    q.bind(1, id);
    return collect(q, error);
}

QVector<EntryComment> EntryCommentStore::all(VaultError* error) const
{
    Statement q(m_db,
                (QByteArray(Columns) + "ORDER BY reflection_id, coach_recipient;").constData());
    return collect(q, error);
}

VaultError EntryCommentStore::save(const EntryComment& c, bool* stored)
{
    *stored = false;
    return inTransaction(m_db, [&]() -> VaultError {
        Statement exists(m_db, "SELECT 1 FROM reflections WHERE id = ?1;");
        exists.bind(1, c.reflectionId);
        if (!exists.next())
            return exists.error() ? exists.error() : VaultError(VaultError::Kind::NotFound);
        Statement q(m_db, "INSERT INTO entry_comments (reflection_id, coach_name, "
                          "coach_recipient, text, written_utc, written_tz, received_utc) VALUES "
                          "(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (reflection_id, "
                          "coach_recipient) DO UPDATE SET coach_name = excluded.coach_name, "
                          "text = excluded.text, written_utc = excluded.written_utc, written_tz = "
                          "excluded.written_tz, received_utc = excluded.received_utc "
                          "WHERE excluded.written_utc > entry_comments.written_utc;");
        if (VaultError e = q.bind(1, c.reflectionId)
                               .bind(2, c.coachName)
                               .bind(3, c.coachRecipient)
                               .bind(4, c.text)
                               .bind(5, c.written.utc.toMSecsSinceEpoch())
                               .bind(6, c.written.timeZoneId)
                               .bind(7, c.received.toMSecsSinceEpoch())
                               .run())
            return e;
        *stored = sqlite3_changes(m_db.handle()) == 1;
        return {};
    });
}

} // namespace debrief
