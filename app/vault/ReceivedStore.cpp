#include "vault/ReceivedStore.h"

#include "vault/Database.h"
#include "vault/Statement.h"
#include "vault/Transaction.h"

#include <sqlite3.h>

namespace debrief {

namespace {

QDateTime utcAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

constexpr char EntryColumns[] =
    "SELECT e.id, e.sender_id, e.entry_uuid, e.created_utc, e.received_utc, e.content, "
    "c.text, c.updated_utc, c.updated_tz FROM received_entries e "
    "LEFT JOIN received_comments c ON c.received_id = e.id ";

ReceivedEntry entryFrom(const Statement& q)
{
    ReceivedEntry e{q.int64(0),        q.int64(1), q.text(2),   utcAt(q.int64(3)),
                    utcAt(q.int64(4)), q.bytes(5), std::nullopt};
    if (!q.isNull(6))
        e.comment = ReceivedComment{q.text(6), {utcAt(q.int64(7)), q.bytes(8)}};
    return e;
}

constexpr char SenderColumns[] =
    "SELECT s.id, s.name, s.recipient, s.last_received_utc, "
    "(SELECT count(*) FROM received_entries e WHERE e.sender_id = s.id) FROM share_senders s ";

ShareSender senderFrom(const Statement& q)
{
    return {q.int64(0), q.text(1), q.text(2), utcAt(q.int64(3)), int(q.int64(4))};
}

VaultError changedOne(Database& db)
{
    return sqlite3_changes(db.handle()) == 1 ? VaultError()
                                             : VaultError(VaultError::Kind::NotFound);
}

} // namespace

ReceivedStore::ReceivedStore(Database& db)
    : m_db(db)
{
}

QVector<ShareSender> ReceivedStore::senders(VaultError* error) const
{
    QVector<ShareSender> list;
    Statement q(
        m_db,
        (QByteArray(SenderColumns) + "ORDER BY s.last_received_utc DESC, s.id DESC;").constData());
    while (q.next())
        list.append(senderFrom(q));
    *error = q.error();
    return *error ? QVector<ShareSender>() : list;
}

std::optional<ShareSender> ReceivedStore::sender(qint64 id, VaultError* error) const
{
    Statement q(m_db, (QByteArray(SenderColumns) + "WHERE s.id = ?1;").constData());
    q.bind(1, id);
    if (q.next()) {
        *error = {};
        return senderFrom(q);
    }
    *error = q.error() ? q.error() : VaultError(VaultError::Kind::NotFound);
    return std::nullopt;
}

QVector<ReceivedEntry> ReceivedStore::entries(qint64 senderId, VaultError* error) const
{
    QVector<ReceivedEntry> list;
    Statement q(m_db, (QByteArray(EntryColumns) +
                       "WHERE e.sender_id = ?1 ORDER BY e.created_utc DESC, e.id;")
                          .constData());
    q.bind(1, senderId);
    while (q.next())
        list.append(entryFrom(q));
    *error = q.error();
    return *error ? QVector<ReceivedEntry>() : list;
}

std::optional<ReceivedEntry> ReceivedStore::entry(qint64 id, VaultError* error) const
{
    Statement q(m_db, (QByteArray(EntryColumns) + "WHERE e.id = ?1;").constData());
    q.bind(1, id);
    if (q.next()) {
        *error = {};
        return entryFrom(q);
    }
    *error = q.error() ? q.error() : VaultError(VaultError::Kind::NotFound);
    return std::nullopt;
}

QVector<ReceivedAudioInfo> ReceivedStore::audioOf(qint64 receivedId, VaultError* error) const
{
    QVector<ReceivedAudioInfo> list;
    Statement q(m_db, "SELECT prompt_id, duration_ms, length(data) FROM received_audio "
                      "WHERE received_id = ?1 ORDER BY prompt_id;");
    q.bind(1, receivedId);
    while (q.next())
        list.append({q.text(0), q.int64(1), q.int64(2)});
    *error = q.error();
    return *error ? QVector<ReceivedAudioInfo>() : list;
}

std::optional<QByteArray> ReceivedStore::audio(qint64 receivedId, const QString& promptId,
                                               VaultError* error) const
{
    Statement q(m_db, "SELECT data FROM received_audio WHERE received_id = ?1 AND prompt_id = ?2;");
    q.bind(1, receivedId).bind(2, promptId);
    if (q.next()) {
        *error = {};
        return q.bytes(0);
    }
    *error = q.error();
    return std::nullopt;
}

VaultError ReceivedStore::setComment(qint64 receivedId, const QString& text,
                                     const LocalMoment& when)
{
    return inTransaction(m_db, [&]() -> VaultError {
        Statement exists(m_db, "SELECT 1 FROM received_entries WHERE id = ?1;");
        exists.bind(1, receivedId);
        if (!exists.next())
            return exists.error() ? exists.error() : VaultError(VaultError::Kind::NotFound);
        if (text.trimmed().isEmpty()) {
            Statement q(m_db, "DELETE FROM received_comments WHERE received_id = ?1;");
            return q.bind(1, receivedId).run();
        }
        Statement q(m_db, "INSERT INTO received_comments (received_id, text, updated_utc, "
                          "updated_tz) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (received_id) DO "
                          "UPDATE SET text = excluded.text, updated_utc = excluded.updated_utc, "
                          "updated_tz = excluded.updated_tz;");
        return q.bind(1, receivedId)
            .bind(2, text)
            .bind(3, when.utc.toMSecsSinceEpoch())
            .bind(4, when.timeZoneId)
            .run();
    });
}

VaultError ReceivedStore::removeSender(qint64 senderId)
{
    Statement q(m_db, "DELETE FROM share_senders WHERE id = ?1;");
    if (VaultError e = q.bind(1, senderId).run())
        return e;
    return changedOne(m_db);
}

qint64 ReceivedStore::saveSender(const QString& name, const QString& recipient,
                                 const QDateTime& received, VaultError* error)
{
    Statement q(m_db, "INSERT INTO share_senders (name, recipient, last_received_utc) "
                      "VALUES (?1, ?2, ?3) ON CONFLICT (recipient) DO UPDATE SET "
                      "name = excluded.name, last_received_utc = max(last_received_utc, "
                      "excluded.last_received_utc);");
    if ((*error = q.bind(1, name).bind(2, recipient).bind(3, received.toMSecsSinceEpoch()).run()))
        return 0;
    Statement find(m_db, "SELECT id FROM share_senders WHERE recipient = ?1;");
    find.bind(1, recipient);
    const qint64 id = find.next() ? find.int64(0) : 0;
    *error = find.error();
    return *error ? 0 : id;
}

qint64 ReceivedStore::findEntry(qint64 senderId, const QString& entryUuid, VaultError* error) const
{
    Statement q(m_db, "SELECT id FROM received_entries WHERE sender_id = ?1 AND entry_uuid = ?2;");
    q.bind(1, senderId).bind(2, entryUuid);
    const qint64 id = q.next() ? q.int64(0) : 0;
    *error = q.error();
    return *error ? 0 : id;
}

qint64 ReceivedStore::saveEntry(qint64 senderId, const QString& entryUuid, const QDateTime& created,
                                const QDateTime& received, const QByteArray& content,
                                VaultError* error)
{
    qint64 id = findEntry(senderId, entryUuid, error);
    if (*error)
        return 0;
    if (id != 0) {
        Statement update(m_db, "UPDATE received_entries SET created_utc = ?2, received_utc = ?3, "
                               "content = ?4 WHERE id = ?1;");
        if ((*error = update.bind(1, id)
                          .bind(2, created.toMSecsSinceEpoch())
                          .bind(3, received.toMSecsSinceEpoch())
                          .bind(4, content)
                          .run()))
            return 0;
        Statement audio(m_db, "DELETE FROM received_audio WHERE received_id = ?1;");
        *error = audio.bind(1, id).run();
        return *error ? 0 : id;
    }
    Statement insert(m_db, "INSERT INTO received_entries (sender_id, entry_uuid, created_utc, "
                           "received_utc, content) VALUES (?1, ?2, ?3, ?4, ?5);");
    if ((*error = insert.bind(1, senderId)
                      .bind(2, entryUuid)
                      .bind(3, created.toMSecsSinceEpoch())
                      .bind(4, received.toMSecsSinceEpoch())
                      .bind(5, content)
                      .run()))
        return 0;
    return sqlite3_last_insert_rowid(m_db.handle());
}

VaultError ReceivedStore::addAudio(qint64 receivedId, const QString& promptId, qint64 durationMs,
                                   const QByteArray& data)
{
    Statement q(m_db, "INSERT INTO received_audio (received_id, prompt_id, duration_ms, data) "
                      "VALUES (?1, ?2, ?3, ?4);");
    return q.bind(1, receivedId).bind(2, promptId).bind(3, durationMs).bindBlob(4, data).run();
}

} // namespace debrief
