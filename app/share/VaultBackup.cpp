#include "share/VaultBackup.h"

#include "share/BundleJson.h"
#include "share/BundleMarkdown.h"
#include "share/BundleReader.h"
#include "share/BundleWriter.h"
#include "share/PassphraseIdentity.h"
#include "share/PassphraseRecipient.h"
#include "share/ReceivedImport.h"
#include "share/SecretBytes.h"
#include "share/ShareComposer.h"
#include "share/ShareProgress.h"
#include "vault/AudioStore.h"
#include "vault/Database.h"
#include "vault/EntryCommentStore.h"
#include "vault/KeyEnvelope.h"
#include "vault/LoopStore.h"
#include "vault/ReceivedStore.h"
#include "vault/RecoveryCode.h"
#include "vault/ReflectionStore.h"
#include "vault/ReflectionUuids.h"
#include "vault/ShareKeyStore.h"
#include "vault/Transaction.h"

#include <QFile>
#include <QJsonDocument>

namespace debrief {

namespace {

// Stored audio is kept in chunks; restored audio in chunks of this size.
constexpr qsizetype RestoreChunkBytes = 1024 * 1024;

VaultError abandon()
{
    return {VaultError::Kind::Io, QStringLiteral("restore abandoned")};
}

// Received entries of one sender, as a backup holds them.
std::optional<QVector<BundleReceivedEntry>> receivedOf(Database& db, qint64 senderId,
                                                       ShareError* error)
{
    ReceivedStore store(db);
    VaultError vaultError;
    const auto stored = store.entries(senderId, &vaultError);
    QVector<BundleReceivedEntry> list;
    for (const ReceivedEntry& r : stored) {
        const auto audio = store.audioOf(r.id, &vaultError);
        if (vaultError)
            break;
        auto entry = bundlejson::entryFromJson(QJsonDocument::fromJson(r.content).object(), false,
                                               {}, error);
        if (!entry)
            return std::nullopt;
        for (BundleRecording& rec : entry->recordings) {
            rec.source = r.id;
            rec.received = true;
            for (const ReceivedAudioInfo& a : audio) {
                if (a.promptId == rec.promptId)
                    rec.byteCount = a.byteCount;
            }
        }
        BundleReceivedEntry item;
        item.entry = std::move(*entry);
        item.received = r.received;
        if (r.comment) {
            item.hasComment = true;
            item.comment = r.comment->text;
            item.commentUpdated = r.comment->updated;
        }
        list.append(std::move(item));
    }
    if (vaultError) {
        failWith(error, ShareError::fromVault(vaultError));
        return std::nullopt;
    }
    return list;
}

} // namespace

VaultBackup::VaultBackup(Database& db, BundleLimits limits)
    : m_db(db)
    , m_limits(limits)
{
}

QString VaultBackup::passphraseForRecoveryCode(const QString& text)
{
    const QString canonical = recoverycode::normalize(text);
    return canonical.isEmpty() ? QString() : recoverycode::format(canonical);
}

std::optional<BundleContent> VaultBackup::compose(ShareError* error) const
{
    BundleContent c;
    c.kind = BundleKind::Backup;
    c.created = QDateTime::currentDateTimeUtc();
    VaultError vaultError;
    const ShareComposer composer(m_db);
    const ReflectionUuids uuids(m_db);
    for (ReflectionId id : uuids.all(&vaultError)) {
        auto entry = composer.entry(id, ShareFields::everything(), true, error);
        if (!entry)
            return std::nullopt;
        c.entries.append(std::move(*entry));
    }
    ShareKeyStore keys(m_db);
    if (!vaultError) {
        if (auto identity = keys.identity(&vaultError)) {
            c.hasIdentity = true;
            c.identity = {identity->secretKey, identity->recipient, identity->displayName,
                          identity->created};
            wipeBytes(identity->secretKey);
        }
    }
    if (!vaultError) {
        for (const Coach& coach : keys.coaches(&vaultError))
            c.coaches.append({coach.name, coach.recipient, coach.added});
    }
    if (!vaultError) {
        for (const ShareSender& s : ReceivedStore(m_db).senders(&vaultError)) {
            auto entries = receivedOf(m_db, s.id, error);
            if (!entries)
                return std::nullopt;
            c.received.append({{s.name, s.recipient}, s.lastReceived, std::move(*entries)});
        }
    }
    if (!vaultError) {
        for (const EntryComment& comment : EntryCommentStore(m_db).all(&vaultError)) {
            const QString uuid = uuids.uuidOf(comment.reflectionId, &vaultError);
            if (vaultError)
                break;
            c.entryComments.append({uuid,
                                    {comment.coachName, comment.coachRecipient},
                                    comment.text,
                                    comment.written,
                                    comment.received});
        }
    }
    if (vaultError) {
        failWith(error, ShareError::fromVault(vaultError));
        return std::nullopt;
    }
    BundleWriter::numberAudio(&c);
    if (error)
        *error = {};
    return c;
}

bool VaultBackup::backup(const QString& path, const QString& passphrase, ShareProgress* progress,
                         ShareError* error)
{
    if (passphrase.size() < KeyEnvelope::MinimumPassphraseLength)
        return failWith(error, ShareError::Kind::PassphraseTooShort);
    auto content = compose(error);
    if (!content)
        return false;
    const PassphraseRecipient recipient(passphrase);
    const ShareComposer composer(m_db);
    const bool ok = BundleWriter::writeFile(
        path, *content, bundlemarkdown::render(*content),
        [&composer](const BundleRecording& r, ShareError* e) { return composer.audio(r, e); },
        {&recipient}, progress, error);
    wipeBytes(content->identity.secretKey);
    return ok;
}

std::optional<RestoreReport> VaultBackup::restore(const QString& path, const QString& passphrase,
                                                  Mode mode, ShareProgress* progress,
                                                  ShareError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failWith(error, {ShareError::Kind::FileIo, file.errorString()});
        return std::nullopt;
    }
    const PassphraseIdentity typed(passphrase);
    const QString code = passphraseForRecoveryCode(passphrase);
    const PassphraseIdentity asCode(code);
    QList<const AgeIdentity*> identities{&typed};
    if (!code.isEmpty() && code != passphrase)
        identities.append(&asCode);
    const auto reader = BundleReader::open(&file, identities, m_limits, error);
    if (!reader)
        return std::nullopt;
    if (reader->content().kind != BundleKind::Backup) {
        failWith(error, {ShareError::Kind::WrongKind, QStringLiteral("not a backup")});
        return std::nullopt;
    }
    RestoreReport report;
    if (!restoreAll(*reader, mode, progress, &report, error))
        return std::nullopt;
    return report;
}

bool VaultBackup::restoreAll(const BundleReader& reader, Mode mode, ShareProgress* progress,
                             RestoreReport* report, ShareError* error)
{
    const BundleContent& c = reader.content();
    if (progress) {
        qint64 total = c.entries.size();
        for (const BundleSender& s : c.received)
            total += s.entries.size();
        for (const BundleRecording* r : c.recordings())
            total += r->byteCount;
        progress->start(total);
    }
    ShareError failure;
    const VaultError vaultError = inTransaction(m_db, [&]() -> VaultError {
        ReflectionUuids uuids(m_db);
        ReceivedStore received(m_db);
        VaultError e;
        if (mode == Mode::IntoEmpty) {
            const bool empty = uuids.all(&e).isEmpty() && !e && received.senders(&e).isEmpty();
            if (e)
                return e;
            if (!empty) {
                failure = {ShareError::Kind::NotEmpty, QStringLiteral("the vault holds entries")};
                return abandon();
            }
        }
        ShareKeyStore keys(m_db);
        if (c.hasIdentity) {
            const bool has = keys.identity(&e).has_value();
            if (e)
                return e;
            if (!has) {
                ShareIdentityRecord record{c.identity.secretKey, c.identity.recipient,
                                           c.identity.displayName, c.identity.created};
                e = keys.saveIdentity(record);
                wipeBytes(record.secretKey);
                if (e)
                    return e;
                report->keyPairRestored = true;
            }
        }
        const auto coaches = keys.coaches(&e);
        if (e)
            return e;
        for (const BundleCoach& coach : c.coaches) {
            bool known = false;
            for (const Coach& have : coaches)
                known = known || have.recipient == coach.recipient;
            if (known)
                continue;
            keys.saveCoach(coach.name, coach.recipient, coach.added, &e);
            if (e)
                return e;
            ++report->coachesAdded;
        }
        for (const BundleEntry& entry : c.entries) {
            if (progress && progress->isCancelled()) {
                failure = ShareError::Kind::Cancelled;
                return abandon();
            }
            if (uuids.idOf(entry.uuid, &e) != 0 || e) {
                if (e)
                    return e;
                ++report->entriesKept;
                if (progress)
                    progress->advance(1);
                continue;
            }
            if (!restoreEntry(entry, reader, progress, &failure))
                return abandon();
            ++report->entriesAdded;
        }
        EntryCommentStore comments(m_db);
        for (const BundleEntryComment& comment : c.entryComments) {
            const ReflectionId id = uuids.idOf(comment.entryUuid, &e);
            if (e)
                return e;
            if (id == 0)
                continue;
            bool stored = false;
            if ((e = comments.save({0, id, comment.coach.name, comment.coach.recipient,
                                    comment.text, comment.written, comment.received},
                                   &stored)))
                return e;
            report->commentsAdded += stored ? 1 : 0;
        }
        return restoreReceived(reader, progress, report, &failure) ? VaultError() : abandon();
    });
    if (failure || vaultError)
        return failWith(error, failure ? failure : ShareError::fromVault(vaultError));
    if (progress)
        progress->finish();
    if (error)
        *error = {};
    return true;
}

bool VaultBackup::restoreReceived(const BundleReader& reader, ShareProgress* progress,
                                  RestoreReport* report, ShareError* error)
{
    ReceivedImport store(
        m_db,
        [&reader](const BundleRecording& r, ShareError* e) { return reader.audio(r.file, e); },
        progress);
    for (const BundleSender& sender : reader.content().received) {
        const auto senderId = store.sender(sender.person, sender.lastReceived, error);
        if (!senderId)
            return false;
        for (const BundleReceivedEntry& r : sender.entries) {
            bool existed = false;
            const auto id = store.entry(*senderId, r.entry, r.received, true, &existed, error);
            if (!id)
                return false;
            if (existed) {
                ++report->receivedKept;
                continue;
            }
            ++report->receivedAdded;
            if (r.hasComment) {
                if (VaultError e = ReceivedStore(m_db).setComment(*id, r.comment, r.commentUpdated))
                    return failWith(error, ShareError::fromVault(e));
            }
        }
    }
    return true;
}

bool VaultBackup::restoreEntry(const BundleEntry& entry, const BundleReader& reader,
                               ShareProgress* progress, ShareError* error)
{
    VaultError e;
    Reflection reflection = entry.reflection;
    reflection.id = 0;
    reflection.uuid = entry.uuid;
    const ReflectionId id = ReflectionStore(m_db).insertInTransaction(reflection, &e);
    ReflectionUuids uuids(m_db);
    // Changes get their ids up front, so the experiments testing them can point at them.
    const qint64 firstChange = e ? 0 : uuids.nextRowId("possible_changes", &e);
    if (e)
        return failWith(error, ShareError::fromVault(e));
    LoopRecord loop = entry.loop;
    loop.reflectionId = id;
    for (Lesson& l : loop.lessons) {
        l.id = 0;
        l.reflectionId = id;
    }
    for (int i = 0; i < loop.changes.size(); ++i) {
        loop.changes[i].id = firstChange + i;
        loop.changes[i].reflectionId = id;
    }
    for (Experiment& x : loop.experiments) {
        x.id = 0;
        x.reflectionId = id;
        x.changeId = x.changeId > 0 ? firstChange + x.changeId - 1 : 0;
    }
    for (StageTransition& t : loop.transitions)
        t.id = 0;
    if ((e = LoopStore(m_db).restore(loop)))
        return failWith(error, ShareError::fromVault(e));
    AudioStore audio(m_db);
    for (const BundleRecording& r : entry.recordings) {
        std::optional<QByteArray> bytes = reader.audio(r.file, error);
        if (!bytes)
            return false;
        AudioStore::SavedRecording saved;
        saved.info = {uuids.nextRowId("recordings", &e),
                      id,
                      r.promptId,
                      r.format,
                      r.state,
                      r.durationMs,
                      bytes->size()};
        for (qsizetype at = 0; at < bytes->size(); at += RestoreChunkBytes)
            saved.chunks.append(bytes->mid(at, RestoreChunkBytes));
        if (progress)
            progress->advance(bytes->size());
        wipeBytes(*bytes);
        if (!e)
            e = audio.restore({saved});
        for (QByteArray& chunk : saved.chunks)
            wipeBytes(chunk);
        if (e)
            return failWith(error, ShareError::fromVault(e));
    }
    if (progress)
        progress->advance(1);
    return true;
}

} // namespace debrief
