#pragma once

#include "share/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

// The 16-byte file key of an age file and how stanzas carry it: ChaCha20-Poly1305 under a
// stanza's wrap key with an all-zero nonce (the wrap key is never reused).
namespace debrief::filekey {

constexpr qsizetype Size = 16;
constexpr qsizetype WrappedSize = 32; // the key and its 16-byte tag: every native stanza body

SecretBytes generate();
// The stanza body for fileKey; empty on failure.
QByteArray seal(const SecretBytes& wrapKey, const SecretBytes& fileKey);
// The file key in body, or an invalid SecretBytes when body does not authenticate (or is not
// WrappedSize bytes: callers check that first, as the spec asks).
SecretBytes open(const SecretBytes& wrapKey, QByteArrayView body);

} // namespace debrief::filekey
