#pragma once

#include "share/AgeError.h"
#include "share/AgeStanza.h"
#include "share/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <optional>

class QIODevice;

namespace debrief {

// Limits on a header read from outside (untrusted input); generous for real files.
struct AgeHeaderLimits
{
    qint64 maxBytes = 256 * 1024;  // the whole header
    int maxStanzas = 256;          // recipients
    qint64 maxArgumentLine = 4096; // one "->" line (post-quantum shares are ~1.5 KB)
};

// The textual age v1 header: the version line, the recipient stanzas and the MAC. Read strictly
// (canonical base64, 64-column bodies ending in a short line, LF only) or built for a new file.
class AgeHeader
{
public:
    static constexpr char VersionLine[] = "age-encryption.org/v1";

    // Reads exactly the header from source, leaving it at the payload. nullopt and *error
    // (NotAgeFile, UnsupportedVersion, HeaderInvalid, TooLarge or Io) on failure.
    static std::optional<AgeHeader> read(QIODevice* source, const AgeHeaderLimits& limits,
                                         AgeError* error);
    // The header text for stanzas, MACed with fileKey, ending with a line feed.
    static QByteArray encode(const QList<AgeStanza>& stanzas, const SecretBytes& fileKey);

    const QList<AgeStanza>& stanzas() const { return m_stanzas; }
    // True when the header's MAC verifies under fileKey (constant time).
    bool macMatches(const SecretBytes& fileKey) const;

private:
    static QByteArray mac(const QByteArray& headerUpToMac, const SecretBytes& fileKey);

    QList<AgeStanza> m_stanzas;
    QByteArray m_macInput; // the header as read, up to and including "---"
    QByteArray m_mac;
};

} // namespace debrief
