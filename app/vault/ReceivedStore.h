#pragma once

#include "core/Reflection.h"
#include "vault/VaultError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace debrief {

class Database;

// Someone who shared entries with this vault, known by their public key.
struct ShareSender
{
    qint64 id = 0;
    QString name;
    QString recipient; // "age1…": where comments go back to
    QDateTime lastReceived;
    int entryCount = 0;
};

// The coach's own comment on a received entry, to send back.
struct ReceivedComment
{
    QString text;
    LocalMoment updated;
};

// One entry as someone shared it: read-only, shown as it arrived.
struct ReceivedEntry
{
    qint64 id = 0;
    qint64 senderId = 0;
    QString entryUuid;  // the entry's id in the sender's vault
    QDateTime created;  // when the sender wrote it
    QDateTime received; // when it arrived here
    QByteArray content; // its entries.json object (docs/bundle-format.md), compact JSON
    std::optional<ReceivedComment> comment;
};

// A voice note of a received entry, without its audio.
struct ReceivedAudioInfo
{
    QString promptId; // "" for the main voice note
    qint64 durationMs = 0;
    qint64 byteCount = 0;
};

// "Shared with me": entries other people shared with this vault, grouped by sender, with their
// voice notes and this person's comments on them. Entries are only ever replaced by a later
// share of the same entry, never edited.
class ReceivedStore
{
public:
    explicit ReceivedStore(Database& db);

    // Most recent first.
    QVector<ShareSender> senders(VaultError* error) const;
    std::optional<ShareSender> sender(qint64 id, VaultError* error) const;
    // A sender's entries, newest written first.
    QVector<ReceivedEntry> entries(qint64 senderId, VaultError* error) const;
    std::optional<ReceivedEntry> entry(qint64 id, VaultError* error) const;
    QVector<ReceivedAudioInfo> audioOf(qint64 receivedId, VaultError* error) const;
    // nullopt with error None when the entry has no such voice note.
    std::optional<QByteArray> audio(qint64 receivedId, const QString& promptId,
                                    VaultError* error) const;

    // An empty text removes the comment. NotFound when the entry does not exist.
    VaultError setComment(qint64 receivedId, const QString& text, const LocalMoment& when);
    // Forgets a sender and everything they shared (with the comments on it).
    VaultError removeSender(qint64 senderId);

    // Importing, inside the caller's transaction. The sender with that key (renamed to name),
    // or a new one.
    qint64 saveSender(const QString& name, const QString& recipient, const QDateTime& received,
                      VaultError* error);
    // The entry with that uuid from that sender, replaced (its voice notes removed, its comment
    // kept), or a new one.
    qint64 saveEntry(qint64 senderId, const QString& entryUuid, const QDateTime& created,
                     const QDateTime& received, const QByteArray& content, VaultError* error);
    // 0 when that sender has sent no entry with that uuid.
    qint64 findEntry(qint64 senderId, const QString& entryUuid, VaultError* error) const;
    VaultError addAudio(qint64 receivedId, const QString& promptId, qint64 durationMs,
                        const QByteArray& data);

private:
    Database& m_db;
};

} // namespace debrief
