#pragma once

#include "share/BundleLimits.h"
#include "share/ShareError.h"

#include <QByteArray>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>

class QIODevice;

namespace debrief {

// Reads a zip archive from outside (untrusted) through libzip, from a random-access device
// (AgeSeekableReader: the plaintext is never on disk). Opening checks the whole directory
// against the limits: the number of files, each file's size and compression ratio and the sum
// of all sizes (zip bombs), and refuses names that could escape a folder (absolute, "..",
// backslashes, control characters), directories, duplicates, encryption and compression other
// than store and deflate. Reading a file never inflates more than its declared size.
class ZipReader
{
public:
    struct File
    {
        qint64 index = 0;
        QString name;
        qint64 size = 0;           // uncompressed, as declared
        qint64 compressedSize = 0; // as declared
    };

    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    // device must stay open and unchanged while the reader lives. nullptr and *error
    // (NotABundle, UnsafeContent, TooLarge) on failure.
    static std::unique_ptr<ZipReader> open(QIODevice* device, const BundleLimits& limits,
                                           ShareError* error);

    const QVector<File>& files() const { return m_files; }
    const File* find(const QString& name) const;
    // The whole file (at most maxBytes, else TooLarge); NotABundle when its data do not match
    // its checksum or declared size.
    std::optional<QByteArray> read(const QString& name, qint64 maxBytes, ShareError* error) const;

    struct Source;

private:
    ZipReader() = default;
    std::unique_ptr<Source> m_source;
    QVector<File> m_files;
};

} // namespace debrief
