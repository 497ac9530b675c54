#include "share/X25519Stanza.h"

#include "share/Hkdf.h"

#include <QByteArray>
#include <sodium.h>

namespace debrief::x25519stanza {

namespace {

constexpr char Label[] = "age-encryption.org/v1/X25519";

} // namespace

SecretBytes sharedSecret(const SecretBytes& scalar, QByteArrayView point)
{
    SecretBytes shared(KeySize);
    if (!shared.isValid() || !scalar.isValid() || qsizetype(scalar.size()) != KeySize ||
        point.size() != KeySize)
        return {};
    // libsodium refuses (-1) when the result is all zero; checked again to be explicit.
    if (crypto_scalarmult(shared.data(), scalar.data(),
                          reinterpret_cast<const unsigned char*>(point.data())) != 0 ||
        sodium_is_zero(shared.data(), shared.size()))
        return {};
    return shared;
}

SecretBytes wrapKey(const SecretBytes& sharedSecret, QByteArrayView ephemeralShare,
                    QByteArrayView recipientKey)
{
    const QByteArray salt = ephemeralShare.toByteArray() + recipientKey.toByteArray();
    return hkdf::sha256(sharedSecret.view(), salt, Label);
}

} // namespace debrief::x25519stanza
