#include "share/BundleWriter.h"

#include "share/AgeEncryptor.h"
#include "share/BundleJson.h"
#include "share/SecretBytes.h"
#include "share/ShareProgress.h"
#include "share/ZipStreamWriter.h"

#include <QSaveFile>
#include <memory>

namespace debrief {

void BundleWriter::numberAudio(BundleContent* c)
{
    int n = 0;
    const auto number = [&n](BundleEntry& e) {
        for (BundleRecording& r : e.recordings)
            r.file = e.fields.voice ? QStringLiteral("audio/%1.opus").arg(++n) : QString();
    };
    for (BundleEntry& e : c->entries)
        number(e);
    for (BundleSender& s : c->received) {
        for (BundleReceivedEntry& r : s.entries)
            number(r.entry);
    }
}

bool BundleWriter::write(QIODevice* sink, const BundleContent& content, const QString& markdown,
                         const AudioSource& audio, const QList<const AgeRecipient*>& recipients,
                         ShareProgress* progress, ShareError* error)
{
    AgeEncryptor encryptor(sink);
    if (!encryptor.begin(recipients))
        return failWith(error, ShareError::fromAge(encryptor.error()));

    // The texts are made now and kept (wiped afterwards); the audio is read as it is written.
    auto md = std::make_shared<QByteArray>(markdown.toUtf8());
    auto json = std::make_shared<QByteArray>(bundlejson::write(content));
    ZipStreamWriter zip([&encryptor](QByteArrayView bytes) { return encryptor.write(bytes); });
    const auto text = [](std::shared_ptr<QByteArray> bytes) {
        return [bytes](ShareError*) -> std::optional<QByteArray> {
            return *bytes;
        };
    };
    zip.addFile(QStringLiteral("entries.md"), md->size(), true, text(md));
    zip.addFile(QStringLiteral("entries.json"), json->size(), true, text(json));
    qint64 total = md->size() + json->size();
    for (const BundleRecording* r : content.recordings()) {
        total += r->byteCount;
        zip.addFile(r->file, r->byteCount, false,
                    [r, &audio](ShareError* e) { return audio(*r, e); });
    }
    if (progress)
        progress->start(total);
    const bool ok = zip.write(progress);
    wipeBytes(*md);
    wipeBytes(*json);
    if (!ok) {
        if (progress && progress->isCancelled())
            return failWith(error, ShareError::Kind::Cancelled);
        // The encryptor's own failure (disk full…) explains a sink that refused.
        if (encryptor.error())
            return failWith(error, ShareError::fromAge(encryptor.error()));
        return failWith(error, zip.error());
    }
    if (!encryptor.finish())
        return failWith(error, ShareError::fromAge(encryptor.error()));
    if (progress)
        progress->finish();
    if (error)
        *error = {};
    return true;
}

bool BundleWriter::writeFile(const QString& path, const BundleContent& content,
                             const QString& markdown, const AudioSource& audio,
                             const QList<const AgeRecipient*>& recipients, ShareProgress* progress,
                             ShareError* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(error, {ShareError::Kind::FileIo, file.errorString()});
    if (!write(&file, content, markdown, audio, recipients, progress, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        return failWith(error, {ShareError::Kind::FileIo, file.errorString()});
    return true;
}

} // namespace debrief
