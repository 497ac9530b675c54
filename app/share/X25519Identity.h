#pragma once

#include "share/AgeIdentity.h"
#include "share/X25519Recipient.h"

#include <QByteArrayView>
#include <optional>

namespace debrief {

// A secret key (AGE-SECRET-KEY-1…), such as a coach's: opens files encrypted to its public key.
// The secret stays in guarded memory and is zeroed when the identity goes away.
class X25519Identity : public AgeIdentity
{
public:
    static constexpr char Hrp[] = "age-secret-key-";

    static std::optional<X25519Identity> generate();
    // Reads "AGE-SECRET-KEY-1…" (surrounding whitespace ignored); nullopt and InvalidKey
    // otherwise. The caller wipes text afterwards.
    static std::optional<X25519Identity> parse(QByteArrayView text, AgeError* error = nullptr);

    // The secret as "AGE-SECRET-KEY-1…" text, for storing in the vault or a key file. The
    // caller wipes it (wipeBytes) once stored.
    QByteArray toSecretText() const;
    X25519Recipient recipient() const;

    QByteArray stanzaType() const override;
    Outcome unwrap(const AgeStanza& stanza, SecretBytes* fileKey, AgeError* error) const override;

private:
    X25519Identity(SecretBytes secret, QByteArray publicKey);
    SecretBytes m_secret;
    QByteArray m_publicKey;
};

} // namespace debrief
