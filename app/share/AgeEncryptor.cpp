#include "share/AgeEncryptor.h"

#include "share/AgeHeader.h"
#include "share/ArmorWriter.h"
#include "share/DeviceIo.h"
#include "share/FileKey.h"
#include "share/PayloadStream.h"

#include <QIODevice>
#include <QThread>
#include <QThreadPool>
#include <cstring>

namespace debrief {

AgeEncryptor::AgeEncryptor(QIODevice* sink, Encoding encoding)
    : m_sink(sink)
    , m_encoding(encoding)
{
}

AgeEncryptor::~AgeEncryptor()
{
    wipeBytes(m_plain);
}

bool AgeEncryptor::fail(AgeError::Kind kind, const QString& detail)
{
    m_stream.reset();
    wipeBytes(m_plain);
    m_filled = 0;
    return failWith(&m_error, kind, detail);
}

bool AgeEncryptor::output(QByteArrayView bytes)
{
    const bool ok = m_armor ? m_armor->write(bytes) : deviceio::writeAll(m_sink, bytes);
    return ok || fail(AgeError::Kind::Io, m_sink->errorString());
}

bool AgeEncryptor::begin(const QList<const AgeRecipient*>& recipients)
{
    if (m_error)
        return false;
    if (m_stream || m_finished)
        return fail(AgeError::Kind::InvalidRecipients, QStringLiteral("begin() called twice"));
    if (!m_sink || !m_sink->isWritable())
        return fail(AgeError::Kind::Io, QStringLiteral("the destination is not open for writing"));
    if (recipients.isEmpty())
        return fail(AgeError::Kind::InvalidRecipients, QStringLiteral("no recipient"));
    for (const AgeRecipient* recipient : recipients) {
        if (!recipient || (recipient->mustBeAlone() && recipients.size() > 1))
            return fail(AgeError::Kind::InvalidRecipients,
                        QStringLiteral("a passphrase must be the only recipient"));
    }

    const SecretBytes fileKey = filekey::generate();
    if (!fileKey.isValid())
        return fail(AgeError::Kind::Io, QStringLiteral("no secure memory for the file key"));
    QList<AgeStanza> stanzas;
    for (const AgeRecipient* recipient : recipients) {
        auto stanza = recipient->wrap(fileKey);
        if (!stanza)
            return fail(AgeError::Kind::InvalidRecipients,
                        QStringLiteral("a recipient could not wrap the file key (empty "
                                       "passphrase or invalid work factor?)"));
        stanzas.append(std::move(*stanza));
    }
    const QByteArray header = AgeHeader::encode(stanzas, fileKey);
    const SecretBytes nonce = SecretBytes::random(PayloadStream::NonceSize);
    if (header.isEmpty() || !nonce.isValid())
        return fail(AgeError::Kind::Io, QStringLiteral("the header could not be built"));
    m_stream = std::make_unique<PayloadStream>(fileKey, nonce.view());
    if (!m_stream->isValid())
        return fail(AgeError::Kind::Io, QStringLiteral("the payload key could not be derived"));
    m_plain = QByteArray(MaxBufferedBytes, '\0');
    m_sealed = QByteArray(BatchChunks * PayloadStream::SealedChunkSize, '\0');
    if (QThread::idealThreadCount() > 1) {
        m_helper = std::make_unique<QThreadPool>();
        m_helper->setMaxThreadCount(1);
    }
    if (m_encoding == Encoding::Armored)
        m_armor = std::make_unique<ArmorWriter>(m_sink);
    return output(header) && output(nonce.view());
}

bool AgeEncryptor::write(QByteArrayView plaintext)
{
    if (!m_stream || m_finished)
        return m_error ? false
                       : fail(AgeError::Kind::InvalidRecipients,
                              QStringLiteral("write() outside begin()…finish()"));
    while (!plaintext.isEmpty()) {
        // A full batch goes out only now that more data shows its last chunk is not the last.
        if (m_filled == MaxBufferedBytes && !sealBatch(false))
            return false;
        const qsizetype take = qMin(MaxBufferedBytes - m_filled, plaintext.size());
        std::memcpy(m_plain.data() + m_filled, plaintext.data(), size_t(take));
        m_filled += take;
        plaintext = plaintext.sliced(take);
    }
    return true;
}

bool AgeEncryptor::finish()
{
    if (!m_stream || m_finished)
        return m_error ? false
                       : fail(AgeError::Kind::InvalidRecipients,
                              QStringLiteral("finish() outside begin()…finish()"));
    // The last chunk holds the rest: empty only when the whole payload is.
    if (!sealBatch(true))
        return false;
    m_finished = true;
    wipeBytes(m_plain);
    m_stream.reset();
    m_helper.reset();
    if (m_armor && !m_armor->finish())
        return fail(AgeError::Kind::Io, m_sink->errorString());
    return true;
}

bool AgeEncryptor::sealBatch(bool endOfPayload)
{
    constexpr qsizetype Chunk = PayloadStream::ChunkSize;
    const qsizetype chunks = qMax<qsizetype>(1, (m_filled + Chunk - 1) / Chunk);
    const unsigned char* plain = reinterpret_cast<const unsigned char*>(m_plain.constData());
    unsigned char* sealed = reinterpret_cast<unsigned char*>(m_sealed.data());
    const PayloadStream& stream = *m_stream;
    const quint64 first = m_nextChunk;
    const qsizetype filled = m_filled;
    // Chunks [from, to) of the batch: every one full but maybe the last of the payload.
    const auto sealRange = [=, &stream](qsizetype from, qsizetype to) {
        bool ok = true;
        for (qsizetype j = from; j < to; ++j) {
            const qsizetype size = qMin(Chunk, filled - j * Chunk);
            const bool last = endOfPayload && j == chunks - 1;
            ok = stream.seal(first + quint64(j), plain + j * Chunk, size, last,
                             sealed + j * PayloadStream::SealedChunkSize) &&
                 ok;
        }
        return ok;
    };
    bool ok = false;
    if (m_helper && chunks >= 4) {
        bool helperOk = false;
        const qsizetype half = chunks / 2;
        m_helper->start([&helperOk, &sealRange, half] { helperOk = sealRange(0, half); });
        const bool mineOk = sealRange(half, chunks);
        m_helper->waitForDone();
        ok = helperOk && mineOk;
    } else {
        ok = sealRange(0, chunks);
    }
    if (!ok)
        return fail(AgeError::Kind::Io, QStringLiteral("a chunk could not be sealed"));
    m_nextChunk += quint64(chunks);
    m_filled = 0;
    return output(QByteArrayView(m_sealed).first(filled + chunks * PayloadStream::TagSize));
}

} // namespace debrief
