#include "share/Bech32.h"

#include <QList>
#include <cstdint>
#include <sodium.h>

namespace debrief::bech32 {

namespace {

constexpr char Charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr int ChecksumLength = 6;

std::uint32_t polymod(const QList<std::uint8_t>& values)
{
    constexpr std::uint32_t Generator[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd,
                                            0x2a1462b3};
    std::uint32_t checksum = 1;
    for (const std::uint8_t v : values) {
        const std::uint32_t top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1)
                checksum ^= Generator[i];
        }
    }
    return checksum;
}

QList<std::uint8_t> expandHrp(QByteArrayView hrp)
{
    QList<std::uint8_t> values;
    values.reserve(hrp.size() * 2 + 1);
    for (const char c : hrp)
        values.append(std::uint8_t(std::uint8_t(c) >> 5));
    values.append(0);
    for (const char c : hrp)
        values.append(std::uint8_t(std::uint8_t(c) & 31));
    return values;
}

// Regroups bits from `from`-bit to `to`-bit values. Encoding pads the last group with zero bits;
// decoding refuses a padding of `from` bits or more, or any non-zero padding bit.
std::optional<QList<std::uint8_t>> regroup(const QList<std::uint8_t>& in, int from, int to,
                                           bool pad)
{
    std::uint32_t accumulator = 0;
    int bits = 0;
    const std::uint32_t mask = (1u << to) - 1;
    QList<std::uint8_t> out;
    out.reserve(in.size() * from / to + 1);
    for (const std::uint8_t value : in) {
        if ((value >> from) != 0)
            return std::nullopt;
        accumulator = (accumulator << from) | value;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.append(std::uint8_t((accumulator >> bits) & mask));
        }
        accumulator &= (1u << bits) - 1;
    }
    if (pad) {
        if (bits > 0)
            out.append(std::uint8_t((accumulator << (to - bits)) & mask));
    } else if (bits >= from || accumulator != 0) {
        return std::nullopt;
    }
    return out;
}

// Secret keys pass through here too: their intermediate values are zeroed after use.
void wipe(QList<std::uint8_t>& values)
{
    if (!values.isEmpty())
        sodium_memzero(values.data(), size_t(values.size()));
}

int charsetIndex(char c)
{
    for (int i = 0; i < 32; ++i) {
        if (Charset[i] == c)
            return i;
    }
    return -1;
}

} // namespace

QByteArray encode(QByteArrayView hrp, QByteArrayView data, bool upperCase)
{
    QList<std::uint8_t> bytes;
    bytes.reserve(data.size());
    for (const char c : data)
        bytes.append(std::uint8_t(c));
    QList<std::uint8_t> groups = *regroup(bytes, 8, 5, true);
    wipe(bytes);

    QList<std::uint8_t> values = expandHrp(hrp);
    values.append(groups);
    for (int i = 0; i < ChecksumLength; ++i)
        values.append(0);
    const std::uint32_t checksum = polymod(values) ^ 1;

    QByteArray text = hrp.toByteArray() + '1';
    for (const std::uint8_t g : groups)
        text.append(Charset[g]);
    for (int i = 0; i < ChecksumLength; ++i)
        text.append(Charset[(checksum >> (5 * (ChecksumLength - 1 - i))) & 31]);
    wipe(groups);
    wipe(values);
    if (upperCase) {
        for (char& c : text)
            c = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    }
    return text;
}

std::optional<Decoded> decode(QByteArrayView text)
{
    bool lower = false;
    bool upper = false;
    for (const char c : text) {
        if (c < 33 || c > 126)
            return std::nullopt;
        lower |= c >= 'a' && c <= 'z';
        upper |= c >= 'A' && c <= 'Z';
    }
    if (lower && upper)
        return std::nullopt;
    QByteArray folded = text.toByteArray();
    for (char& c : folded)
        c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    const qsizetype separator = folded.lastIndexOf('1');
    if (separator < 1 || folded.size() - separator - 1 < ChecksumLength)
        return std::nullopt;

    const QByteArray hrp = folded.left(separator);
    QList<std::uint8_t> values = expandHrp(hrp);
    QList<std::uint8_t> groups;
    bool charactersOk = true;
    for (qsizetype i = separator + 1; i < folded.size() && charactersOk; ++i) {
        const int index = charsetIndex(folded.at(i));
        charactersOk = index >= 0;
        values.append(std::uint8_t(index));
        groups.append(std::uint8_t(index));
    }
    const bool checksumOk = charactersOk && polymod(values) == 1;
    if (checksumOk)
        groups.resize(groups.size() - ChecksumLength);
    auto bytes = checksumOk ? regroup(groups, 5, 8, false) : std::nullopt;
    wipe(values);
    wipe(groups);
    if (folded.size() > 0)
        sodium_memzero(folded.data(), size_t(folded.size()));
    if (!bytes)
        return std::nullopt;
    Decoded decoded{hrp, {}};
    decoded.data.reserve(bytes->size());
    for (const std::uint8_t b : *bytes)
        decoded.data.append(char(b));
    wipe(*bytes);
    return decoded;
}

} // namespace debrief::bech32
