#include "share/Hkdf.h"

#include <algorithm>
#include <sodium.h>

namespace debrief::hkdf {

namespace {

const unsigned char* bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

// HMAC-SHA-256 over the concatenation of parts, written to out (HashLength bytes).
void hmac(QByteArrayView key, std::initializer_list<QByteArrayView> parts, unsigned char* out)
{
    static const unsigned char noKey = 0;
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key.isEmpty() ? &noKey : bytesOf(key), size_t(key.size()));
    for (const QByteArrayView part : parts) {
        if (!part.isEmpty())
            crypto_auth_hmacsha256_update(&state, bytesOf(part), (unsigned long long)part.size());
    }
    crypto_auth_hmacsha256_final(&state, out);
    sodium_memzero(&state, sizeof state);
}

} // namespace

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    if (!shareSodiumReady())
        return {};
    QByteArray mac(HashLength, '\0');
    hmac(key, {message}, reinterpret_cast<unsigned char*>(mac.data()));
    return mac;
}

SecretBytes sha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, qsizetype length)
{
    if (length <= 0 || length > 255 * HashLength || !shareSodiumReady())
        return {};
    // Extract: PRK = HMAC(salt, IKM), with HashLength zero bytes for an empty salt.
    static const char zeroSalt[HashLength] = {};
    SecretBytes prk(HashLength);
    SecretBytes block(HashLength);
    SecretBytes okm{std::size_t(length)};
    if (!prk.isValid() || !block.isValid() || !okm.isValid())
        return {};
    hmac(salt.isEmpty() ? QByteArrayView(zeroSalt, HashLength) : salt, {ikm}, prk.data());

    // Expand: T(i) = HMAC(PRK, T(i-1) || info || i), OKM = the first length bytes of T(1)…
    qsizetype done = 0;
    for (unsigned char counter = 1; done < length; ++counter) {
        const QByteArrayView previous = counter == 1 ? QByteArrayView() : block.view();
        const char counterByte = char(counter);
        hmac(prk.view(), {previous, info, QByteArrayView(&counterByte, 1)}, block.data());
        const qsizetype take = std::min(HashLength, length - done);
        std::copy_n(block.data(), take, okm.data() + done);
        done += take;
    }
    return okm;
}

} // namespace debrief::hkdf
