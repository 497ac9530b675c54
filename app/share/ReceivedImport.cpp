#include "share/ReceivedImport.h"

#include "share/BundleJson.h"
#include "share/SecretBytes.h"
#include "share/ShareProgress.h"
#include "vault/ReceivedStore.h"

#include <QJsonDocument>

namespace debrief {

ReceivedImport::ReceivedImport(Database& db, AudioSource audio, ShareProgress* progress)
    : m_db(db)
    , m_audio(std::move(audio))
    , m_progress(progress)
{
}

std::optional<qint64> ReceivedImport::sender(const BundlePerson& person, const QDateTime& received,
                                             ShareError* error)
{
    VaultError vaultError;
    const qint64 id =
        ReceivedStore(m_db).saveSender(person.name, person.recipient, received, &vaultError);
    if (vaultError) {
        failWith(error, ShareError::fromVault(vaultError));
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> ReceivedImport::entry(qint64 senderId, const BundleEntry& e,
                                            const QDateTime& received, bool keepExisting,
                                            bool* replaced, ShareError* error)
{
    if (m_progress && m_progress->isCancelled()) {
        failWith(error, ShareError::Kind::Cancelled);
        return std::nullopt;
    }
    ReceivedStore store(m_db);
    VaultError vaultError;
    const qint64 existing = store.findEntry(senderId, e.uuid, &vaultError);
    if (vaultError) {
        failWith(error, ShareError::fromVault(vaultError));
        return std::nullopt;
    }
    *replaced = existing != 0;
    if (existing != 0 && keepExisting)
        return qint64(0);
    QByteArray content =
        QJsonDocument(bundlejson::entryToJson(e, false)).toJson(QJsonDocument::Compact);
    const qint64 id =
        store.saveEntry(senderId, e.uuid, e.reflection.created.utc, received, content, &vaultError);
    wipeBytes(content);
    if (vaultError) {
        failWith(error, ShareError::fromVault(vaultError));
        return std::nullopt;
    }
    for (const BundleRecording& r : e.recordings) {
        if (m_progress && m_progress->isCancelled()) {
            failWith(error, ShareError::Kind::Cancelled);
            return std::nullopt;
        }
        std::optional<QByteArray> audio = m_audio(r, error);
        if (!audio)
            return std::nullopt;
        vaultError = store.addAudio(id, r.promptId, r.durationMs, *audio);
        if (m_progress)
            m_progress->advance(audio->size());
        wipeBytes(*audio);
        if (vaultError) {
            failWith(error, ShareError::fromVault(vaultError));
            return std::nullopt;
        }
    }
    if (m_progress)
        m_progress->advance(1);
    return id;
}

} // namespace debrief
