#include "share/FileKey.h"

#include <sodium.h>

namespace debrief::filekey {

namespace {

const unsigned char ZeroNonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES] = {};

} // namespace

SecretBytes generate()
{
    return SecretBytes::random(Size);
}

QByteArray seal(const SecretBytes& wrapKey, const SecretBytes& fileKey)
{
    if (!wrapKey.isValid() || wrapKey.size() != crypto_aead_chacha20poly1305_ietf_KEYBYTES ||
        !fileKey.isValid() || qsizetype(fileKey.size()) != Size)
        return {};
    QByteArray body(WrappedSize, '\0');
    unsigned long long written = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(body.data()),
                                              &written, fileKey.data(), fileKey.size(), nullptr, 0,
                                              nullptr, ZeroNonce, wrapKey.data());
    return qsizetype(written) == WrappedSize ? body : QByteArray();
}

SecretBytes open(const SecretBytes& wrapKey, QByteArrayView body)
{
    if (!wrapKey.isValid() || wrapKey.size() != crypto_aead_chacha20poly1305_ietf_KEYBYTES ||
        body.size() != WrappedSize)
        return {};
    SecretBytes fileKey(Size);
    unsigned long long written = 0;
    if (!fileKey.isValid() ||
        crypto_aead_chacha20poly1305_ietf_decrypt(
            fileKey.data(), &written, nullptr, reinterpret_cast<const unsigned char*>(body.data()),
            size_t(body.size()), nullptr, 0, ZeroNonce, wrapKey.data()) != 0 ||
        qsizetype(written) != Size)
        return {};
    return fileKey;
}

} // namespace debrief::filekey
