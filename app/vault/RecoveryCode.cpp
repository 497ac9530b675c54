#include "vault/RecoveryCode.h"

#include "vault/VaultKey.h"

#include <cstring>
#include <sodium.h>

namespace debrief::recoverycode {

namespace {
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int Symbols = 24;                                     // 24 x 5 bits = 120 bits
constexpr int Group = 4;
} // namespace

QString generate()
{
    if (!sodiumReady())
        return {};
    QString code;
    code.reserve(Symbols);
    for (int i = 0; i < Symbols; ++i)
        code.append(QLatin1Char(Alphabet[randombytes_uniform(32)]));
    return format(code);
}

QString normalize(const QString& input)
{
    QString out;
    for (QChar c : input) {
        if (c.isSpace() || c == u'-')
            continue;
        c = c.toUpper();
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        if (c.unicode() == 0 || c.unicode() > 127 || !std::strchr(Alphabet, char(c.unicode())))
            return {};
        out.append(c);
    }
    return out.size() == Symbols ? out : QString();
}

bool looksLikeCode(const QString& input)
{
    return !normalize(input).isEmpty();
}

QString format(const QString& canonical)
{
    QString out;
    for (int i = 0; i < canonical.size(); ++i) {
        if (i > 0 && i % Group == 0)
            out.append(u'-');
        out.append(canonical.at(i));
    }
    return out;
}

} // namespace debrief::recoverycode
