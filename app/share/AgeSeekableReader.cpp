#include "share/AgeSeekableReader.h"

#include "share/DeviceIo.h"
#include "share/PayloadStream.h"
#include "share/SecretBytes.h"

namespace debrief {

AgeSeekableReader::AgeSeekableReader(QIODevice* file, AgeHeaderLimits limits)
    : m_file(file)
    , m_decryptor(std::make_unique<AgeDecryptor>(file, limits))
{
}

AgeSeekableReader::~AgeSeekableReader()
{
    wipeBytes(m_chunk);
}

bool AgeSeekableReader::fail(AgeError::Kind kind, const QString& detail)
{
    wipeBytes(m_chunk);
    m_chunkIndex = -1;
    setErrorString(detail);
    return failWith(&m_error, kind, detail);
}

bool AgeSeekableReader::unlock(const QList<const AgeIdentity*>& identities)
{
    if (!m_file || !m_file->isReadable())
        return fail(AgeError::Kind::Io, QStringLiteral("the file is not open for reading"));
    if (m_file->isSequential()) {
        m_needsStreaming = true;
        return fail(AgeError::Kind::ArmorInvalid, QStringLiteral("not a random-access file"));
    }
    if (!m_decryptor->readHeader()) {
        m_error = m_decryptor->error();
        return false;
    }
    if (m_decryptor->isArmored()) {
        m_needsStreaming = true;
        return fail(AgeError::Kind::ArmorInvalid, QStringLiteral("armored: read it whole"));
    }
    if (!m_decryptor->unlock(identities)) {
        m_error = m_decryptor->error();
        return false;
    }
    m_payloadStart = m_file->pos();
    const qint64 payload = m_file->size() - m_payloadStart;
    const qint64 sealed = PayloadStream::SealedChunkSize;
    if (payload <= 0)
        return fail(AgeError::Kind::Truncated, QStringLiteral("the payload has no chunk"));
    m_chunkCount = (payload + sealed - 1) / sealed;
    m_lastSealedSize = payload - (m_chunkCount - 1) * sealed;
    if (m_lastSealedSize < PayloadStream::TagSize)
        return fail(AgeError::Kind::PayloadTampered,
                    QStringLiteral("the final chunk is shorter than its tag"));
    if (m_lastSealedSize == PayloadStream::TagSize && m_chunkCount > 1)
        return fail(AgeError::Kind::PayloadTampered, QStringLiteral("the final chunk is empty"));
    m_plainSize = payload - m_chunkCount * PayloadStream::TagSize;
    m_sealed = QByteArray(sealed, '\0');
    // The final chunk authenticates only as the last one of exactly this many: a file cut
    // short or with data appended fails here, before anything is read.
    if (!loadChunk(m_chunkCount - 1))
        return false;
    // Unbuffered: the chunk cache is the only copy; QIODevice's own buffer would be another.
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool AgeSeekableReader::seek(qint64 pos)
{
    if (pos < 0 || pos > m_plainSize || !QIODevice::seek(pos))
        return false;
    m_at = pos;
    return true;
}

bool AgeSeekableReader::loadChunk(qint64 index)
{
    if (index == m_chunkIndex)
        return true;
    const bool last = index == m_chunkCount - 1;
    const qint64 size = last ? m_lastSealedSize : PayloadStream::SealedChunkSize;
    if (!m_file->seek(m_payloadStart + index * PayloadStream::SealedChunkSize) ||
        deviceio::readUpTo(m_file, m_sealed.data(), size) != size)
        return fail(AgeError::Kind::Io,
                    QStringLiteral("reading a chunk: ") + m_file->errorString());
    m_chunk.resize(size - PayloadStream::TagSize);
    if (!m_decryptor->payloadStream()->open(
            quint64(index), reinterpret_cast<const unsigned char*>(m_sealed.constData()), size,
            last, reinterpret_cast<unsigned char*>(m_chunk.data())))
        return fail(AgeError::Kind::PayloadTampered,
                    QStringLiteral("chunk %1 does not authenticate").arg(index));
    m_chunkIndex = index;
    return true;
}

qint64 AgeSeekableReader::readData(char* data, qint64 maxSize)
{
    if (m_error)
        return -1;
    qint64 done = 0;
    qint64& at = m_at;
    while (done < maxSize && at < m_plainSize) {
        const qint64 index = at / PayloadStream::ChunkSize;
        if (!loadChunk(index))
            return -1;
        const qint64 offset = at - index * PayloadStream::ChunkSize;
        const qint64 n = qMin(maxSize - done, qint64(m_chunk.size()) - offset);
        memcpy(data + done, m_chunk.constData() + offset, size_t(n));
        done += n;
        at += n;
    }
    return done;
}

qint64 AgeSeekableReader::writeData(const char*, qint64)
{
    return -1;
}

} // namespace debrief
