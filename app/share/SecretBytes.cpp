#include "share/SecretBytes.h"

#include <QByteArray>
#include <cstring>
#include <sodium.h>

namespace debrief {

bool shareSodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void wipeBytes(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void SecretBytes::Free::operator()(unsigned char* p) const
{
    sodium_free(p); // zeroes before freeing
}

SecretBytes::SecretBytes(std::size_t size)
{
    // sodium_malloc(0) may return null; one byte keeps an empty secret valid.
    if (!shareSodiumReady())
        return;
    m_bytes.reset(static_cast<unsigned char*>(sodium_malloc(size == 0 ? 1 : size)));
    if (!m_bytes)
        return;
    sodium_memzero(m_bytes.get(), size == 0 ? 1 : size);
    m_size = size;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes secret(size);
    if (secret.isValid())
        randombytes_buf(secret.data(), size);
    return secret;
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes secret(std::size_t(bytes.size()));
    if (secret.isValid() && !bytes.isEmpty())
        std::memcpy(secret.data(), bytes.data(), std::size_t(bytes.size()));
    return secret;
}

QByteArrayView SecretBytes::view() const
{
    return {reinterpret_cast<const char*>(m_bytes.get()), qsizetype(m_size)};
}

SecretBytes SecretBytes::copy() const
{
    return isValid() ? copyOf(view()) : SecretBytes();
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    if (isValid() != other.isValid() || m_size != other.m_size)
        return false;
    return !isValid() || m_size == 0 || sodium_memcmp(data(), other.data(), m_size) == 0;
}

} // namespace debrief
