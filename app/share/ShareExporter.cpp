#include "share/ShareExporter.h"

#include "share/BundleMarkdown.h"
#include "share/BundleWriter.h"
#include "share/PassphraseRecipient.h"
#include "share/ShareKeys.h"
#include "share/X25519Recipient.h"
#include "vault/KeyEnvelope.h"

#include <QSaveFile>
#include <memory>

namespace debrief {

ShareExporter::ShareExporter(Database& db)
    : m_db(db)
{
}

std::optional<BundleContent> ShareExporter::compose(const ShareSelection& selection,
                                                    ShareError* error)
{
    ShareKeys keys(m_db);
    const auto key = keys.publicKey(error);
    if (!key)
        return std::nullopt;
    const QString name = keys.displayName(error);
    if (error && *error)
        return std::nullopt;
    auto entries = ShareComposer(m_db).entries(selection, error);
    if (!entries)
        return std::nullopt;
    BundleContent c;
    c.kind = BundleKind::Share;
    c.created = QDateTime::currentDateTimeUtc();
    c.sender = {name, *key};
    c.entries = std::move(*entries);
    BundleWriter::numberAudio(&c);
    return c;
}

std::optional<QString> ShareExporter::preview(const ShareSelection& selection, ShareError* error)
{
    const auto content = compose(selection, error);
    if (!content)
        return std::nullopt;
    return bundlemarkdown::render(*content);
}

bool ShareExporter::share(const ShareSelection& selection, const ShareProtection& protection,
                          const QString& path, ShareProgress* progress, ShareError* error)
{
    std::unique_ptr<AgeRecipient> recipient;
    if (protection.kind == ShareProtection::Kind::CoachKey) {
        auto key = X25519Recipient::parse(protection.value);
        if (!key)
            return failWith(error, ShareError::Kind::InvalidKey);
        recipient = std::make_unique<X25519Recipient>(*key);
    } else {
        if (protection.value.size() < KeyEnvelope::MinimumPassphraseLength)
            return failWith(error, ShareError::Kind::PassphraseTooShort);
        recipient = std::make_unique<PassphraseRecipient>(protection.value);
    }
    const auto content = compose(selection, error);
    if (!content)
        return false;
    const ShareComposer composer(m_db);
    return BundleWriter::writeFile(
        path, *content, bundlemarkdown::render(*content),
        [&composer](const BundleRecording& r, ShareError* e) { return composer.audio(r, e); },
        {recipient.get()}, progress, error);
}

std::optional<QString> ShareExporter::readableMarkdown(const ShareSelection& selection,
                                                       ShareError* error)
{
    auto content = compose(selection, error);
    if (!content)
        return std::nullopt;
    // No audio goes with a readable export: its voice notes are listed without a file.
    for (BundleEntry& e : content->entries) {
        for (BundleRecording& r : e.recordings)
            r.file.clear();
    }
    return bundlemarkdown::render(*content, bundlemarkdown::Purpose::ReadableExport);
}

bool ShareExporter::exportMarkdown(const ShareSelection& selection, const QString& path,
                                   ShareError* error)
{
    const auto markdown = readableMarkdown(selection, error);
    if (!markdown)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown->toUtf8()) < 0 || !file.commit())
        return failWith(error, {ShareError::Kind::FileIo, file.errorString()});
    return true;
}

} // namespace debrief
