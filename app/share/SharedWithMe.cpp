#include "share/SharedWithMe.h"

#include "share/BundleJson.h"
#include "share/BundleMarkdown.h"
#include "share/BundleWriter.h"
#include "share/ShareKeys.h"
#include "share/X25519Recipient.h"

#include <QJsonDocument>

namespace debrief {

SharedWithMe::SharedWithMe(Database& db)
    : m_db(db)
{
}

QVector<ShareSender> SharedWithMe::senders(ShareError* error) const
{
    VaultError vaultError;
    auto list = ReceivedStore(m_db).senders(&vaultError);
    if (vaultError)
        failWith(error, ShareError::fromVault(vaultError));
    else if (error)
        *error = {};
    return list;
}

std::optional<ReceivedEntryView> SharedWithMe::view(const ReceivedEntry& stored,
                                                    ShareError* error) const
{
    // Stored as it was checked on arrival; read with the same checks all the same.
    const QJsonDocument doc = QJsonDocument::fromJson(stored.content);
    auto entry = bundlejson::entryFromJson(doc.object(), false, {}, error);
    if (!entry)
        return std::nullopt;
    VaultError vaultError;
    const auto audio = ReceivedStore(m_db).audioOf(stored.id, &vaultError);
    if (vaultError) {
        failWith(error, ShareError::fromVault(vaultError));
        return std::nullopt;
    }
    for (BundleRecording& r : entry->recordings) {
        for (const ReceivedAudioInfo& a : audio) {
            if (a.promptId == r.promptId)
                r.byteCount = a.byteCount;
        }
    }
    ReceivedEntryView v{stored.id,       stored.senderId, *entry,
                        stored.received, stored.comment,  bundlemarkdown::entry(*entry)};
    return v;
}

QVector<ReceivedEntryView> SharedWithMe::entries(qint64 senderId, ShareError* error) const
{
    VaultError vaultError;
    const auto stored = ReceivedStore(m_db).entries(senderId, &vaultError);
    if (vaultError) {
        failWith(error, ShareError::fromVault(vaultError));
        return {};
    }
    QVector<ReceivedEntryView> list;
    for (const ReceivedEntry& e : stored) {
        auto v = view(e, error);
        if (!v)
            return {};
        list.append(std::move(*v));
    }
    if (error)
        *error = {};
    return list;
}

std::optional<ReceivedEntryView> SharedWithMe::entry(qint64 receivedId, ShareError* error) const
{
    VaultError vaultError;
    const auto stored = ReceivedStore(m_db).entry(receivedId, &vaultError);
    if (!stored) {
        failWith(error, ShareError::fromVault(vaultError));
        return std::nullopt;
    }
    return view(*stored, error);
}

std::optional<QByteArray> SharedWithMe::audio(qint64 receivedId, const QString& promptId,
                                              ShareError* error) const
{
    VaultError vaultError;
    auto bytes = ReceivedStore(m_db).audio(receivedId, promptId, &vaultError);
    if (!bytes) {
        failWith(error,
                 ShareError::fromVault(vaultError ? vaultError : VaultError::Kind::NotFound));
        return std::nullopt;
    }
    return bytes;
}

bool SharedWithMe::setComment(qint64 receivedId, const QString& text, ShareError* error)
{
    const auto now = LocalMoment::fromDateTime(QDateTime::currentDateTime());
    if (VaultError e = ReceivedStore(m_db).setComment(receivedId, text, now))
        return failWith(error, ShareError::fromVault(e));
    return true;
}

bool SharedWithMe::sendComments(qint64 senderId, const QString& path, ShareProgress* progress,
                                ShareError* error)
{
    ReceivedStore store(m_db);
    VaultError vaultError;
    const auto sender = store.sender(senderId, &vaultError);
    const auto entries = sender ? store.entries(senderId, &vaultError) : QVector<ReceivedEntry>();
    if (vaultError)
        return failWith(error, ShareError::fromVault(vaultError));
    const auto recipient = X25519Recipient::parse(sender->recipient);
    if (!recipient)
        return failWith(error, ShareError::Kind::NoReturnKey);
    ShareKeys keys(m_db);
    const auto ownKey = keys.publicKey(error);
    if (!ownKey)
        return false;
    BundleContent c;
    c.kind = BundleKind::Comments;
    c.created = QDateTime::currentDateTimeUtc();
    c.sender = {keys.displayName(error), *ownKey};
    for (const ReceivedEntry& e : entries) {
        if (!e.comment)
            continue;
        const auto v = view(e, error);
        if (!v)
            return false;
        c.comments.append(
            {e.entryUuid, e.comment->text, e.comment->updated, e.created,
             v->entry.fields.text ? firstLineOf(v->entry.reflection.text) : QString()});
    }
    if (c.comments.isEmpty())
        return failWith(error, ShareError::Kind::NothingToSend);
    return BundleWriter::writeFile(
        path, c, bundlemarkdown::render(c),
        [](const BundleRecording&, ShareError* e) -> std::optional<QByteArray> {
            failWith(e,
                     {ShareError::Kind::InvalidContent, QStringLiteral("comments have no audio")});
            return std::nullopt;
        },
        {&*recipient}, progress, error);
}

bool SharedWithMe::forgetSender(qint64 senderId, ShareError* error)
{
    if (VaultError e = ReceivedStore(m_db).removeSender(senderId))
        return failWith(error, ShareError::fromVault(e));
    return true;
}

} // namespace debrief
