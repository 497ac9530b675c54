#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class VoiceRecorder;

// The record controls' side of voice capture, for QML: a voice reflection (the capture page) or
// a spoken answer to one loop prompt (the stage page), one recording at a time. One tap to
// start, pause and resume, stop (saves) and discard, and what to show meanwhile (running time,
// level, the limit's notice, errors, a microphone fallback, the rationale before the OS asks
// for the microphone). Records once the vault is unlocked (setRecorder); remembers the
// microphone and limit chosen in the settings until then.
class RecordController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    // Times in milliseconds (int: a limit of hours fits many times over).
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool active READ active NOTIFY stateChanged)
    // Say why Debrief needs the microphone, then acceptRationale() (the OS asks) or
    // declineRationale() (back to idle, nothing recorded).
    Q_PROPERTY(bool rationaleNeeded READ rationaleNeeded NOTIFY stateChanged)
    Q_PROPERTY(bool askingPermission READ askingPermission NOTIFY stateChanged)
    Q_PROPERTY(qint64 reflectionId READ reflectionId NOTIFY stateChanged)
    // The prompt the recording under way, or the last one, answers; "" for a voice reflection.
    // Each record control shows only its own recordings (see answers()).
    Q_PROPERTY(QString answerPromptId READ answerPromptId NOTIFY stateChanged)
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
    bool rationaleNeeded() const;
    bool askingPermission() const;
    qint64 reflectionId() const;
    QString answerPromptId() const;
    // Whether the recording under way, or the last one, is the spoken answer to this prompt of
    // this reflection (changes with answerPromptId; QML's tools cannot type a qint64 property).
    Q_INVOKABLE bool answers(qint64 reflectionId, const QString& promptId) const;
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

    // A new voice reflection.
    Q_INVOKABLE void start();
    // A spoken answer to one prompt of a reflection (one per prompt). Refused (false, and
    // refused() says why) while another recording is under way.
    Q_INVOKABLE bool startAnswer(qint64 reflectionId, const QString& promptId);
    Q_INVOKABLE void acceptRationale();
    Q_INVOKABLE void declineRationale();
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
    // A voice reflection is in the vault (history shows it from now on), or was thrown away.
    void saved(qint64 reflectionId);
    void discarded(qint64 reflectionId);
    // A spoken answer is in the vault.
    void answerSaved(qint64 reflectionId, const QString& promptId);
    // A spoken answer could not start: another recording is under way (message says which).
    void refused(const QString& promptId, const QString& message);

private:
    void sayLocked();

    VoiceRecorder* m_recorder = nullptr; // owned by AppServices, which resets this first
    qint64 m_limitMs;
    QString m_inputDeviceId;
    QString m_lockedMessage;
};

} // namespace debrief
