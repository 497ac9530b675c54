#include "share/AgeDecryptor.h"

#include "share/ArmorReader.h"
#include "share/DeviceIo.h"
#include "share/PayloadStream.h"
#include "share/ScryptStanza.h"

#include <QIODevice>
#include <QSet>

namespace debrief {

namespace {

// How far ahead to look for an armor's BEGIN line behind something else (a mail quote).
constexpr qint64 ArmorSniffBytes = 4096;

// Binary age files start with "age-encryption.org/"; the armor with "-----BEGIN", maybe after
// whitespace. Anything else holding a BEGIN line near its start is a damaged armor.
bool looksArmored(const QByteArray& start)
{
    if (start.startsWith("age-encryption.org/") || start.isEmpty())
        return false;
    const char c = start.front();
    return c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
           start.contains(ArmorReader::BeginLine);
}

} // namespace

AgeDecryptor::AgeDecryptor(QIODevice* source, AgeHeaderLimits limits)
    : m_source(source)
    , m_limits(limits)
{
}

AgeDecryptor::~AgeDecryptor() = default;

QIODevice* AgeDecryptor::input() const
{
    return m_armor ? static_cast<QIODevice*>(m_armor.get()) : m_source;
}

bool AgeDecryptor::fail(AgeError::Kind kind, const QString& detail)
{
    m_state = State::Failed;
    m_stream.reset();
    return failWith(&m_error, kind, detail);
}

// A read came up short or failed: malformed armor, a failing device, or (from the caller) a
// plain end of data.
bool AgeDecryptor::failRead(const QString& what)
{
    const AgeError error = readFailure(what);
    return fail(error.kind, error.detail);
}

AgeError AgeDecryptor::readFailure(const QString& what) const
{
    if (m_armor && m_armor->failed() && !m_armor->sourceFailed())
        return {AgeError::Kind::ArmorInvalid, m_armor->errorDetail()};
    return {AgeError::Kind::Io, what + QStringLiteral(": ") + m_source->errorString()};
}

bool AgeDecryptor::readHeader()
{
    if (m_state != State::Fresh)
        return m_error ? false : fail(AgeError::Kind::Io, QStringLiteral("header read twice"));
    if (!m_source || !m_source->isReadable())
        return fail(AgeError::Kind::Io, QStringLiteral("the source is not open for reading"));
    QByteArray start = m_source->peek(ArmorSniffBytes);
    if (start.isEmpty() && m_source->isSequential() && m_source->waitForReadyRead(-1))
        start = m_source->peek(ArmorSniffBytes);
    if (looksArmored(start))
        m_armor = std::make_unique<ArmorReader>(m_source);

    AgeError error;
    m_header = AgeHeader::read(input(), m_limits, &error);
    if (m_armor && m_armor->failed())
        return failRead(QStringLiteral("reading the armor"));
    if (!m_header)
        return fail(error.kind, error.detail);
    // A passphrase stanza must be alone, so a passphrase always means "only this passphrase".
    const QList<AgeStanza>& stanzas = m_header->stanzas();
    for (const AgeStanza& stanza : stanzas) {
        if (stanza.type() == scryptstanza::Type && stanzas.size() > 1)
            return fail(AgeError::Kind::HeaderInvalid,
                        QStringLiteral("a scrypt stanza is not the only one in the header"));
    }
    m_state = State::HeaderRead;
    return true;
}

bool AgeDecryptor::needsPassphrase() const
{
    return m_header && m_header->stanzas().size() == 1 &&
           m_header->stanzas().first().type() == scryptstanza::Type;
}

bool AgeDecryptor::unlock(const QList<const AgeIdentity*>& identities)
{
    if (m_state != State::HeaderRead)
        return m_error ? false
                       : fail(AgeError::Kind::Io, QStringLiteral("unlock() before readHeader()"));
    SecretBytes fileKey;
    for (const AgeIdentity* identity : identities) {
        for (const AgeStanza& stanza : m_header->stanzas()) {
            AgeError error;
            switch (identity->unwrap(stanza, &fileKey, &error)) {
            case AgeIdentity::Outcome::Unwrapped:
                break;
            case AgeIdentity::Outcome::NotMine:
                continue;
            case AgeIdentity::Outcome::Invalid:
                return fail(error.kind, error.detail);
            }
            break;
        }
        if (fileKey.isValid())
            break;
    }
    if (!fileKey.isValid())
        return noMatch(identities);
    if (!m_header->macMatches(fileKey))
        return fail(AgeError::Kind::HeaderTampered, QStringLiteral("the header MAC is wrong"));

    QByteArray nonce(PayloadStream::NonceSize, '\0');
    const qint64 got = deviceio::readUpTo(input(), nonce.data(), nonce.size());
    if (got < 0 || (m_armor && m_armor->failed()))
        return failRead(QStringLiteral("reading the payload nonce"));
    if (got < nonce.size())
        return fail(AgeError::Kind::HeaderInvalid,
                    QStringLiteral("the file ends before the payload nonce"));
    m_stream = std::make_unique<PayloadStream>(fileKey, nonce);
    if (!m_stream->isValid())
        return fail(AgeError::Kind::Io, QStringLiteral("the payload key could not be derived"));
    m_sealed = QByteArray(PayloadStream::SealedChunkSize, '\0');
    m_state = State::Unlocked;
    return true;
}

bool AgeDecryptor::noMatch(const QList<const AgeIdentity*>& identities)
{
    if (identities.isEmpty())
        return fail(AgeError::Kind::NoMatch, QStringLiteral("no key or passphrase was given"));
    QSet<QByteArray> readable;
    for (const AgeIdentity* identity : identities)
        readable.insert(identity->stanzaType());
    if (needsPassphrase()) {
        if (readable.contains(scryptstanza::Type))
            return fail(AgeError::Kind::WrongPassphrase, QStringLiteral("the passphrase is wrong"));
        return fail(AgeError::Kind::NoMatch, QStringLiteral("the file needs a passphrase"));
    }
    QList<QByteArray> others;
    for (const AgeStanza& stanza : m_header->stanzas()) {
        if (readable.contains(stanza.type()))
            return fail(AgeError::Kind::NoMatch, QStringLiteral("no identity opens a stanza"));
        if (others.size() < 4 && !others.contains(stanza.type()))
            others.append(stanza.type().left(40));
    }
    return fail(AgeError::Kind::UnsupportedRecipient,
                QStringLiteral("the file is only for recipient types: ") +
                    QString::fromLatin1(others.join(", ")));
}

bool AgeDecryptor::atEnd() const
{
    return m_state == State::Finished;
}

bool AgeDecryptor::readChunk(QByteArray* plaintext)
{
    if (m_state == State::Finished || m_state == State::Failed)
        return false;
    if (m_state == State::TrailingData)
        return fail(m_pending.kind, m_pending.detail);
    if (m_state != State::Unlocked)
        return fail(AgeError::Kind::Io, QStringLiteral("readChunk() before unlock()"));
    auto* sealed = reinterpret_cast<unsigned char*>(m_sealed.data());
    const qint64 size = deviceio::readUpTo(input(), m_sealed.data(), m_sealed.size());
    if (size < 0 || (m_armor && m_armor->failed()))
        return failRead(QStringLiteral("reading the payload"));
    const bool first = m_nextChunk == 0;
    if (size == 0)
        return fail(AgeError::Kind::Truncated,
                    first ? QStringLiteral("the payload has no chunk")
                          : QStringLiteral("the payload ends before its final chunk"));
    if (size < PayloadStream::TagSize)
        return fail(AgeError::Kind::PayloadTampered,
                    QStringLiteral("a chunk is shorter than its tag"));

    plaintext->resize(qsizetype(size) - PayloadStream::TagSize);
    auto* out = reinterpret_cast<unsigned char*>(plaintext->data());
    bool last = size < PayloadStream::SealedChunkSize;
    if (last) {
        // A short chunk can only be the final one, and only the first may be empty.
        if (size == PayloadStream::TagSize && !first)
            return fail(AgeError::Kind::PayloadTampered,
                        QStringLiteral("the final chunk is empty"));
        if (!m_stream->open(m_nextChunk, sealed, size, true, out))
            return fail(AgeError::Kind::PayloadTampered,
                        QStringLiteral("chunk %1 does not authenticate").arg(m_nextChunk));
    } else if (!m_stream->open(m_nextChunk, sealed, size, false, out)) {
        // A full chunk may still be the final one.
        last = true;
        if (!m_stream->open(m_nextChunk, sealed, size, true, out))
            return fail(AgeError::Kind::PayloadTampered,
                        QStringLiteral("chunk %1 does not authenticate").arg(m_nextChunk));
        // It authenticated as the final chunk, so it is released (as age does); whatever
        // follows it fails the next read.
        char extra = 0;
        const qint64 more = deviceio::readUpTo(input(), &extra, 1);
        if (more > 0) {
            m_pending = {AgeError::Kind::PayloadTampered,
                         QStringLiteral("data follows the final chunk")};
        } else if (more < 0 || (m_armor && m_armor->failed())) {
            m_pending = readFailure(QStringLiteral("reading past the final chunk"));
        }
        if (m_pending) {
            m_state = State::TrailingData;
            return true;
        }
    }
    ++m_nextChunk;
    if (last)
        m_state = State::Finished;
    return true;
}

bool AgeDecryptor::decryptTo(QIODevice* sink)
{
    QByteArray chunk;
    bool written = true;
    while (written && readChunk(&chunk))
        written = deviceio::writeAll(sink, chunk);
    wipeBytes(chunk);
    if (!written)
        return fail(AgeError::Kind::Io, sink->errorString());
    return m_state == State::Finished;
}

bool AgeDecryptor::decrypt(QIODevice* source, QIODevice* sink,
                           const QList<const AgeIdentity*>& identities, AgeError* error,
                           AgeHeaderLimits limits)
{
    AgeDecryptor decryptor(source, limits);
    const bool ok =
        decryptor.readHeader() && decryptor.unlock(identities) && decryptor.decryptTo(sink);
    if (!ok && error)
        *error = decryptor.error();
    return ok;
}

} // namespace debrief
