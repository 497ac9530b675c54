#pragma once

#include <QByteArrayView>
#include <cstddef>
#include <memory>

namespace debrief {

// Key material (file keys, derived keys, X25519 secrets, passphrases) in libsodium's guarded,
// locked memory, zeroed when it goes away. Never copied implicitly.
class SecretBytes
{
public:
    SecretBytes() = default;
    // size zero bytes; isValid() is false when libsodium could not allocate them.
    explicit SecretBytes(std::size_t size);
    static SecretBytes random(std::size_t size);
    static SecretBytes copyOf(QByteArrayView bytes);

    bool isValid() const { return static_cast<bool>(m_bytes); }
    std::size_t size() const { return m_size; }
    unsigned char* data() { return m_bytes.get(); }
    const unsigned char* data() const { return m_bytes.get(); }
    QByteArrayView view() const;
    SecretBytes copy() const;
    // Constant-time comparison of size and contents.
    bool equals(const SecretBytes& other) const;

private:
    struct Free
    {
        void operator()(unsigned char* p) const;
    };
    std::unique_ptr<unsigned char, Free> m_bytes;
    std::size_t m_size = 0;
};

// Initialises libsodium once (thread-safe, idempotent) for the share layer.
bool shareSodiumReady();

// Overwrites a QByteArray's bytes (plaintext or secret text) and empties it.
void wipeBytes(QByteArray& bytes);

} // namespace debrief
