// libFuzzer target for entries.json alone (SECURITY.md RE-4): any bytes go through
// bundlejson::read (QJsonDocument, then the schema checks of docs/bundle-format.md), and what
// reads is written again and must read back. Nothing may crash, hang, leak or read out of
// bounds, and every refusal has a message.

#include "share/BundleJson.h"

#include <cstddef>
#include <cstdint>

using namespace debrief;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    ShareError error;
    const auto content = bundlejson::read(input, {}, &error);
    if (!content) {
        if (error.message().isEmpty())
            __builtin_trap();
        return 0;
    }
    // What Debrief reads, it writes back in a form it reads again.
    if (!bundlejson::read(bundlejson::write(*content), {}, &error))
        __builtin_trap();
    return 0;
}
