#pragma once

#include "audio/VoicePlayer.h"
#include "core/Reflection.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class AudioStore;

// A player for QML: loads one recording of a reflection from the vault into memory and plays it
// (pause, seek, 1×/1.5×/2×). The entry page's plays the voice note; the stage page's plays the
// spoken answers, one at a time. Stops when another recording loads, the entry or the answer
// is deleted, or the vault locks.
class PlayerController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(bool hasVoice READ hasVoice NOTIFY loadedChanged)
    // The prompt whose spoken answer is loaded ("" for a voice note or nothing); see holds().
    Q_PROPERTY(QString promptId READ promptId NOTIFY loadedChanged)
    // The recording was cut off (a crash or kill while recording) and kept as far as it got.
    Q_PROPERTY(bool recovered READ recovered NOTIFY loadedChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY playingChanged)
    // Milliseconds (an int for QML: enough for 24 days).
    Q_PROPERTY(int positionMs READ positionMs NOTIFY positionChanged)
    Q_PROPERTY(int durationMs READ durationMs NOTIFY durationChanged)
    Q_PROPERTY(double rate READ rate WRITE setRate NOTIFY rateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit PlayerController(QObject* parent = nullptr);

    // The open vault's recordings; null when it locks (playback stops, the audio is let go).
    void setStore(AudioStore* store);

    qint64 reflectionId() const { return m_reflectionId; }
    QString promptId() const { return m_promptId; }
    // Whether the spoken answer to this prompt of this reflection is the one loaded (changes
    // with promptId; QML's tools cannot type a qint64 property).
    Q_INVOKABLE bool holds(qint64 reflectionId, const QString& promptId) const
    {
        return reflectionId == m_reflectionId && promptId == m_promptId;
    }
    bool hasVoice() const { return m_player.isLoaded(); }
    bool recovered() const { return m_recovered; }
    bool playing() const { return m_player.isPlaying(); }
    int positionMs() const { return int(m_player.positionMs()); }
    int durationMs() const { return int(m_player.durationMs()); }
    double rate() const { return m_player.rate(); }
    QString errorMessage() const;

    // Loads the main voice note of a reflection (none: hasVoice false, no error). Whatever
    // played before stops.
    Q_INVOKABLE void load(qint64 reflectionId);
    // Loads the spoken answer to one prompt of a reflection (none: hasVoice false, no error).
    Q_INVOKABLE void loadAnswer(qint64 reflectionId, const QString& promptId);
    // Loads a recording that is not one of this vault's own (a voice note someone shared),
    // already read into memory; owner stands for the entry it belongs to, as a reflection id
    // does for close() and holds(). Unplayable audio: hasVoice false, errorMessage set.
    void loadAudio(qint64 owner, const QString& promptId, const QByteArray& oggOpus);
    // Stops and lets go of the audio, if that reflection is the one loaded (a page closing
    // after the next one opened leaves the next one alone).
    Q_INVOKABLE void close(qint64 reflectionId);
    Q_INVOKABLE void play() { m_player.play(); }
    Q_INVOKABLE void pause() { m_player.pause(); }
    Q_INVOKABLE void seek(qint64 positionMs) { m_player.seek(positionMs); }
    Q_INVOKABLE void setRate(double rate) { m_player.setRate(rate); }

public slots:
    // A deleted reflection's recording goes with it.
    void onRemoved(qint64 reflectionId) { close(reflectionId); }
    // A deleted spoken answer goes too, if it is the one loaded.
    void onAnswerRemoved(qint64 reflectionId, const QString& promptId);

signals:
    void loadedChanged();
    void playingChanged();
    void positionChanged();
    void durationChanged();
    void rateChanged();
    void errorMessageChanged();

private:
    void loadRecording(qint64 reflectionId, const QString& promptId);
    void unload();
    void setLoadError(const QString& message);

    AudioStore* m_store = nullptr;
    VoicePlayer m_player;
    ReflectionId m_reflectionId = 0;
    QString m_promptId;
    bool m_recovered = false;
    QString m_loadError; // reading the vault failed; the player has its own
};

} // namespace debrief
