#pragma once

#include <QByteArray>
#include <cstddef>
#include <memory>

namespace debrief {

// The 32-byte vault key in locked, guarded memory (libsodium), wiped when it goes away.
class VaultKey
{
public:
    static constexpr std::size_t Size = 32;

    static VaultKey generate();                                              // fresh random key
    static VaultKey fromBytes(const unsigned char* bytes, std::size_t size); // empty on bad size
    static VaultKey fromHex(const QByteArray& hex);                          // empty on bad input

    VaultKey() = default;
    bool isValid() const { return static_cast<bool>(m_bytes); }
    const unsigned char* data() const;
    VaultKey copy() const;

    // "x'<64 hex>'" for SQLCipher's raw-key form, in guarded memory, wiped afterwards.
    QByteArray toSqlCipherRawKeyLiteral() const;
    // Hex for storing in the OS secret store (which encrypts it itself).
    QByteArray toHex() const;

    bool operator==(const VaultKey& other) const;

private:
    struct Free
    {
        void operator()(unsigned char* p) const;
    };
    std::unique_ptr<unsigned char, Free> m_bytes;
};

// Overwrites a QByteArray's bytes before it is released.
void wipe(QByteArray& bytes);

// Initialises libsodium once (thread-safe, idempotent); every use of it goes through here.
bool sodiumReady();

} // namespace debrief
