#pragma once

#include "share/AgeError.h"
#include "share/AgeStanza.h"
#include "share/SecretBytes.h"

namespace debrief {

// Something that can open a file (an age identity type): recognises the stanzas addressed to
// it and unwraps the file key. Implementations: X25519Identity (a secret key),
// PassphraseIdentity.
class AgeIdentity
{
public:
    enum class Outcome
    {
        Unwrapped, // *fileKey holds the 16-byte file key
        NotMine,   // another type, or this identity's type but it does not open
        Invalid,   // a malformed stanza of this identity's type: the header is rejected (*error)
    };

    virtual ~AgeIdentity() = default;

    // The stanza type this identity reads (its first argument, e.g. "X25519").
    virtual QByteArray stanzaType() const = 0;
    virtual Outcome unwrap(const AgeStanza& stanza, SecretBytes* fileKey,
                           AgeError* error) const = 0;
};

} // namespace debrief
