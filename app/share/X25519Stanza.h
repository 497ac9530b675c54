#pragma once

#include "share/SecretBytes.h"

#include <QByteArrayView>

// What the X25519 recipient and identity share: the stanza type and the wrap key derivation
// (HKDF of the shared secret, salted with the ephemeral share and the recipient's key).
namespace debrief::x25519stanza {

constexpr char Type[] = "X25519";
constexpr qsizetype KeySize = 32;

// X25519(scalar, point) into guarded memory; invalid when the result is all zero (a low-order
// point), which age requires to abort on.
SecretBytes sharedSecret(const SecretBytes& scalar, QByteArrayView point);
SecretBytes wrapKey(const SecretBytes& sharedSecret, QByteArrayView ephemeralShare,
                    QByteArrayView recipientKey);

} // namespace debrief::x25519stanza
