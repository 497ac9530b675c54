#pragma once

#include "share/AgeIdentity.h"
#include "share/BundleLimits.h"
#include "share/BundleModel.h"
#include "share/ShareError.h"

#include <QByteArray>
#include <QList>
#include <memory>
#include <optional>

class QIODevice;

namespace debrief {

class AgeSeekableReader;
class ZipReader;

// Opens a Debrief file from outside (a .debrief share, comments, a backup): decrypts it (never to
// disk), reads the zip within the limits for untrusted input, and checks entries.json against
// the format. Only the known names may be in the zip (entries.md, entries.json, audio/<n>.opus),
// every voice note's file must be there and every audio file named by exactly one voice note,
// and audio must be Ogg. Voice notes are read one at a time, when asked for.
//
// Memory: a binary age file on a random-access device is read at random, one authenticated
// 64 KiB chunk at a time (AgeSeekableReader); an armored file or a pipe is decrypted into
// memory whole, at most limits.maxInMemoryBytes. Plus entries.json and the voice note being read.
class BundleReader
{
public:
    ~BundleReader();
    BundleReader(const BundleReader&) = delete;
    BundleReader& operator=(const BundleReader&) = delete;

    // file must stay open while the reader lives; identities are used only during this call.
    static std::unique_ptr<BundleReader> open(QIODevice* file,
                                              const QList<const AgeIdentity*>& identities,
                                              const BundleLimits& limits, ShareError* error);
    // A zip that is already plaintext (tests, the fuzz target).
    static std::unique_ptr<BundleReader> openZip(QIODevice* zip, const BundleLimits& limits,
                                                 ShareError* error);
    // Whether an age file is protected by a passphrase (so ask for one) rather than a key;
    // reads the header only. nullopt and *error when it is not a readable age file.
    static std::optional<bool> needsPassphrase(QIODevice* file, ShareError* error);

    const BundleContent& content() const { return m_content; }
    // One voice note's audio (a file named in content()), exactly as it was recorded.
    std::optional<QByteArray> audio(const QString& file, ShareError* error) const;
    // entries.md as it is in the file.
    std::optional<QByteArray> markdown(ShareError* error) const;

private:
    BundleReader() = default;
    bool load(ShareError* error);
    // A failure of the zip layer may be the decryption underneath: then that is the reason.
    ShareError explain(ShareError error) const;

    BundleLimits m_limits;
    std::unique_ptr<AgeSeekableReader> m_plain; // random access to the decrypted file
    std::unique_ptr<QIODevice> m_memory;        // or the decrypted file in memory
    QByteArray m_memoryBytes;
    std::unique_ptr<ZipReader> m_zip;
    BundleContent m_content;
};

} // namespace debrief
