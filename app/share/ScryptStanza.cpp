#include "share/ScryptStanza.h"

#include <QByteArray>
#include <sodium.h>

namespace debrief::scryptstanza {

namespace {

constexpr char Label[] = "age-encryption.org/v1/scrypt";

} // namespace

SecretBytes wrapKey(const SecretBytes& passphrase, QByteArrayView salt, int workFactor)
{
    if (!passphrase.isValid() || salt.size() != SaltSize || workFactor < MinWorkFactor ||
        workFactor > MaxWorkFactor)
        return {};
    const QByteArray fullSalt = QByteArray(Label) + salt.toByteArray();
    SecretBytes key(crypto_aead_chacha20poly1305_ietf_KEYBYTES);
    if (!key.isValid() ||
        crypto_pwhash_scryptsalsa208sha256_ll(
            passphrase.data(), passphrase.size(),
            reinterpret_cast<const uint8_t*>(fullSalt.constData()), size_t(fullSalt.size()),
            uint64_t(1) << workFactor, 8, 1, key.data(), key.size()) != 0)
        return {};
    return key;
}

} // namespace debrief::scryptstanza
