#pragma once

#include "audio/LevelMeter.h"
#include "audio/MonoSamples.h"
#include "audio/OpusStreamEncoder.h"
#include "core/Recording.h"
#include "vault/VaultError.h"

#include <QAudio>
#include <QAudioDevice>
#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QAudioSource;

namespace debrief {

class AudioStore;
class Database;

// How a recording ended, as the worker reports it.
struct RecorderOutcome
{
    enum class Problem
    {
        None,
        OpenFailed, // the device could not be opened
        NoAudio,    // the device opened but never delivered sound
        DeviceLost, // the device stopped delivering (unplugged, taken away)
        ServerGone, // the system's audio service went away
        Storage,    // the vault refused a write (storageError says why)
        Encoder,    // libopusenc failed
    };
    bool kept = false;         // a voice recording is in the vault (it may have been cut short)
    bool discarded = false;    // thrown away on request
    bool limitReached = false; // stopped by the recording limit
    Problem problem = Problem::None;
    VaultError storageError;
    ReflectionId reflectionId = 0;
    qint64 durationMs = 0;
};

// The recording itself, on a worker thread: captures from one microphone (QAudioSource), mixes
// to mono, meters, encodes (OpusStreamEncoder) and commits the audio to the vault over its own
// connection about once a second, so a crash loses at most ~1–2 s. Everything stays in memory
// until it is in SQLCipher.
class RecorderWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int CommitIntervalMs = 1000;
    static constexpr int StartTimeoutMs = 3000; // from start to the first sound
    static constexpr int StallTimeoutMs = 2000; // no sound for this long while recording

    // What to record: a new voice reflection (answerTo 0) or the answer to a loop prompt.
    struct Request
    {
        QAudioDevice device;
        LocalMoment when;
        qint64 limitMs = 0;
        ReflectionId answerTo = 0;
        QString promptId;
    };

    explicit RecorderWorker(std::unique_ptr<Database> connection, QObject* parent = nullptr);
    ~RecorderWorker() override;

    // Each runs on the worker's thread (call through a queued invocation).
    void begin(const Request& request);
    void pause();
    void resume();
    void stop();
    // Stop, then let go of the audio device: the last call before the thread ends.
    void shutdown();
    void discard();
    void setLimit(qint64 limitMs);
    // The device went away (the caller watches the system's device list), or with it the
    // whole audio service.
    void deviceLost(bool serviceGone);

signals:
    // The first sound arrived and the recording exists in the vault (still hidden from history).
    void capturing(qint64 reflectionId);
    // Recorded length so far and the meter's level and peak (0..1), about every 50 ms.
    void progress(qint64 elapsedMs, double level, double peak);
    void ended(const debrief::RecorderOutcome& outcome);

private:
    void onReadyRead();
    void onStateChanged(QAudio::State state);
    void onSilentDevice();
    bool serviceFailed() const;
    void consume(const QByteArray& bytes);
    bool commit();
    void end(RecorderOutcome::Problem problem, const VaultError& storage = {});
    void release();
    qint64 elapsedMs() const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<AudioStore> m_store;
    QAudioSource* m_source = nullptr;        // created on this thread, one per recording
    std::unique_ptr<QAudioSource> m_retired; // the last recording's, stopped
    QPointer<QIODevice> m_input;             // owned by m_source, which may delete it when it stops
    std::unique_ptr<MonoSamples> m_mono;
    std::unique_ptr<OpusStreamEncoder> m_encoder;
    std::unique_ptr<LevelMeter> m_meter;
    Request m_request;
    bool m_active = false;     // from begin() until ended() is emitted
    RecordingInfo m_recording; // id 0 until the first sound
    qint64 m_committedMs = 0;  // of audio safely in the vault
    int m_rate = 48000;
    qint64 m_samples = 0;   // recorded so far (paused time not counted)
    bool m_started = false; // the source's start() has returned
    bool m_paused = false;
    bool m_limitReached = false;
    QTimer m_commitTimer{this};
    QTimer m_watchdog{this};
};

} // namespace debrief

Q_DECLARE_METATYPE(debrief::RecorderOutcome)
