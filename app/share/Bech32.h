#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

// Bech32 (BIP 173) as age uses it for keys: age1… and AGE-SECRET-KEY-1…, with no length limit.
// All lowercase or all uppercase; the checksum is over the lowercase form.
namespace debrief::bech32 {

struct Decoded
{
    QByteArray hrp;  // the human-readable part, lowercased
    QByteArray data; // the payload as 8-bit bytes
};

// hrp must be printable ASCII without uppercase letters; the result is lowercase unless
// upperCase is set.
QByteArray encode(QByteArrayView hrp, QByteArrayView data, bool upperCase = false);
// nullopt on any deviation: mixed case, bad characters, bad checksum, non-zero padding bits.
std::optional<Decoded> decode(QByteArrayView text);

} // namespace debrief::bech32
