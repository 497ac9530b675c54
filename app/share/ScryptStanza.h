#pragma once

#include "share/SecretBytes.h"

#include <QByteArrayView>

// What the passphrase recipient and identity share: the stanza type and the wrap key
// scrypt(N = 2^workFactor, r = 8, p = 1) of the passphrase, salted with a label and 16 bytes.
namespace debrief::scryptstanza {

constexpr char Type[] = "scrypt";
constexpr qsizetype SaltSize = 16;
constexpr int MinWorkFactor = 1;
constexpr int MaxWorkFactor = 30; // 2^30 × 1 KiB: beyond any machine Debrief runs on

// Invalid when scrypt fails (out of memory, a work factor outside the range above).
SecretBytes wrapKey(const SecretBytes& passphrase, QByteArrayView salt, int workFactor);

} // namespace debrief::scryptstanza
