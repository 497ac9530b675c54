#pragma once

#include "share/AgeError.h"
#include "share/AgeHeader.h"
#include "share/AgeIdentity.h"

#include <QByteArray>
#include <QList>
#include <memory>
#include <optional>

class QIODevice;

namespace debrief {

class ArmorReader;
class PayloadStream;

// Reads an age v1 file (binary, or ASCII-armored: detected) from a device, one authenticated
// 64 KiB chunk at a time, so large files never sit wholly in memory. Three steps:
//
//   AgeDecryptor in(&file);
//   in.readHeader();              // parse and check the header; needsPassphrase() now known
//   in.unlock({&identity});       // find the file key, verify the header MAC
//   in.decryptTo(&sink);          // or readChunk() in a loop
//
// Each step returns false on failure and error() says why. Plaintext is released chunk by
// chunk, each only once it authenticated; a failure in a later chunk (Truncated,
// PayloadTampered) comes after earlier chunks were released: the caller must then discard
// everything it received (keep it in memory or a transaction until decryptTo() succeeds).
class AgeDecryptor
{
public:
    explicit AgeDecryptor(QIODevice* source, AgeHeaderLimits limits = {});
    ~AgeDecryptor();
    AgeDecryptor(const AgeDecryptor&) = delete;
    AgeDecryptor& operator=(const AgeDecryptor&) = delete;

    bool readHeader();
    bool isArmored() const { return m_armor != nullptr; }
    // After readHeader(): the file is protected by a passphrase (one scrypt stanza), so ask for
    // one rather than use keys.
    bool needsPassphrase() const;

    // Tries identities (used only during this call) on the stanzas, as age does: the first
    // that opens one wins; a malformed stanza of a type one of them reads fails the header.
    bool unlock(const QList<const AgeIdentity*>& identities);

    // The next chunk of plaintext (up to 64 KiB, possibly empty for an empty file) into
    // *plaintext; false at the end (atEnd()) or on failure (error()).
    bool readChunk(QByteArray* plaintext);
    bool atEnd() const;
    // Every remaining chunk written to sink; see the class comment about failures.
    bool decryptTo(QIODevice* sink);

    const AgeError& error() const { return m_error; }
    // After unlock(): the payload's cipher, for reading a binary file's chunks at random
    // (AgeSeekableReader); the source then stands at the first chunk. Null before or on failure.
    const PayloadStream* payloadStream() const { return m_stream.get(); }

    // All three steps at once.
    static bool decrypt(QIODevice* source, QIODevice* sink,
                        const QList<const AgeIdentity*>& identities, AgeError* error,
                        AgeHeaderLimits limits = {});

private:
    enum class State
    {
        Fresh,
        HeaderRead,
        Unlocked,
        TrailingData, // the final chunk was released; the next read reports what followed it
        Finished,
        Failed,
    };
    bool fail(AgeError::Kind kind, const QString& detail);
    bool failRead(const QString& what);
    AgeError readFailure(const QString& what) const;
    bool noMatch(const QList<const AgeIdentity*>& identities);
    QIODevice* input() const;

    QIODevice* m_source;
    AgeHeaderLimits m_limits;
    std::unique_ptr<ArmorReader> m_armor;
    std::optional<AgeHeader> m_header;
    std::unique_ptr<PayloadStream> m_stream;
    QByteArray m_sealed; // one sealed chunk
    quint64 m_nextChunk = 0;
    State m_state = State::Fresh;
    AgeError m_pending; // what follows the final chunk, reported by the next read
    AgeError m_error;
};

} // namespace debrief
