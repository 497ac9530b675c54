#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class VoiceRecorder;

// The record control's side of voice capture, for QML: one tap to start, pause and resume,
// stop (saves) and discard, and what to show meanwhile (running time, level, the limit's
// notice, errors, a microphone fallback). Records once the vault is unlocked (setRecorder);
// remembers the microphone and limit chosen in the settings until then.
class RecordController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    // Times in milliseconds (int: a limit of hours fits many times over).
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool active READ active NOTIFY stateChanged)
    Q_PROPERTY(bool askingPermission READ askingPermission NOTIFY stateChanged)
    Q_PROPERTY(qint64 reflectionId READ reflectionId NOTIFY stateChanged)
    Q_PROPERTY(int elapsedMs READ elapsedMs NOTIFY progressChanged)
    Q_PROPERTY(double level READ level NOTIFY progressChanged)
    Q_PROPERTY(double peak READ peak NOTIFY progressChanged)
    Q_PROPERTY(int remainingMs READ remainingMs NOTIFY progressChanged)
    Q_PROPERTY(bool nearLimit READ nearLimit NOTIFY progressChanged)
    Q_PROPERTY(bool stoppedAtLimit READ stoppedAtLimit NOTIFY stateChanged)
    Q_PROPERTY(int limitMs READ limitMs WRITE setLimitMs NOTIFY limitMsChanged)
    Q_PROPERTY(
        QString inputDeviceId READ inputDeviceId WRITE setInputDeviceId NOTIFY inputDeviceIdChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString deviceNotice READ deviceNotice NOTIFY deviceNoticeChanged)

public:
    // The same states as VoiceRecorder::State.
    enum class State
    {
        Idle,
        Starting,
        Recording,
        Paused,
        Saved,
        Discarded,
        Failed,
    };
    Q_ENUM(State)

    explicit RecordController(QObject* parent = nullptr);

    // The unlocked vault's recorder, or null once it is locked.
    void setRecorder(VoiceRecorder* recorder);

    State state() const;
    bool available() const { return m_recorder != nullptr; }
    bool active() const;
    bool askingPermission() const;
    qint64 reflectionId() const;
    int elapsedMs() const;
    double level() const;
    double peak() const;
    int remainingMs() const;
    bool nearLimit() const;
    bool stoppedAtLimit() const;
    int limitMs() const { return int(m_limitMs); }
    void setLimitMs(int limitMs);
    QString inputDeviceId() const { return m_inputDeviceId; }
    void setInputDeviceId(const QString& id);
    QString errorMessage() const;
    QString deviceNotice() const;

    Q_INVOKABLE void start();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void stop();
    Q_INVOKABLE void discard();

signals:
    void stateChanged();
    void availableChanged();
    void progressChanged();
    void limitMsChanged();
    void inputDeviceIdChanged();
    void errorMessageChanged();
    void deviceNoticeChanged();
    void limitApproaching();
    // A voice reflection is in the vault (history shows it from now on).
    void saved(qint64 reflectionId);
    void discarded(qint64 reflectionId);

private:
    VoiceRecorder* m_recorder = nullptr; // owned by AppServices, which resets this first
    qint64 m_limitMs;
    QString m_inputDeviceId;
    QString m_lockedMessage;
};

} // namespace debrief
