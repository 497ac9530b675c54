#pragma once

#include "share/BundleModel.h"
#include "share/ShareError.h"
#include "vault/ReceivedStore.h"

#include <QByteArray>
#include <QString>
#include <QVector>
#include <optional>

namespace debrief {

class Database;
class ShareProgress;

// One received entry, ready to show: what was shared (only the parts the sender chose) and the
// coach's own comment on it.
struct ReceivedEntryView
{
    qint64 id = 0;
    qint64 senderId = 0;
    BundleEntry entry;
    QDateTime received;
    std::optional<ReceivedComment> comment;
    QString markdown; // the entry as the share's entries.md shows it
};

// The coach's side of sharing: "Shared with me", grouped by sender and read-only, the voice
// notes, a comment per entry, and sending the comments back as a .debrief file encrypted to the
// sender's key (which every share carries). Shares arrive through ShareImporter.
class SharedWithMe
{
public:
    explicit SharedWithMe(Database& db);

    QVector<ShareSender> senders(ShareError* error) const;
    QVector<ReceivedEntryView> entries(qint64 senderId, ShareError* error) const;
    std::optional<ReceivedEntryView> entry(qint64 receivedId, ShareError* error) const;
    // A voice note ("" for the main one), Ogg Opus as recorded: play it from memory.
    std::optional<QByteArray> audio(qint64 receivedId, const QString& promptId,
                                    ShareError* error) const;

    // The coach's comment on an entry (an empty text removes it).
    bool setComment(qint64 receivedId, const QString& text, ShareError* error);
    // Writes every comment on that sender's entries to path (appears only when complete),
    // encrypted to the sender's key; signed with this vault's name and key so answers could
    // come back. NothingToSend when there is no comment yet.
    bool sendComments(qint64 senderId, const QString& path, ShareProgress* progress,
                      ShareError* error);
    // Forgets a sender and everything they shared here.
    bool forgetSender(qint64 senderId, ShareError* error);

private:
    std::optional<ReceivedEntryView> view(const ReceivedEntry& stored, ShareError* error) const;
    Database& m_db;
};

} // namespace debrief
