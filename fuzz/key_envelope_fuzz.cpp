// libFuzzer target for the key envelope (SECURITY.md RE-4): a vault folder copied from
// elsewhere, a restored one or a damaged disk hands any bytes to KeyEnvelope::fromJson, as
// VaultFiles reads vault.key. Whatever the input, nothing may crash, hang, leak or read out of
// bounds; a refusal says why; what is read writes back as an envelope that reads again with the
// same vault id and slots. Argon2id is never run here (a slot's cost comes from the input).

#include "vault/KeyEnvelope.h"
#include "vault/VaultKey.h"

#include <cstddef>
#include <cstdint>

using namespace debrief;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const VaultKey key = VaultKey::fromHex(QByteArray(64, '7'));

    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    VaultError error;
    const auto envelope = KeyEnvelope::fromJson(input, &error);
    if (!envelope) {
        if (!error || error.message().isEmpty())
            __builtin_trap();
        return 0;
    }
    if (error || envelope->vaultId().isEmpty() || envelope->secretKinds().isEmpty())
        __builtin_trap();
    (void)envelope->checks(key); // the key-check value against a key of the right size
    // What Debrief reads, it writes back in a form it reads again.
    const auto again = KeyEnvelope::fromJson(envelope->toJson(), &error);
    if (!again || again->vaultId() != envelope->vaultId() ||
        again->secretKinds() != envelope->secretKinds())
        __builtin_trap();
    return 0;
}
