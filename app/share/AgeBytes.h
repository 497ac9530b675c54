#pragma once

#include "share/AgeError.h"
#include "share/AgeIdentity.h"
#include "share/AgeRecipient.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

// Whole age files in memory, for small things (a comment, a key file): the streaming
// AgeEncryptor and AgeDecryptor over buffers. Large data should stream instead.
namespace debrief::agebytes {

// The age file for plaintext; nullopt and *error on failure.
std::optional<QByteArray> encrypt(QByteArrayView plaintext,
                                  const QList<const AgeRecipient*>& recipients,
                                  AgeError* error = nullptr, bool armor = false);
// The plaintext of an age file (binary or armored); nullopt and *error on failure, and then
// no partial plaintext is returned (what was decrypted is wiped).
std::optional<QByteArray> decrypt(QByteArrayView file, const QList<const AgeIdentity*>& identities,
                                  AgeError* error = nullptr);

} // namespace debrief::agebytes
