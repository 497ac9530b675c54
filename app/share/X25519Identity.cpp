#include "share/X25519Identity.h"

#include "share/AgeBase64.h"
#include "share/Bech32.h"
#include "share/FileKey.h"
#include "share/X25519Stanza.h"

#include <sodium.h>

namespace debrief {

namespace {

std::optional<QByteArray> publicKeyOf(const SecretBytes& secret)
{
    QByteArray key(x25519stanza::KeySize, '\0');
    if (!secret.isValid() || qsizetype(secret.size()) != x25519stanza::KeySize ||
        crypto_scalarmult_base(reinterpret_cast<unsigned char*>(key.data()), secret.data()) != 0)
        return std::nullopt;
    return key;
}

} // namespace

X25519Identity::X25519Identity(SecretBytes secret, QByteArray publicKey)
    : m_secret(std::move(secret))
    , m_publicKey(std::move(publicKey))
{
}

std::optional<X25519Identity> X25519Identity::generate()
{
    SecretBytes secret = SecretBytes::random(x25519stanza::KeySize);
    auto publicKey = publicKeyOf(secret);
    if (!publicKey)
        return std::nullopt;
    return X25519Identity(std::move(secret), *publicKey);
}

std::optional<X25519Identity> X25519Identity::parse(QByteArrayView text, AgeError* error)
{
    auto decoded = bech32::decode(text.trimmed());
    if (!decoded || decoded->hrp != Hrp || decoded->data.size() != x25519stanza::KeySize) {
        const bool postQuantum = decoded && decoded->hrp == "age-secret-key-pq-";
        if (decoded)
            wipeBytes(decoded->data);
        failWith(error, AgeError::Kind::InvalidKey,
                 postQuantum ? QStringLiteral("post-quantum identities (AGE-SECRET-KEY-PQ-1…) are "
                                              "not supported")
                             : QStringLiteral("not an AGE-SECRET-KEY-1… secret key"));
        return std::nullopt;
    }
    SecretBytes secret = SecretBytes::copyOf(decoded->data);
    wipeBytes(decoded->data);
    auto publicKey = publicKeyOf(secret);
    if (!publicKey) {
        failWith(error, AgeError::Kind::InvalidKey, QStringLiteral("secure memory unavailable"));
        return std::nullopt;
    }
    return X25519Identity(std::move(secret), *publicKey);
}

QByteArray X25519Identity::toSecretText() const
{
    return bech32::encode(Hrp, m_secret.view(), true);
}

X25519Recipient X25519Identity::recipient() const
{
    return *X25519Recipient::fromPublicKey(m_publicKey);
}

QByteArray X25519Identity::stanzaType() const
{
    return x25519stanza::Type;
}

AgeIdentity::Outcome X25519Identity::unwrap(const AgeStanza& stanza, SecretBytes* fileKey,
                                            AgeError* error) const
{
    if (stanza.type() != x25519stanza::Type)
        return Outcome::NotMine;
    const auto invalid = [error](const QString& why) {
        failWith(error, AgeError::Kind::HeaderInvalid, QStringLiteral("X25519 stanza: ") + why);
        return Outcome::Invalid;
    };
    if (stanza.args.size() != 2)
        return invalid(QStringLiteral("wants exactly one argument"));
    const auto share = agebase64::decode(stanza.args.at(1));
    if (!share || share->size() != x25519stanza::KeySize)
        return invalid(QStringLiteral("the share is not a canonical 32-byte value"));
    if (stanza.body.size() != filekey::WrappedSize)
        return invalid(QStringLiteral("the body is not 32 bytes"));
    const SecretBytes shared = x25519stanza::sharedSecret(m_secret, *share);
    if (!shared.isValid())
        return invalid(QStringLiteral("the share is a low-order point"));
    const SecretBytes wrapKey = x25519stanza::wrapKey(shared, *share, m_publicKey);
    SecretBytes key = filekey::open(wrapKey, stanza.body);
    if (!key.isValid())
        return Outcome::NotMine;
    *fileKey = std::move(key);
    return Outcome::Unwrapped;
}

} // namespace debrief
