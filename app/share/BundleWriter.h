#pragma once

#include "share/AgeRecipient.h"
#include "share/BundleModel.h"
#include "share/ShareError.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QIODevice;

namespace debrief {

class ShareProgress;

// Writes a Debrief file: entries.md, entries.json and audio/<n>.opus in a zip, age-encrypted as
// it is written (ZipStreamWriter into AgeEncryptor), so no plaintext ever reaches the disk.
// Memory: the two text files, the voice note being written and the encryptor's 1 MiB batch.
class BundleWriter
{
public:
    // A voice note's audio, exactly byteCount bytes; nullopt and *error on failure.
    using AudioSource = std::function<std::optional<QByteArray>(const BundleRecording& recording,
                                                                ShareError* error)>;

    // Gives every voice note its file name (audio/1.opus, audio/2.opus, …) in file order.
    static void numberAudio(BundleContent* content);

    // Into sink (open for writing). On failure the sink holds an unusable partial file.
    static bool write(QIODevice* sink, const BundleContent& content, const QString& markdown,
                      const AudioSource& audio, const QList<const AgeRecipient*>& recipients,
                      ShareProgress* progress, ShareError* error);
    // Into the file at path, which appears only once it is complete (QSaveFile): a failure or
    // cancel leaves no file and any file already there untouched.
    static bool writeFile(const QString& path, const BundleContent& content,
                          const QString& markdown, const AudioSource& audio,
                          const QList<const AgeRecipient*>& recipients, ShareProgress* progress,
                          ShareError* error);
};

} // namespace debrief
