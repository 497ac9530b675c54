#include "share/AgeBase64.h"

#include "share/SecretBytes.h"

#include <sodium.h>

namespace debrief::agebase64 {

namespace {

QByteArray encodeWith(QByteArrayView bytes, int variant)
{
    if (!shareSodiumReady())
        return {};
    const size_t length = sodium_base64_encoded_len(size_t(bytes.size()), variant);
    QByteArray text(qsizetype(length), '\0'); // includes the terminating NUL
    sodium_bin2base64(text.data(), length, reinterpret_cast<const unsigned char*>(bytes.data()),
                      size_t(bytes.size()), variant);
    text.chop(1);
    return text;
}

std::optional<QByteArray> decodeWith(QByteArrayView text, int variant)
{
    if (!shareSodiumReady())
        return std::nullopt;
    QByteArray bytes(text.size() / 4 * 3 + 3, '\0');
    size_t written = 0;
    // No characters to ignore and no end pointer: libsodium then insists on consuming all of
    // text, and rejects non-zero leftover bits and wrong padding (canonical encodings only).
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), size_t(bytes.size()),
                          text.data(), size_t(text.size()), nullptr, &written, nullptr,
                          variant) != 0)
        return std::nullopt;
    bytes.truncate(qsizetype(written));
    return bytes;
}

} // namespace

QByteArray encode(QByteArrayView bytes)
{
    return encodeWith(bytes, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    if (!isAlphabet(text))
        return std::nullopt;
    return decodeWith(text, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
}

QByteArray encodePadded(QByteArrayView bytes)
{
    return encodeWith(bytes, sodium_base64_VARIANT_ORIGINAL);
}

std::optional<QByteArray> decodePadded(QByteArrayView text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    return decodeWith(text, sodium_base64_VARIANT_ORIGINAL);
}

bool isAlphabet(QByteArrayView text)
{
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace debrief::agebase64
