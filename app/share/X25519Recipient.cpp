#include "share/X25519Recipient.h"

#include "share/AgeBase64.h"
#include "share/Bech32.h"
#include "share/FileKey.h"
#include "share/X25519Stanza.h"

#include <sodium.h>

namespace debrief {

std::optional<X25519Recipient> X25519Recipient::parse(const QString& text, AgeError* error)
{
    const QByteArray ascii = text.trimmed().toLatin1();
    const auto decoded = bech32::decode(ascii);
    if (!decoded || decoded->hrp != Hrp) {
        failWith(error, AgeError::Kind::InvalidKey,
                 ascii.startsWith("age1pq1") ? QStringLiteral("post-quantum recipients (age1pq1…) "
                                                              "are not supported")
                                             : QStringLiteral("not an age1… public key"));
        return std::nullopt;
    }
    auto recipient = fromPublicKey(decoded->data);
    if (!recipient)
        failWith(error, AgeError::Kind::InvalidKey, QStringLiteral("the key is not 32 bytes"));
    return recipient;
}

std::optional<X25519Recipient> X25519Recipient::fromPublicKey(const QByteArray& key)
{
    if (key.size() != x25519stanza::KeySize)
        return std::nullopt;
    return X25519Recipient(key);
}

QString X25519Recipient::toString() const
{
    return QString::fromLatin1(bech32::encode(Hrp, m_publicKey));
}

std::optional<AgeStanza> X25519Recipient::wrap(const SecretBytes& fileKey) const
{
    const SecretBytes ephemeral = SecretBytes::random(x25519stanza::KeySize);
    if (!ephemeral.isValid())
        return std::nullopt;
    QByteArray share(x25519stanza::KeySize, '\0');
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(share.data()), ephemeral.data());
    const SecretBytes shared = x25519stanza::sharedSecret(ephemeral, m_publicKey);
    if (!shared.isValid())
        return std::nullopt; // a low-order public key: nothing could ever open the file
    const SecretBytes wrapKey = x25519stanza::wrapKey(shared, share, m_publicKey);
    QByteArray body = filekey::seal(wrapKey, fileKey);
    if (body.isEmpty())
        return std::nullopt;
    return AgeStanza{{x25519stanza::Type, agebase64::encode(share)}, body};
}

} // namespace debrief
