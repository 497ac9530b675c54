#pragma once

#include <QtGlobal>

namespace debrief {

// Limits on a Debrief file from outside (untrusted input): generous for real shares and
// backups, small enough that a hostile file cannot exhaust memory or disk (zip bombs).
struct BundleLimits
{
    // The zip.
    int maxZipFiles = 20000;                               // files in the archive
    qint64 maxJsonBytes = qint64(256) * 1024 * 1024;       // entries.json, uncompressed
    qint64 maxMarkdownBytes = qint64(256) * 1024 * 1024;   // entries.md (never parsed)
    qint64 maxAudioBytes = qint64(256) * 1024 * 1024;      // one voice note
    qint64 maxTotalBytes = qint64(8) * 1024 * 1024 * 1024; // every file, uncompressed
    int maxCompressionRatio = 200;                         // uncompressed ÷ compressed, for
    qint64 ratioFloor = qint64(1) * 1024 * 1024;           // files larger than this
    // An age file that cannot be read at random (ASCII-armored, or from a pipe) is decrypted
    // into memory whole: at most this much.
    qint64 maxInMemoryBytes = qint64(512) * 1024 * 1024;
    // entries.json.
    int maxEntries = 100000;    // entries, comments, received entries, coaches
    int maxItems = 1000;        // answers, lessons, changes, experiments, moves, tags, voice
    int maxTextChars = 1000000; // one text (a reflection, an answer, a comment)
    int maxShortChars = 200;    // names, keys, time zones, prompt ids
};

} // namespace debrief
