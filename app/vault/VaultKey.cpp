#include "vault/VaultKey.h"

#include <cstring>
#include <sodium.h>

namespace debrief {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void VaultKey::Free::operator()(unsigned char* p) const
{
    sodium_free(p); // zeroes before freeing
}

VaultKey VaultKey::generate()
{
    VaultKey key;
    if (!sodiumReady())
        return key;
    key.m_bytes.reset(static_cast<unsigned char*>(sodium_malloc(Size)));
    if (key.m_bytes)
        randombytes_buf(key.m_bytes.get(), Size);
    return key;
}

VaultKey VaultKey::fromBytes(const unsigned char* bytes, std::size_t size)
{
    VaultKey key;
    if (size != Size || !bytes || !sodiumReady())
        return key;
    key.m_bytes.reset(static_cast<unsigned char*>(sodium_malloc(Size)));
    if (key.m_bytes)
        std::memcpy(key.m_bytes.get(), bytes, Size);
    return key;
}

VaultKey VaultKey::fromHex(const QByteArray& hex)
{
    unsigned char raw[Size];
    size_t len = 0;
    VaultKey key;
    if (sodiumReady() &&
        sodium_hex2bin(raw, Size, hex.constData(), size_t(hex.size()), nullptr, &len, nullptr) ==
            0 &&
        len == Size && size_t(hex.size()) == 2 * Size)
        key = fromBytes(raw, Size);
    sodium_memzero(raw, sizeof raw);
    return key;
}

const unsigned char* VaultKey::data() const
{
    return m_bytes.get();
}

VaultKey VaultKey::copy() const
{
    return isValid() ? fromBytes(m_bytes.get(), Size) : VaultKey();
}

QByteArray VaultKey::toHex() const
{
    if (!isValid())
        return {};
    QByteArray hex(int(2 * Size + 1), '\0');
    sodium_bin2hex(hex.data(), size_t(hex.size()), m_bytes.get(), Size);
    hex.chop(1);
    return hex;
}

QByteArray VaultKey::toSqlCipherRawKeyLiteral() const
{
    QByteArray hex = toHex();
    QByteArray literal = "x'" + hex + "'";
    wipe(hex);
    return literal;
}

bool VaultKey::operator==(const VaultKey& other) const
{
    if (!isValid() || !other.isValid())
        return isValid() == other.isValid();
    return sodium_memcmp(m_bytes.get(), other.m_bytes.get(), Size) == 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace debrief
