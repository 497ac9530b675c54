#include "share/PayloadStream.h"

#include "share/Hkdf.h"

#include <sodium.h>

namespace debrief {

namespace {

constexpr char PayloadLabel[] = "payload";
constexpr std::size_t AeadNonceSize = crypto_aead_chacha20poly1305_ietf_NPUBBYTES; // 12

// Bytes 0–10: the chunk index, big-endian (the top three bytes stay zero); byte 11: the flag.
void chunkNonce(quint64 index, bool last, unsigned char* out)
{
    sodium_memzero(out, AeadNonceSize);
    for (int i = 0; i < 8; ++i)
        out[10 - i] = static_cast<unsigned char>(index >> (8 * i));
    out[11] = last ? 1 : 0;
}

} // namespace

PayloadStream::PayloadStream(const SecretBytes& fileKey, QByteArrayView fileNonce)
{
    if (fileNonce.size() == NonceSize && fileKey.isValid())
        m_key = hkdf::sha256(fileKey.view(), fileNonce, PayloadLabel);
}

bool PayloadStream::seal(quint64 index, const unsigned char* plaintext, qsizetype size, bool last,
                         unsigned char* out) const
{
    if (!isValid() || size < 0 || size > ChunkSize)
        return false;
    unsigned char nonce[AeadNonceSize];
    chunkNonce(index, last, nonce);
    unsigned long long written = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(out, &written, plaintext, size_t(size), nullptr, 0,
                                              nullptr, nonce, m_key.data());
    return true;
}

bool PayloadStream::open(quint64 index, const unsigned char* sealed, qsizetype size, bool last,
                         unsigned char* out) const
{
    if (!isValid() || size < TagSize || size > SealedChunkSize)
        return false;
    unsigned char nonce[AeadNonceSize];
    chunkNonce(index, last, nonce);
    unsigned long long written = 0;
    return crypto_aead_chacha20poly1305_ietf_decrypt(out, &written, nullptr, sealed,
                                                     (unsigned long long)size, nullptr, 0, nonce,
                                                     m_key.data()) == 0;
}

} // namespace debrief
