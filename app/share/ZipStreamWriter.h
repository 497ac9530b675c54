#pragma once

#include "share/ShareError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace debrief {

class ShareProgress;

// Writes a zip archive through libzip as a stream of bytes handed to a sink (the age encryptor),
// so the plaintext archive never touches the disk and never sits whole in memory. Each file's
// bytes are loaded only when libzip reaches it and wiped right after. libzip writes a file's
// local header and data, then goes back once to complete that header: everything before the
// file being written is final and goes to the sink, so only the current file is held. The
// memory bound is the largest file (its bytes, plus its compressed form and header);
// peakHeldBytes() reports the compressed part.
class ZipStreamWriter
{
public:
    using Sink = std::function<bool(QByteArrayView bytes)>;
    // The file's bytes, exactly its announced size; nullopt (and *error) on failure.
    using Loader = std::function<std::optional<QByteArray>(ShareError* error)>;

    explicit ZipStreamWriter(Sink sink);
    ~ZipStreamWriter();
    ZipStreamWriter(const ZipStreamWriter&) = delete;
    ZipStreamWriter& operator=(const ZipStreamWriter&) = delete;

    // Files in the order they are written. compress: deflate (text), else stored as is
    // (audio, already compressed).
    void addFile(const QString& name, qint64 size, bool compress, Loader loader);
    // Writes the whole archive to the sink; progress (may be null) hears of the files' bytes as
    // they are read and can cancel. False with error() on failure; the sink then holds an
    // unusable partial archive.
    bool write(ShareProgress* progress);

    const ShareError& error() const;
    qint64 peakHeldBytes() const;
    qint64 bytesWritten() const;

    struct State;

private:
    std::unique_ptr<State> m_state;
};

} // namespace debrief
