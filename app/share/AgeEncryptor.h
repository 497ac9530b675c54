#pragma once

#include "share/AgeError.h"
#include "share/AgeRecipient.h"
#include "share/PayloadStream.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <memory>

class QIODevice;
class QThreadPool;

namespace debrief {

class ArmorWriter;

// Writes an age v1 file to a device as the plaintext is fed to it: the header when it begins,
// then the 64 KiB chunks in batches of up to 1 MiB, each batch as soon as more data shows it
// does not hold the last chunk. At most one batch of plaintext is held (and wiped afterwards),
// so large backups never sit wholly in memory. With two or more cores, a helper thread seals
// half of each batch (the chunks are independent), so the cipher keeps up with the disk.
//
//   AgeEncryptor out(&file);
//   out.begin({&coachKey}) && out.write(part1) && out.write(part2) && out.finish();
//
// After a failure the sink holds an unusable partial file: the caller removes it.
class AgeEncryptor
{
public:
    enum class Encoding
    {
        Binary,
        Armored, // ASCII armor (PEM), for text-only channels
    };

    static constexpr qsizetype BatchChunks = 16;
    // The most plaintext held at any time.
    static constexpr qsizetype MaxBufferedBytes = BatchChunks * PayloadStream::ChunkSize;

    explicit AgeEncryptor(QIODevice* sink, Encoding encoding = Encoding::Binary);
    ~AgeEncryptor();
    AgeEncryptor(const AgeEncryptor&) = delete;
    AgeEncryptor& operator=(const AgeEncryptor&) = delete;

    // Wraps a fresh file key for each recipient (used only during this call) and writes the
    // header. InvalidRecipients for none, or a passphrase together with any other recipient.
    bool begin(const QList<const AgeRecipient*>& recipients);
    bool write(QByteArrayView plaintext);
    // Seals the last chunk (and closes the armor). The file is complete only after this.
    bool finish();

    const AgeError& error() const { return m_error; }

private:
    bool output(QByteArrayView bytes);
    // Seals the chunks in m_plain and writes them; the last one is final when endOfPayload.
    bool sealBatch(bool endOfPayload);
    bool fail(AgeError::Kind kind, const QString& detail);

    QIODevice* m_sink;
    Encoding m_encoding;
    std::unique_ptr<ArmorWriter> m_armor;
    std::unique_ptr<PayloadStream> m_stream;
    std::unique_ptr<QThreadPool> m_helper; // one thread sealing half of each batch, or none
    QByteArray m_plain;                    // the batch being filled (wiped after use)
    qsizetype m_filled = 0;
    QByteArray m_sealed; // the batch sealed
    quint64 m_nextChunk = 0;
    bool m_finished = false;
    AgeError m_error;
};

} // namespace debrief
