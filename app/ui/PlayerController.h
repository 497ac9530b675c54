#pragma once

#include "audio/VoicePlayer.h"
#include "core/Reflection.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class AudioStore;

// The entry page's player: loads a reflection's voice note from the vault into memory and
// plays it (pause, seek, 1×/1.5×/2×). Stops when another entry opens, the entry is deleted or
// the vault locks.
class PlayerController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(bool hasVoice READ hasVoice NOTIFY loadedChanged)
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

signals:
    void loadedChanged();
    void playingChanged();
    void positionChanged();
    void durationChanged();
    void rateChanged();
    void errorMessageChanged();

private:
    void unload();
    void setLoadError(const QString& message);

    AudioStore* m_store = nullptr;
    VoicePlayer m_player;
    ReflectionId m_reflectionId = 0;
    bool m_recovered = false;
    QString m_loadError; // reading the vault failed; the player has its own
};

} // namespace debrief
