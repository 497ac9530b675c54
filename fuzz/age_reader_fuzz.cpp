// libFuzzer target for the age reader (SECURITY.md RE-4): any bytes, binary or armored, go
// through AgeDecryptor as an opened share or backup would, with the test kit's X25519 identity
// and passphrase so that mutated headers and payloads of the seed corpus (fuzz/corpus/age) reach
// the stanza, MAC and STREAM code. Whatever the result, nothing may crash, hang, leak or read
// out of bounds (AddressSanitizer and UBSan watch).

#include "share/AgeDecryptor.h"
#include "share/PassphraseIdentity.h"
#include "share/X25519Identity.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

using namespace debrief;

namespace {

// The identity and passphrase of the test kit's vectors in the seed corpus.
constexpr char KitIdentity[] =
    "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0";
// The kit's passphrase vectors use a work factor of 10; more would make each run slow.
constexpr int FuzzMaxWorkFactor = 10;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const X25519Identity identity = *X25519Identity::parse(KitIdentity);
    static const PassphraseIdentity passphrase(QStringLiteral("password"), FuzzMaxWorkFactor);

    QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer source(&input);
    source.open(QIODevice::ReadOnly);
    AgeDecryptor decryptor(&source);
    if (decryptor.readHeader() && decryptor.unlock({&identity, &passphrase})) {
        QByteArray chunk;
        while (decryptor.readChunk(&chunk)) {
        }
    }
    // Every failure has a message for the person.
    if (decryptor.error() && decryptor.error().message().isEmpty())
        __builtin_trap();
    return 0;
}
