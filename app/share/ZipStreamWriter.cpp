#include "share/ZipStreamWriter.h"

#include "share/SecretBytes.h"
#include "share/ShareProgress.h"

#include <cerrno>
#include <cstring>
#include <vector>
#include <zip.h>

namespace debrief {

namespace {

struct FileSource
{
    ZipStreamWriter::State* writer = nullptr;
    QString name;
    qint64 size = 0;
    bool compress = false;
    ZipStreamWriter::Loader loader;
    QByteArray data; // held only while libzip reads it
    qint64 offset = 0;
    zip_error_t error{};
};

} // namespace

struct ZipStreamWriter::State
{
    Sink sink;
    std::vector<std::unique_ptr<FileSource>> files;
    ShareProgress* progress = nullptr;
    QByteArray held;    // bytes from `flushed` on: the file libzip is writing
    qint64 flushed = 0; // bytes handed to the sink
    qint64 pos = 0;     // libzip's write position
    qint64 peakHeld = 0;
    zip_error_t zipError{};
    ShareError error;

    // Keeps the first failure: the one that explains the rest.
    zip_int64_t fail(ShareError e, int zipCode)
    {
        if (!error)
            error = std::move(e);
        zip_error_set(&zipError, zipCode, 0);
        return -1;
    }

    bool flush()
    {
        if (held.isEmpty())
            return true;
        const bool ok = sink(held);
        flushed += held.size();
        wipeBytes(held);
        if (!ok)
            fail({ShareError::Kind::FileIo, QStringLiteral("the sink refused the archive")},
                 ZIP_ER_WRITE);
        return ok;
    }

    zip_int64_t write(const char* bytes, qint64 n)
    {
        const qint64 at = pos - flushed;
        if (at < 0)
            return fail({ShareError::Kind::FileIo, QStringLiteral("write before the window")},
                        ZIP_ER_SEEK);
        if (at + n > held.size())
            held.resize(at + n);
        memcpy(held.data() + at, bytes, size_t(n));
        pos += n;
        peakHeld = qMax(peakHeld, qint64(held.size()));
        return n;
    }

    zip_int64_t seek(void* data, zip_uint64_t len)
    {
        auto* args = ZIP_SOURCE_GET_ARGS(zip_source_args_seek_t, data, len, &zipError);
        if (!args)
            return -1;
        const qint64 end = flushed + held.size();
        qint64 target = args->offset;
        if (args->whence == SEEK_CUR)
            target += pos;
        else if (args->whence == SEEK_END)
            target += end;
        // Only within the file being written: what the sink has is gone.
        if (target < flushed || target > end)
            return fail({ShareError::Kind::FileIo, QStringLiteral("seek outside the window")},
                        ZIP_ER_SEEK);
        const bool backToEnd = target == end && pos < end;
        pos = target;
        // Back at the end after completing a file's local header: that file is final.
        return backToEnd && !flush() ? -1 : 0;
    }

    zip_int64_t archive(void* data, zip_uint64_t len, zip_source_cmd_t cmd)
    {
        switch (cmd) {
        case ZIP_SOURCE_SUPPORTS:
            return ZIP_SOURCE_SUPPORTS_WRITABLE;
        case ZIP_SOURCE_STAT:
            // A new archive: libzip asks whether one exists and is told no.
            zip_error_set(&zipError, ZIP_ER_READ, ENOENT);
            return -1;
        case ZIP_SOURCE_BEGIN_WRITE:
            pos = flushed = 0;
            wipeBytes(held);
            return 0;
        case ZIP_SOURCE_WRITE:
            return write(static_cast<const char*>(data), qint64(len));
        case ZIP_SOURCE_SEEK_WRITE:
            return seek(data, len);
        case ZIP_SOURCE_TELL_WRITE:
            return pos;
        case ZIP_SOURCE_COMMIT_WRITE:
            return flush() ? 0 : -1;
        case ZIP_SOURCE_ROLLBACK_WRITE:
            wipeBytes(held);
            return 0;
        case ZIP_SOURCE_REMOVE:
        case ZIP_SOURCE_FREE:
            return 0;
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&zipError, data, len);
        default:
            zip_error_set(&zipError, ZIP_ER_OPNOTSUPP, 0);
            return -1;
        }
    }

    zip_int64_t file(FileSource& f, void* data, zip_uint64_t len, zip_source_cmd_t cmd)
    {
        switch (cmd) {
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                                  ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        case ZIP_SOURCE_STAT: {
            auto* st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, len, &f.error);
            if (!st)
                return -1;
            zip_stat_init(st);
            st->size = zip_uint64_t(f.size);
            st->valid = ZIP_STAT_SIZE;
            return sizeof(*st);
        }
        case ZIP_SOURCE_OPEN: {
            ShareError loadError;
            std::optional<QByteArray> bytes = f.loader(&loadError);
            if (!bytes)
                return fileFail(f, std::move(loadError), ZIP_ER_READ);
            if (bytes->size() != f.size)
                return fileFail(f,
                                {ShareError::Kind::FileIo,
                                 QStringLiteral("a file changed size while being shared")},
                                ZIP_ER_INCONS);
            f.data = std::move(*bytes);
            f.offset = 0;
            return 0;
        }
        case ZIP_SOURCE_READ: {
            if (progress && progress->isCancelled())
                return fileFail(f, ShareError::Kind::Cancelled, ZIP_ER_READ);
            const qint64 n = qMin(qint64(len), qint64(f.data.size()) - f.offset);
            memcpy(data, f.data.constData() + f.offset, size_t(n));
            f.offset += n;
            if (progress)
                progress->advance(n);
            return n;
        }
        case ZIP_SOURCE_CLOSE:
            // Bytes shared with the caller are theirs to wipe (wiping here would copy them).
            if (f.data.isDetached())
                wipeBytes(f.data);
            else
                f.data.clear();
            return 0;
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&f.error, data, len);
        case ZIP_SOURCE_FREE:
            return 0;
        default:
            zip_error_set(&f.error, ZIP_ER_OPNOTSUPP, 0);
            return -1;
        }
    }

    zip_int64_t fileFail(FileSource& f, ShareError e, int zipCode)
    {
        fail(std::move(e), zipCode);
        zip_error_set(&f.error, zipCode, 0);
        return -1;
    }
};

namespace {

zip_int64_t archiveCallback(void* state, void* data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    return static_cast<ZipStreamWriter::State*>(state)->archive(data, len, cmd);
}

zip_int64_t fileCallback(void* state, void* data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto* f = static_cast<FileSource*>(state);
    return f->writer->file(*f, data, len, cmd);
}

QString zipMessage(zip_error_t* error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

ZipStreamWriter::ZipStreamWriter(Sink sink)
    : m_state(std::make_unique<State>())
{
    m_state->sink = std::move(sink);
    zip_error_init(&m_state->zipError);
}

ZipStreamWriter::~ZipStreamWriter()
{
    for (auto& f : m_state->files) {
        if (f->data.isDetached())
            wipeBytes(f->data);
        zip_error_fini(&f->error);
    }
    wipeBytes(m_state->held);
    zip_error_fini(&m_state->zipError);
}

const ShareError& ZipStreamWriter::error() const
{
    return m_state->error;
}

qint64 ZipStreamWriter::peakHeldBytes() const
{
    return m_state->peakHeld;
}

qint64 ZipStreamWriter::bytesWritten() const
{
    return m_state->flushed;
}

void ZipStreamWriter::addFile(const QString& name, qint64 size, bool compress, Loader loader)
{
    auto f = std::make_unique<FileSource>();
    f->writer = m_state.get();
    f->name = name;
    f->size = size;
    f->compress = compress;
    f->loader = std::move(loader);
    zip_error_init(&f->error);
    m_state->files.push_back(std::move(f));
}

bool ZipStreamWriter::write(ShareProgress* progress)
{
    State& s = *m_state;
    s.progress = progress;
    zip_source_t* target = zip_source_function_create(&archiveCallback, &s, &s.zipError);
    if (!target)
        return s.fail({ShareError::Kind::FileIo, QStringLiteral("zip: no archive source")}, 0),
               false;
    zip_error_t openError;
    zip_error_init(&openError);
    zip_t* archive = zip_open_from_source(target, ZIP_CREATE | ZIP_TRUNCATE, &openError);
    if (!archive) {
        const QString message = zipMessage(&openError);
        zip_error_fini(&openError);
        zip_source_free(target);
        s.fail({ShareError::Kind::FileIo, QStringLiteral("zip open: ") + message}, 0);
        return false;
    }
    zip_error_fini(&openError);
    for (auto& f : s.files) {
        zip_source_t* source = zip_source_function_create(&fileCallback, f.get(), &s.zipError);
        const QByteArray name = f->name.toUtf8();
        const zip_int64_t index =
            source ? zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            s.fail({ShareError::Kind::FileIo,
                    QStringLiteral("zip add: ") + zipMessage(zip_get_error(archive))},
                   0);
            zip_discard(archive);
            return false;
        }
        zip_set_file_compression(archive, zip_uint64_t(index),
                                 f->compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        // Unpacked, the files are for their owner only (-rw-------).
        zip_file_set_external_attributes(archive, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX,
                                         zip_uint32_t(0100600) << 16);
    }
    if (zip_close(archive) != 0) {
        s.fail({ShareError::Kind::FileIo,
                QStringLiteral("zip close: ") + zipMessage(zip_get_error(archive))},
               0);
        zip_discard(archive);
        return false;
    }
    return true;
}

} // namespace debrief
