#pragma once

#include "share/AgeRecipient.h"

#include <QString>

namespace debrief {

// A passphrase to encrypt with (age's scrypt recipient): for a coach without keys, or a backup.
// It must be the only recipient of a file.
class PassphraseRecipient : public AgeRecipient
{
public:
    static constexpr int DefaultWorkFactor = 18; // log2 of scrypt's N, as age uses (~1 s)

    // The passphrase's UTF-8 bytes, as typed (age does not normalise them either). workFactor
    // outside 1…30 or an empty passphrase make wrap() fail.
    explicit PassphraseRecipient(const QString& passphrase, int workFactor = DefaultWorkFactor);

    int workFactor() const { return m_workFactor; }
    std::optional<AgeStanza> wrap(const SecretBytes& fileKey) const override;
    bool mustBeAlone() const override { return true; }

private:
    SecretBytes m_passphrase;
    int m_workFactor;
};

} // namespace debrief
