#pragma once

#include "core/Reflection.h"

#include <QString>

namespace debrief {

using RecordingId = qint64;

// Where a recording stands. The values are stored in the vault (recordings.state): never
// renumber them.
enum class RecordingState
{
    Recording = 0, // audio is still being added; not shown in history yet
    Complete = 1,  // stopped and saved
    Recovered = 2, // cut off (crash, kill, power loss) and kept as far as it got
};

// One voice recording of a reflection, without its audio: what lists and players need to know.
struct RecordingInfo
{
    RecordingId id = 0;
    ReflectionId reflectionId = 0;
    QString promptId; // empty: the reflection's main voice note; else the loop prompt it answers
    QString format;   // media type of the audio, e.g. "audio/ogg; codecs=opus"
    RecordingState state = RecordingState::Recording;
    qint64 durationMs = 0;
    qint64 byteCount = 0;
};

// The media type of every recording Debrief makes: Ogg Opus.
inline QString oggOpusFormat()
{
    return QStringLiteral("audio/ogg; codecs=opus");
}

} // namespace debrief
