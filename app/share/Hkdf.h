#pragma once

#include "share/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

// HMAC-SHA-256 and HKDF-SHA-256 (RFC 5869) on libsodium's HMAC: age derives every key with HKDF
// and authenticates its header with HMAC, and libsodium 1.0.18 has no HKDF of its own.
namespace debrief::hkdf {

constexpr qsizetype HashLength = 32;

// HMAC-SHA-256 of message under key (any key length; an empty key is as many zero bytes).
QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);
// HKDF-Extract then HKDF-Expand: length bytes (at most 255 × 32) in guarded memory; an empty
// salt stands for 32 zero bytes, as RFC 5869 says. Invalid on failure.
SecretBytes sha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info,
                   qsizetype length = HashLength);

} // namespace debrief::hkdf
