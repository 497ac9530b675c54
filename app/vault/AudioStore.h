#pragma once

#include "core/Recording.h"
#include "vault/VaultError.h"

#include <QByteArray>
#include <QVector>
#include <optional>

namespace debrief {

class Database;

// Voice recordings in the vault, stored in chunks as they are recorded (one transaction per
// chunk, so a crash loses at most the chunk being written) and read back whole. The audio never
// exists anywhere else on disk.
class AudioStore
{
public:
    explicit AudioStore(Database& db);

    // A new reflection (no text yet, created at when) and its main voice note, state Recording,
    // in one transaction: both exist, or neither.
    RecordingInfo startVoiceReflection(const LocalMoment& when, const QString& format,
                                       VaultError* error);
    // A spoken answer to one loop prompt of an existing reflection (AlreadyExists when that
    // prompt has one: remove it first to record again).
    RecordingInfo startAnswer(ReflectionId reflection, const QString& promptId,
                              const QString& format, VaultError* error);

    // The next piece of audio and the recording's length so far, in one transaction.
    VaultError appendChunk(RecordingId id, const QByteArray& data, qint64 durationMs);
    // The last piece (may be empty), the final length and state Complete, in one transaction.
    VaultError finish(RecordingId id, const QByteArray& lastData, qint64 durationMs);
    // Throws a recording away; a main voice note takes its reflection with it unless someone
    // has written text there.
    VaultError discard(RecordingId id);

    std::optional<RecordingInfo> info(RecordingId id, VaultError* error) const;
    // The recording of a reflection for one prompt ("" is the main voice note); nullopt with
    // error None when there is none.
    std::optional<RecordingInfo> infoFor(ReflectionId reflection, const QString& promptId,
                                         VaultError* error) const;
    QVector<RecordingInfo> recordingsOf(ReflectionId reflection, VaultError* error) const;
    // The whole recording (its chunks in order).
    QByteArray read(RecordingId id, VaultError* error) const;

    // A reflection's recordings with their audio, taken before it is deleted so Undo can put
    // them back. Lives in memory only.
    struct SavedRecording
    {
        RecordingInfo info;
        QVector<QByteArray> chunks;
    };
    QVector<SavedRecording> copyOut(ReflectionId reflection, VaultError* error) const;
    // Puts saved recordings back (their reflection must exist again), in one transaction.
    VaultError restore(const QVector<SavedRecording>& recordings);

    // Call once when the vault opens, before anything records: every recording still in state
    // Recording was cut off by a crash or kill, and becomes Recovered, a normal voice note as
    // far as it got. One that got no audio at all is removed (with its reflection, if that was
    // made for it and holds no text). Returns how many were recovered.
    int markInterrupted(VaultError* error);

private:
    RecordingInfo insertRecording(ReflectionId reflection, const QString& promptId,
                                  const QString& format, VaultError* error);
    Database& m_db;
};

} // namespace debrief
