#pragma once

#include "audio/OpusMemoryDecoder.h"

#include <QAudio>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QAudioSink;

namespace debrief {

class PlaybackSource;

// Plays one voice recording (Ogg Opus, held in memory) on the default audio output: play,
// pause, seek and speed (the voice keeps its pitch). Decoded by opusfile into QAudioSink, so no
// byte of audio is ever written anywhere — and it works the same on every platform (Qt 6.4's
// QMediaPlayer ignores in-memory sources on Android and raises the voice when sped up).
class VoicePlayer : public QObject
{
    Q_OBJECT

public:
    explicit VoicePlayer(QObject* parent = nullptr);
    ~VoicePlayer() override;

    // Takes the whole recording; false (errorMessage set) when it cannot be played.
    bool load(const QByteArray& oggOpus);
    // Stops and lets go of the audio (and of any error message).
    void unload();
    bool isLoaded() const { return m_decoder.isOpen(); }

    void play();
    void pause();
    void seek(qint64 positionMs);
    // 1.0 is normal speed; clamped to [MinimumRate, MaximumRate].
    void setRate(double rate);

    bool isPlaying() const { return m_playing; }
    qint64 positionMs() const;
    qint64 durationMs() const { return m_decoder.lengthMs(); }
    double rate() const { return m_rate; }
    QString errorMessage() const { return m_errorMessage; }

    static constexpr double MinimumRate = 0.5;
    static constexpr double MaximumRate = 3.0;

signals:
    void playingChanged();
    void positionChanged();
    void durationChanged();
    void rateChanged();
    // Played to the end (the position stays at the end; play() starts again from the start).
    void finished();
    void errorMessageChanged();

private:
    // Starts the output at the given position of the recording with the current rate.
    bool startOutput(qint64 positionMs);
    void stopOutput();
    void deleteRetired();
    void onOutputStateChanged(QAudio::State state);
    void finish();
    void setPlaying(bool playing);
    void setAnchor(qint64 positionMs);
    void setError(const QString& message);
    void emitPositionIfMoved();

    OpusMemoryDecoder m_decoder;
    std::unique_ptr<PlaybackSource> m_source;
    QAudioSink* m_output = nullptr;        // replaced on every start, seek and speed change
    QList<QPointer<QAudioSink>> m_retired; // stopped, deleted once their signals have returned
    QTimer m_ticker;                       // position updates while playing
    bool m_playing = false;
    double m_rate = 1.0;
    qint64 m_anchorMs = 0;        // where the output started (or where it stands while not playing)
    mutable qint64 m_heardMs = 0; // how much of it the output has played since
    qint64 m_lastReportedMs = -1;
    QString m_errorMessage;
};

} // namespace debrief
