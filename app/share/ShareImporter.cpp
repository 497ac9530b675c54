#include "share/ShareImporter.h"

#include "share/BundleReader.h"
#include "share/PassphraseIdentity.h"
#include "share/ReceivedImport.h"
#include "share/ShareKeys.h"
#include "share/ShareProgress.h"
#include "vault/Database.h"
#include "vault/EntryCommentStore.h"
#include "vault/ReflectionUuids.h"
#include "vault/Transaction.h"

#include <QFile>

namespace debrief {

namespace {

// What rolls a transaction back when the reason is not the vault's: the ShareError says why.
VaultError abandon()
{
    return {VaultError::Kind::Io, QStringLiteral("import abandoned")};
}

} // namespace

ShareImporter::ShareImporter(Database& db, BundleLimits limits)
    : m_db(db)
    , m_limits(limits)
{
}

std::optional<bool> ShareImporter::needsPassphrase(const QString& path, ShareError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failWith(error, {ShareError::Kind::FileIo, file.errorString()});
        return std::nullopt;
    }
    return BundleReader::needsPassphrase(&file, error);
}

std::optional<ImportReport> ShareImporter::importFile(const QString& path,
                                                      const QString& passphrase,
                                                      ShareProgress* progress, ShareError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failWith(error, {ShareError::Kind::FileIo, file.errorString()});
        return std::nullopt;
    }
    auto own = ShareKeys(m_db).identity(error);
    if (error && *error)
        return std::nullopt;
    const PassphraseIdentity typed(passphrase);
    QList<const AgeIdentity*> identities;
    if (own)
        identities.append(&*own);
    if (!passphrase.isEmpty())
        identities.append(&typed);
    const auto reader = BundleReader::open(&file, identities, m_limits, error);
    if (!reader)
        return std::nullopt;
    switch (reader->content().kind) {
    case BundleKind::Share:
        return importShare(*reader, progress, error);
    case BundleKind::Comments:
        return importComments(*reader, error);
    case BundleKind::Backup:
        break;
    }
    failWith(error, {ShareError::Kind::WrongKind, QStringLiteral("a backup given to import")});
    return std::nullopt;
}

std::optional<ImportReport> ShareImporter::importShare(const BundleReader& reader,
                                                       ShareProgress* progress, ShareError* error)
{
    const BundleContent& c = reader.content();
    ImportReport report{BundleKind::Share, c.sender.name, 0, 0, 0};
    if (progress) {
        qint64 total = c.entries.size();
        for (const BundleRecording* r : c.recordings())
            total += r->byteCount;
        progress->start(total);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ShareError failure;
    ReceivedImport store(
        m_db,
        [&reader](const BundleRecording& r, ShareError* e) { return reader.audio(r.file, e); },
        progress);
    const VaultError vaultError = inTransaction(m_db, [&]() -> VaultError {
        const auto sender = store.sender(c.sender, now, &failure);
        if (!sender)
            return abandon();
        for (const BundleEntry& e : c.entries) {
            bool replaced = false;
            if (!store.entry(*sender, e, now, false, &replaced, &failure))
                return abandon();
            ++(replaced ? report.replaced : report.added);
        }
        return {};
    });
    if (failure || vaultError) {
        failWith(error, failure ? failure : ShareError::fromVault(vaultError));
        return std::nullopt;
    }
    if (progress)
        progress->finish();
    if (error)
        *error = {};
    return report;
}

std::optional<ImportReport> ShareImporter::importComments(const BundleReader& reader,
                                                          ShareError* error)
{
    const BundleContent& c = reader.content();
    ImportReport report{BundleKind::Comments, c.sender.name, 0, 0, 0};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const VaultError vaultError = inTransaction(m_db, [&]() -> VaultError {
        EntryCommentStore comments(m_db);
        ReflectionUuids uuids(m_db);
        for (const BundleComment& comment : c.comments) {
            VaultError e;
            const ReflectionId id = uuids.idOf(comment.entryUuid, &e);
            if (e)
                return e;
            if (id == 0 || comment.text.trimmed().isEmpty()) {
                ++report.skipped;
                continue;
            }
            const auto before = comments.commentsOn(id, &e);
            if (e)
                return e;
            bool had = false;
            for (const EntryComment& old : before)
                had = had || old.coachRecipient == c.sender.recipient;
            bool stored = false;
            if ((e = comments.save(
                     {0, id, c.sender.name, c.sender.recipient, comment.text, comment.written, now},
                     &stored)))
                return e;
            ++(!stored ? report.skipped : had ? report.replaced : report.added);
        }
        return {};
    });
    if (vaultError) {
        failWith(error, ShareError::fromVault(vaultError));
        return std::nullopt;
    }
    if (error)
        *error = {};
    return report;
}

} // namespace debrief
