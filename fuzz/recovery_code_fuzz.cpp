// libFuzzer target for the recovery code reader (SECURITY.md RE-4): whatever a person types or
// pastes at "Unlock with your recovery code" (any UTF-8 or UTF-16, spaces, dashes, look-alike
// letters) goes through recoverycode::normalize. Nothing may crash or read out of bounds; a
// code it accepts is 24 Crockford symbols, reads the same again, and its grouped display form
// reads back to it.

#include "vault/RecoveryCode.h"

#include <QString>
#include <cstddef>
#include <cstdint>

using namespace debrief;

namespace {

void check(const QString& typed)
{
    const QString code = recoverycode::normalize(typed);
    if (recoverycode::looksLikeCode(typed) != !code.isEmpty())
        __builtin_trap();
    if (code.isEmpty())
        return;
    if (code.size() != 24)
        __builtin_trap();
    for (const QChar c : code) {
        if (!QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ").contains(c))
            __builtin_trap();
    }
    if (recoverycode::normalize(code) != code ||
        recoverycode::normalize(recoverycode::format(code)) != code)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    check(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)));
    // The same bytes as UTF-16, as a clipboard on another platform may hand them over.
    check(QString(reinterpret_cast<const QChar*>(data), qsizetype(size / 2)));
    return 0;
}
