#include "share/PassphraseIdentity.h"

#include "share/AgeBase64.h"
#include "share/FileKey.h"
#include "share/ScryptStanza.h"

#include <algorithm>
#include <climits>

namespace debrief {

namespace {

bool isDecimal(const QByteArray& text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

PassphraseIdentity::PassphraseIdentity(const QString& passphrase, int maxWorkFactor)
    : m_maxWorkFactor(std::min(maxWorkFactor, scryptstanza::MaxWorkFactor))
{
    QByteArray utf8 = passphrase.toUtf8();
    m_passphrase = SecretBytes::copyOf(utf8);
    wipeBytes(utf8);
}

QByteArray PassphraseIdentity::stanzaType() const
{
    return scryptstanza::Type;
}

AgeIdentity::Outcome PassphraseIdentity::unwrap(const AgeStanza& stanza, SecretBytes* fileKey,
                                                AgeError* error) const
{
    if (stanza.type() != scryptstanza::Type)
        return Outcome::NotMine;
    const auto invalid = [error](AgeError::Kind kind, const QString& why) {
        failWith(error, kind, QStringLiteral("scrypt stanza: ") + why);
        return Outcome::Invalid;
    };
    constexpr auto Header = AgeError::Kind::HeaderInvalid;
    if (stanza.args.size() != 3)
        return invalid(Header, QStringLiteral("wants exactly two arguments"));
    const auto salt = agebase64::decode(stanza.args.at(1));
    if (!salt || salt->size() != scryptstanza::SaltSize)
        return invalid(Header, QStringLiteral("the salt is not a canonical 16-byte value"));
    // The work factor: ^[1-9][0-9]*$. Compared as text first: a long number is above every
    // limit, and converting it could overflow.
    const QByteArray& factorText = stanza.args.at(2);
    if (!isDecimal(factorText) || factorText.front() == '0')
        return invalid(Header, QStringLiteral("the work factor is not a plain decimal number"));
    const int workFactor = factorText.size() > 2 ? INT_MAX : factorText.toInt();
    if (workFactor > m_maxWorkFactor)
        return invalid(AgeError::Kind::WorkFactorTooLarge,
                       QStringLiteral("work factor %1 is above the limit of %2")
                           .arg(QString::fromLatin1(factorText.left(20)))
                           .arg(m_maxWorkFactor));
    if (stanza.body.size() != filekey::WrappedSize)
        return invalid(Header, QStringLiteral("the body is not 32 bytes"));
    if (m_passphrase.size() == 0)
        return Outcome::NotMine;
    const SecretBytes wrapKey = scryptstanza::wrapKey(m_passphrase, *salt, workFactor);
    if (!wrapKey.isValid())
        return invalid(AgeError::Kind::WorkFactorTooLarge,
                       QStringLiteral("scrypt could not run (out of memory)"));
    SecretBytes key = filekey::open(wrapKey, stanza.body);
    if (!key.isValid())
        return Outcome::NotMine;
    *fileKey = std::move(key);
    return Outcome::Unwrapped;
}

} // namespace debrief
