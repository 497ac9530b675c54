#pragma once

#include "share/AgeIdentity.h"

#include <QString>

namespace debrief {

// A passphrase to open a file with (age's scrypt identity). Refuses stanzas asking for more
// scrypt work than maxWorkFactor, so a hostile file cannot make Debrief spend minutes and
// gigabytes before failing.
class PassphraseIdentity : public AgeIdentity
{
public:
    static constexpr int DefaultMaxWorkFactor = 22; // as age: 4 GiB, ~15 s on a laptop

    explicit PassphraseIdentity(const QString& passphrase,
                                int maxWorkFactor = DefaultMaxWorkFactor);

    QByteArray stanzaType() const override;
    Outcome unwrap(const AgeStanza& stanza, SecretBytes* fileKey, AgeError* error) const override;

private:
    SecretBytes m_passphrase;
    int m_maxWorkFactor;
};

} // namespace debrief
