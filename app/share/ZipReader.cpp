#include "share/ZipReader.h"

#include "share/SecretBytes.h"

#include <QIODevice>
#include <QSet>
#include <cerrno>
#include <zip.h>

namespace debrief {

// libzip's view of the device (a seekable read source) and the open archive.
struct ZipReader::Source
{
    QIODevice* device = nullptr;
    zip_error_t error{};
    zip_t* archive = nullptr;

    zip_int64_t command(void* data, zip_uint64_t len, zip_source_cmd_t cmd)
    {
        switch (cmd) {
        case ZIP_SOURCE_SUPPORTS:
            return ZIP_SOURCE_SUPPORTS_SEEKABLE;
        case ZIP_SOURCE_OPEN:
            return device->seek(0) ? 0 : failRead();
        case ZIP_SOURCE_READ: {
            const qint64 n = device->read(static_cast<char*>(data), qint64(len));
            return n < 0 ? failRead() : n;
        }
        case ZIP_SOURCE_CLOSE:
        case ZIP_SOURCE_FREE:
            return 0;
        case ZIP_SOURCE_STAT: {
            auto* st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, len, &error);
            if (!st)
                return -1;
            zip_stat_init(st);
            st->size = zip_uint64_t(device->size());
            st->valid = ZIP_STAT_SIZE;
            return sizeof(*st);
        }
        case ZIP_SOURCE_SEEK: {
            const zip_int64_t to = zip_source_seek_compute_offset(
                zip_uint64_t(device->pos()), zip_uint64_t(device->size()), data, len, &error);
            if (to < 0)
                return -1;
            return device->seek(to) ? 0 : failRead();
        }
        case ZIP_SOURCE_TELL:
            return device->pos();
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&error, data, len);
        default:
            zip_error_set(&error, ZIP_ER_OPNOTSUPP, 0);
            return -1;
        }
    }

    zip_int64_t failRead()
    {
        zip_error_set(&error, ZIP_ER_READ, EIO);
        return -1;
    }
};

namespace {

zip_int64_t sourceCallback(void* state, void* data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    return static_cast<ZipReader::Source*>(state)->command(data, len, cmd);
}

// A name that stays inside any folder it is unpacked to: relative, no "..", printable ASCII.
bool isSafeName(const QByteArray& raw)
{
    if (raw.isEmpty() || raw.size() > 255 || raw.startsWith('/') || raw.endsWith('/'))
        return false;
    for (char c : raw) {
        if (c < 0x21 || c > 0x7e || c == '\\' || c == ':')
            return false;
    }
    for (const QByteArray& part : raw.split('/')) {
        if (part.isEmpty() || part == "." || part == "..")
            return false;
    }
    return true;
}

ShareError unsafe(const QString& detail)
{
    return {ShareError::Kind::UnsafeContent, detail};
}

ShareError tooLarge(const QString& detail)
{
    return {ShareError::Kind::TooLarge, detail};
}

} // namespace

ZipReader::~ZipReader()
{
    if (m_source) {
        if (m_source->archive)
            zip_discard(m_source->archive);
        zip_error_fini(&m_source->error);
    }
}

std::unique_ptr<ZipReader> ZipReader::open(QIODevice* device, const BundleLimits& limits,
                                           ShareError* error)
{
    std::unique_ptr<ZipReader> reader(new ZipReader);
    reader->m_source = std::make_unique<Source>();
    Source& s = *reader->m_source;
    s.device = device;
    zip_error_init(&s.error);
    zip_source_t* source = zip_source_function_create(&sourceCallback, &s, &s.error);
    if (!source) {
        failWith(error, {ShareError::Kind::NotABundle, QStringLiteral("zip: no source")});
        return nullptr;
    }
    zip_error_t openError;
    zip_error_init(&openError);
    s.archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &openError);
    if (!s.archive) {
        const QString message = QString::fromUtf8(zip_error_strerror(&openError));
        zip_error_fini(&openError);
        zip_source_free(source);
        failWith(error, {ShareError::Kind::NotABundle, QStringLiteral("zip open: ") + message});
        return nullptr;
    }
    zip_error_fini(&openError);

    const zip_int64_t count = zip_get_num_entries(s.archive, 0);
    if (count < 0 || count > limits.maxZipFiles) {
        failWith(error, tooLarge(QStringLiteral("%1 files in the zip").arg(count)));
        return nullptr;
    }
    QSet<QString> names;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(s.archive, zip_uint64_t(i), ZIP_FL_ENC_RAW, &st) != 0 ||
            (st.valid &
             (ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD)) !=
                (ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD)) {
            failWith(error,
                     {ShareError::Kind::NotABundle, QStringLiteral("zip: unreadable entry")});
            return nullptr;
        }
        const QByteArray raw(st.name);
        if (!isSafeName(raw)) {
            failWith(error, unsafe(QStringLiteral("file %1 has an unsafe name").arg(i)));
            return nullptr;
        }
        const QString name = QString::fromLatin1(raw);
        if (names.contains(name)) {
            failWith(error, unsafe(QStringLiteral("file %1 repeats a name").arg(i)));
            return nullptr;
        }
        names.insert(name);
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
            failWith(error, unsafe(QStringLiteral("file %1 is zip-encrypted").arg(i)));
            return nullptr;
        }
        if (st.comp_method != ZIP_CM_STORE && st.comp_method != ZIP_CM_DEFLATE) {
            failWith(
                error,
                unsafe(QStringLiteral("file %1 uses compression %2").arg(i).arg(st.comp_method)));
            return nullptr;
        }
        const auto size = qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(1) << 62));
        const auto compressed = qint64(qMin<zip_uint64_t>(st.comp_size, zip_uint64_t(1) << 62));
        if (size > limits.ratioFloor &&
            (compressed == 0 || size / compressed >= limits.maxCompressionRatio)) {
            failWith(error, tooLarge(QStringLiteral("file %1 expands %2 times")
                                         .arg(i)
                                         .arg(compressed ? size / compressed : size)));
            return nullptr;
        }
        total += size;
        if (total > limits.maxTotalBytes) {
            failWith(error, tooLarge(QStringLiteral("the files hold %1 bytes").arg(total)));
            return nullptr;
        }
        reader->m_files.append({i, name, size, compressed});
    }
    if (error)
        *error = {};
    return reader;
}

const ZipReader::File* ZipReader::find(const QString& name) const
{
    for (const File& f : m_files) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

std::optional<QByteArray> ZipReader::read(const QString& name, qint64 maxBytes,
                                          ShareError* error) const
{
    const File* f = find(name);
    if (!f) {
        failWith(error, {ShareError::Kind::InvalidContent, QStringLiteral("no file ") + name});
        return std::nullopt;
    }
    if (f->size > maxBytes) {
        failWith(error, tooLarge(name + QStringLiteral(" is %1 bytes").arg(f->size)));
        return std::nullopt;
    }
    zip_file_t* file = zip_fopen_index(m_source->archive, zip_uint64_t(f->index), 0);
    if (!file) {
        failWith(error, {ShareError::Kind::NotABundle, QStringLiteral("zip: cannot open ") + name});
        return std::nullopt;
    }
    QByteArray bytes(f->size, Qt::Uninitialized);
    qint64 got = 0;
    bool ok = true;
    while (ok && got < f->size) {
        const zip_int64_t n = zip_fread(file, bytes.data() + got, zip_uint64_t(f->size - got));
        ok = n > 0;
        got += ok ? n : 0;
    }
    // Exactly the declared size: one more byte would mean it lied (never inflate past it).
    char extra = 0;
    ok = ok && zip_fread(file, &extra, 1) == 0;
    ok = zip_fclose(file) == 0 && ok;
    if (!ok) {
        wipeBytes(bytes);
        failWith(error, {ShareError::Kind::NotABundle,
                         name + QStringLiteral(": data do not match the zip's directory")});
        return std::nullopt;
    }
    if (error)
        *error = {};
    return bytes;
}

} // namespace debrief
