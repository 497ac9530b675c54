#pragma once

#include "core/LoopRecord.h"
#include "core/Recording.h"
#include "core/Reflection.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QVector>

// What a Debrief file (a share, comments sent back, or a backup) holds, as C++ values: what
// BundleJson writes to and reads from entries.json and BundleMarkdown shows in entries.md. The
// format itself is documented in docs/bundle-format.md.
namespace debrief {

enum class BundleKind
{
    Share,    // selected entries for a coach
    Comments, // a coach's comments, back to the person who shared
    Backup,   // everything in a vault
};

// The parts of an entry a person chose to share. A part left out appears nowhere in the file.
struct ShareFields
{
    bool text = true;    // the reflection's text and its tags
    bool answers = true; // stage answers, failure type, the moves between stages and why
    bool lessons = true; // lessons, possible changes and experiments
    bool voice = true;   // voice notes (spoken answers only together with answers)

    static ShareFields everything() { return {}; }
    bool operator==(const ShareFields& o) const
    {
        return text == o.text && answers == o.answers && lessons == o.lessons && voice == o.voice;
    }
};

// One voice note in the file: audio/<n>.opus (Ogg Opus, exactly as recorded).
struct BundleRecording
{
    QString file;     // "audio/3.opus"
    QString promptId; // "" for the main voice note, else the loop prompt it answers
    QString format = oggOpusFormat();
    RecordingState state = RecordingState::Complete;
    qint64 durationMs = 0;
    qint64 byteCount = 0; // the audio's size (writing: from the vault; reading: from the zip)
    // Writing: where the audio comes from: a recording (AudioStore), or with received, a voice
    // note someone shared (ReceivedStore, by its entry and prompt).
    qint64 source = 0;
    bool received = false;
};

// One entry: the reflection and its loop, with only the chosen parts filled in.
struct BundleEntry
{
    QString uuid; // the entry's stable id (ReflectionUuids)
    ShareFields fields;
    Reflection reflection; // text and tags only with fields.text; example only in backups
    LoopRecord loop;       // stage always; the rest only with its part
    // The question each answer answered, as worded then (keyed by prompt id), for readers
    // without Debrief.
    QMap<QString, QString> questions;
    QVector<BundleRecording> recordings;
};

// Someone who writes a file: their name and their public key, for answers to come back.
struct BundlePerson
{
    QString name;
    QString recipient; // "age1…"
};

// A coach's comment on one entry (Comments files).
struct BundleComment
{
    QString entryUuid;
    QString text;
    LocalMoment written;
    // For entries.md only: when the entry was written and its first line, if the coach has it.
    QDateTime entryCreated;
    QString entryFirstLine;
};

// Backups only: the vault's own key pair.
struct BundleIdentity
{
    QByteArray secretKey; // "AGE-SECRET-KEY-1…"
    QString recipient;
    QString displayName;
    QDateTime created;
};

// Backups only: a coach the person shares with.
struct BundleCoach
{
    QString name;
    QString recipient;
    QDateTime added;
};

// Backups only: one entry someone shared with this vault, as it arrived.
struct BundleReceivedEntry
{
    BundleEntry entry; // as shared (only the parts the sender chose)
    QDateTime received;
    bool hasComment = false;
    QString comment;
    LocalMoment commentUpdated;
};

// Backups only: someone who shared with this vault, and what they shared.
struct BundleSender
{
    BundlePerson person;
    QDateTime lastReceived;
    QVector<BundleReceivedEntry> entries;
};

// Backups only: a comment a coach sent back on one of the person's entries.
struct BundleEntryComment
{
    QString entryUuid;
    BundlePerson coach;
    QString text;
    LocalMoment written;
    QDateTime received;
};

// A whole file's contents.
struct BundleContent
{
    BundleKind kind = BundleKind::Share;
    QDateTime created;
    BundlePerson sender; // Share and Comments: who sent it
    QVector<BundleEntry> entries;
    QVector<BundleComment> comments;
    // Backups only.
    bool hasIdentity = false;
    BundleIdentity identity;
    QVector<BundleCoach> coaches;
    QVector<BundleSender> received;
    QVector<BundleEntryComment> entryComments;

    // Every voice note in the file (of entries whose voice goes along), in file order.
    QVector<const BundleRecording*> recordings() const;
};

} // namespace debrief
