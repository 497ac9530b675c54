#include "share/BundleReader.h"

#include "share/AgeDecryptor.h"
#include "share/AgeSeekableReader.h"
#include "share/BundleJson.h"
#include "share/SecretBytes.h"
#include "share/ZipReader.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSet>

namespace debrief {

namespace {

constexpr char JsonName[] = "entries.json";
constexpr char MarkdownName[] = "entries.md";

bool isAudioName(const QString& name)
{
    static const QRegularExpression form(QStringLiteral("^audio/[1-9][0-9]{0,6}\\.opus$"));
    return form.match(name).hasMatch();
}

} // namespace

BundleReader::~BundleReader()
{
    m_zip.reset();
    wipeBytes(m_memoryBytes);
}

std::optional<bool> BundleReader::needsPassphrase(QIODevice* file, ShareError* error)
{
    AgeDecryptor decryptor(file);
    if (!decryptor.readHeader()) {
        failWith(error, ShareError::fromAge(decryptor.error()));
        return std::nullopt;
    }
    if (error)
        *error = {};
    return decryptor.needsPassphrase();
}

std::unique_ptr<BundleReader> BundleReader::open(QIODevice* file,
                                                 const QList<const AgeIdentity*>& identities,
                                                 const BundleLimits& limits, ShareError* error)
{
    std::unique_ptr<BundleReader> reader(new BundleReader);
    reader->m_limits = limits;
    const qint64 start = file->isSequential() ? 0 : file->pos();
    auto plain = std::make_unique<AgeSeekableReader>(file);
    if (plain->unlock(identities)) {
        reader->m_plain = std::move(plain);
    } else if (plain->needsStreaming()) {
        // Armored, or a pipe: decrypt it whole into memory, within the limit.
        if (!file->isSequential())
            file->seek(start);
        AgeDecryptor decryptor(file);
        if (!decryptor.readHeader() || !decryptor.unlock(identities)) {
            failWith(error, ShareError::fromAge(decryptor.error()));
            return nullptr;
        }
        QByteArray chunk;
        while (decryptor.readChunk(&chunk)) {
            if (reader->m_memoryBytes.size() + chunk.size() > limits.maxInMemoryBytes) {
                wipeBytes(chunk);
                failWith(error, {ShareError::Kind::TooLarge,
                                 QStringLiteral("an armored file over the memory limit")});
                return nullptr;
            }
            reader->m_memoryBytes.append(chunk);
            wipeBytes(chunk);
        }
        if (!decryptor.atEnd()) {
            failWith(error, ShareError::fromAge(decryptor.error()));
            return nullptr;
        }
        auto buffer = std::make_unique<QBuffer>(&reader->m_memoryBytes);
        buffer->open(QIODevice::ReadOnly);
        reader->m_memory = std::move(buffer);
    } else {
        failWith(error, ShareError::fromAge(plain->error()));
        return nullptr;
    }
    if (!reader->load(error))
        return nullptr;
    return reader;
}

std::unique_ptr<BundleReader> BundleReader::openZip(QIODevice* zip, const BundleLimits& limits,
                                                    ShareError* error)
{
    std::unique_ptr<BundleReader> reader(new BundleReader);
    reader->m_limits = limits;
    reader->m_zip = ZipReader::open(zip, limits, error);
    if (!reader->m_zip)
        return nullptr;
    if (!reader->load(error))
        return nullptr;
    return reader;
}

ShareError BundleReader::explain(ShareError error) const
{
    if (m_plain && m_plain->error())
        return ShareError::fromAge(m_plain->error());
    return error;
}

bool BundleReader::load(ShareError* error)
{
    if (!m_zip) {
        QIODevice* device = m_plain ? static_cast<QIODevice*>(m_plain.get()) : m_memory.get();
        ShareError zipError;
        m_zip = ZipReader::open(device, m_limits, &zipError);
        if (!m_zip)
            return failWith(error, explain(zipError));
    }
    // Only the known names.
    QSet<QString> audioFiles;
    for (const ZipReader::File& f : m_zip->files()) {
        if (isAudioName(f.name)) {
            if (f.size > m_limits.maxAudioBytes)
                return failWith(
                    error, {ShareError::Kind::TooLarge, f.name + QStringLiteral(" is too large")});
            audioFiles.insert(f.name);
        } else if (f.name != QLatin1String(JsonName) && f.name != QLatin1String(MarkdownName)) {
            return failWith(error, {ShareError::Kind::UnsafeContent,
                                    QStringLiteral("an unexpected file in the zip")});
        }
    }
    if (!m_zip->find(QLatin1String(MarkdownName)))
        return failWith(error, {ShareError::Kind::NotABundle, QStringLiteral("no entries.md")});
    if (!m_zip->find(QLatin1String(JsonName)))
        return failWith(error, {ShareError::Kind::NotABundle, QStringLiteral("no entries.json")});
    ShareError readError;
    std::optional<QByteArray> json =
        m_zip->read(QLatin1String(JsonName), m_limits.maxJsonBytes, &readError);
    if (!json)
        return failWith(error, explain(readError));
    std::optional<BundleContent> content = bundlejson::read(*json, m_limits, &readError);
    wipeBytes(*json);
    if (!content)
        return failWith(error, readError);
    // Every voice note's audio is there, and every audio file belongs to one.
    QSet<QString> named;
    for (const BundleRecording* r : content->recordings()) {
        const ZipReader::File* f = m_zip->find(r->file);
        if (!f)
            return failWith(error, {ShareError::Kind::InvalidContent,
                                    QStringLiteral("a voice note's audio is missing")});
        const_cast<BundleRecording*>(r)->byteCount = f->size;
        named.insert(r->file);
    }
    if (named != audioFiles)
        return failWith(error, {ShareError::Kind::UnsafeContent,
                                QStringLiteral("an audio file no voice note names")});
    m_content = std::move(*content);
    if (error)
        *error = {};
    return true;
}

std::optional<QByteArray> BundleReader::audio(const QString& file, ShareError* error) const
{
    ShareError readError;
    std::optional<QByteArray> bytes = m_zip->read(file, m_limits.maxAudioBytes, &readError);
    if (!bytes) {
        failWith(error, explain(readError));
        return std::nullopt;
    }
    if (!bytes->startsWith("OggS")) {
        wipeBytes(*bytes);
        failWith(error, {ShareError::Kind::InvalidContent, file + QStringLiteral(" is not Ogg")});
        return std::nullopt;
    }
    if (error)
        *error = {};
    return bytes;
}

std::optional<QByteArray> BundleReader::markdown(ShareError* error) const
{
    ShareError readError;
    auto bytes = m_zip->read(QLatin1String(MarkdownName), m_limits.maxMarkdownBytes, &readError);
    if (!bytes)
        failWith(error, explain(readError));
    return bytes;
}

} // namespace debrief
