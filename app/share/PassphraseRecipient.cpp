#include "share/PassphraseRecipient.h"

#include "share/AgeBase64.h"
#include "share/FileKey.h"
#include "share/ScryptStanza.h"

namespace debrief {

PassphraseRecipient::PassphraseRecipient(const QString& passphrase, int workFactor)
    : m_workFactor(workFactor)
{
    QByteArray utf8 = passphrase.toUtf8();
    m_passphrase = SecretBytes::copyOf(utf8);
    wipeBytes(utf8);
}

std::optional<AgeStanza> PassphraseRecipient::wrap(const SecretBytes& fileKey) const
{
    if (m_passphrase.size() == 0)
        return std::nullopt;
    const SecretBytes salt = SecretBytes::random(scryptstanza::SaltSize);
    if (!salt.isValid())
        return std::nullopt;
    const SecretBytes wrapKey = scryptstanza::wrapKey(m_passphrase, salt.view(), m_workFactor);
    QByteArray body = filekey::seal(wrapKey, fileKey);
    if (body.isEmpty())
        return std::nullopt;
    return AgeStanza{
        {scryptstanza::Type, agebase64::encode(salt.view()), QByteArray::number(m_workFactor)},
        body};
}

} // namespace debrief
