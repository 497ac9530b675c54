#pragma once

#include "share/AgeError.h"
#include "share/AgeRecipient.h"

#include <QString>

namespace debrief {

// A public key (age1…), such as a coach's: files encrypted to it open only with the matching
// secret key. Each file gets a fresh ephemeral X25519 exchange.
class X25519Recipient : public AgeRecipient
{
public:
    static constexpr char Hrp[] = "age";

    // Reads "age1…" (surrounding whitespace ignored, as from a paste); nullopt and InvalidKey
    // otherwise.
    static std::optional<X25519Recipient> parse(const QString& text, AgeError* error = nullptr);
    // From the raw 32-byte key; nullopt on another size.
    static std::optional<X25519Recipient> fromPublicKey(const QByteArray& key);

    QString toString() const; // "age1…"
    QByteArray publicKey() const { return m_publicKey; }
    bool operator==(const X25519Recipient& other) const { return m_publicKey == other.m_publicKey; }

    std::optional<AgeStanza> wrap(const SecretBytes& fileKey) const override;

private:
    explicit X25519Recipient(QByteArray publicKey)
        : m_publicKey(std::move(publicKey))
    {
    }
    QByteArray m_publicKey;
};

} // namespace debrief
