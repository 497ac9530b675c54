// libFuzzer target for sharing keys (SECURITY.md RE-4): a coach's public key ("age1…", Bech32)
// arrives by paste, mail or chat and goes through X25519Recipient::parse before a share is
// encrypted to it. Nothing may crash or read out of bounds; a refusal has a message for the
// person; a key it accepts is 32 bytes and its written form reads back to the same key.

#include "share/X25519Recipient.h"

#include <QString>
#include <cstddef>
#include <cstdint>

using namespace debrief;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString pasted = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    AgeError error;
    const auto recipient = X25519Recipient::parse(pasted, &error);
    if (!recipient) {
        if (!error || error.message().isEmpty())
            __builtin_trap();
        return 0;
    }
    if (recipient->publicKey().size() != 32)
        __builtin_trap();
    const auto again = X25519Recipient::parse(recipient->toString());
    if (!again || !(*again == *recipient))
        __builtin_trap();
    return 0;
}
