#pragma once

#include "share/AgeDecryptor.h"
#include "share/AgeError.h"
#include "share/AgeIdentity.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <memory>

namespace debrief {

// The plaintext of a binary age file as a random-access, read-only device, decrypted one 64 KiB
// chunk at a time as it is read (the chunk being read is the only plaintext held). age's chunks
// are sealed independently, each with its index and a last-chunk flag, so any chunk can be
// opened on its own: a zip reader can seek to the central directory at the end without the
// whole file ever being decrypted into memory or onto disk. Every byte handed out comes from a
// chunk that authenticated; the final chunk is checked when the reader opens, so a file cut
// short or extended fails at once.
class AgeSeekableReader : public QIODevice
{
public:
    // file: an open, random-access device holding a binary (not armored) age file. It must
    // stay open while this reads.
    explicit AgeSeekableReader(QIODevice* file, AgeHeaderLimits limits = {});
    ~AgeSeekableReader() override;

    // Reads the header, finds the file key with identities (used only during this call) and
    // authenticates the final chunk; then this device is open for reading. False with error()
    // otherwise: an armored or sequential file gives Kind::ArmorInvalid with a detail saying
    // so, and the caller decrypts it whole instead (AgeDecryptor).
    bool unlock(const QList<const AgeIdentity*>& identities);
    const AgeError& error() const { return m_error; }
    // True when the file is armored or the device sequential: not readable at random.
    bool needsStreaming() const { return m_needsStreaming; }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_plainSize; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool fail(AgeError::Kind kind, const QString& detail);
    // Opens chunk index into m_chunk (its plaintext).
    bool loadChunk(qint64 index);

    QIODevice* m_file;
    std::unique_ptr<AgeDecryptor> m_decryptor;
    qint64 m_payloadStart = 0; // where chunk 0 begins in m_file
    qint64 m_chunkCount = 0;
    qint64 m_lastSealedSize = 0;
    qint64 m_plainSize = 0;
    qint64 m_at = 0;          // where the next read starts
    qint64 m_chunkIndex = -1; // the chunk in m_chunk
    QByteArray m_chunk;
    QByteArray m_sealed;
    bool m_needsStreaming = false;
    AgeError m_error;
};

} // namespace debrief
