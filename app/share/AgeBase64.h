#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

// Base64 as age uses it (RFC 4648 standard alphabet, on libsodium's codec): unpadded in the
// header, padded in the ASCII armor. Decoding is strict: canonical encodings only.
namespace debrief::agebase64 {

QByteArray encode(QByteArrayView bytes);
// nullopt unless text is the canonical unpadded encoding of some bytes (no '=', no other
// characters, no stray bits).
std::optional<QByteArray> decode(QByteArrayView text);

QByteArray encodePadded(QByteArrayView bytes);
// nullopt unless text is the canonical padded encoding of some bytes.
std::optional<QByteArray> decodePadded(QByteArrayView text);

// True when every character is one of the 64 base64 characters (no padding).
bool isAlphabet(QByteArrayView text);

} // namespace debrief::agebase64
