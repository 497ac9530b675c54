#pragma once

#include "share/AgeStanza.h"
#include "share/SecretBytes.h"

#include <optional>

namespace debrief {

// Someone a file can be encrypted to (an age recipient type): wraps the file key into one
// header stanza. Implementations: X25519Recipient (a public key), PassphraseRecipient.
class AgeRecipient
{
public:
    virtual ~AgeRecipient() = default;

    // The stanza carrying fileKey (16 bytes) for this recipient; nullopt when it cannot be made
    // (no randomness, an empty passphrase).
    virtual std::optional<AgeStanza> wrap(const SecretBytes& fileKey) const = 0;
    // True for types whose stanza must be the only one in a header (scrypt).
    virtual bool mustBeAlone() const { return false; }
};

} // namespace debrief
