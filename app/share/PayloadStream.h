#pragma once

#include "share/SecretBytes.h"

#include <QByteArrayView>

namespace debrief {

// age's STREAM: the payload in 64 KiB chunks, each sealed with ChaCha20-Poly1305 under the
// payload key (HKDF of the file key and the file's nonce) and a nonce made of the chunk's index
// (11 bytes, big-endian) and a last-chunk flag. Stateless per chunk, so chunks can be sealed on
// several threads at once; the order is the caller's to keep.
class PayloadStream
{
public:
    static constexpr qsizetype ChunkSize = 64 * 1024;
    static constexpr qsizetype TagSize = 16;
    static constexpr qsizetype SealedChunkSize = ChunkSize + TagSize;
    static constexpr qsizetype NonceSize = 16; // the file's nonce, right after the header

    PayloadStream(const SecretBytes& fileKey, QByteArrayView fileNonce);
    bool isValid() const { return m_key.isValid(); }

    // Seals size (≤ ChunkSize) bytes as chunk `index` into out (size + TagSize bytes).
    bool seal(quint64 index, const unsigned char* plaintext, qsizetype size, bool last,
              unsigned char* out) const;
    // Opens chunk `index` (TagSize ≤ size ≤ SealedChunkSize) into out (size - TagSize bytes);
    // false when it does not authenticate as that chunk with that flag (out is then zeroed).
    bool open(quint64 index, const unsigned char* sealed, qsizetype size, bool last,
              unsigned char* out) const;

private:
    SecretBytes m_key;
};

} // namespace debrief
