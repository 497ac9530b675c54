#pragma once

#include "audio/RecorderWorker.h"
#include "core/Reflection.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <debrief/platform/Permissions.h>
#include <memory>

class QMediaDevices;

namespace debrief {

class Database;

// Records voice reflections and spoken answers to loop prompts, one at a time, driven from the
// UI thread: asks for the microphone when first used (after the app's own rationale), picks the
// chosen input (or the system default, with a notice), enforces the recording limit and turns every
// failure into a plain message. The recording itself (capture, encoding, the vault) runs in a
// RecorderWorker on a thread of its own, so the UI never waits for it.
class VoiceRecorder : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,      // nothing recorded yet
        Starting,  // asking for permission, opening the device, waiting for the first sound
        Recording, // sound is coming in and going into the vault
        Paused,
        Saved,     // the last recording is in the vault (reflectionId())
        Discarded, // the last recording was thrown away
        Failed,    // errorMessage() says what happened (and whether audio was kept)
    };
    Q_ENUM(State)

    static constexpr qint64 DefaultLimitMs = 10 * 60 * 1000;
    static constexpr qint64 NoticeBeforeLimitMs = 30 * 1000;
    static constexpr int DeviceCheckMs =
        1000; // how often the device list is checked while recording

    // connection: a vault connection of its own (VaultController::openConnection()); it moves
    // to the worker thread. permissions must outlive this object.
    VoiceRecorder(std::unique_ptr<Database> connection, platform::Permissions& permissions,
                  QObject* parent = nullptr);
    ~VoiceRecorder() override; // a recording still running is saved, as Stop would

    // The QAudioDevice id of the microphone to use; empty for the system default.
    void setInputDevice(const QByteArray& id) { m_deviceId = id; }
    QByteArray inputDevice() const { return m_deviceId; }
    // Recording stops (and saves) at this length; also applies to a recording under way.
    void setLimitMs(qint64 limitMs);
    qint64 limitMs() const { return m_limitMs; }

    State state() const { return m_state; }
    bool isActive() const
    {
        return m_state == State::Starting || m_state == State::Recording ||
               m_state == State::Paused;
    }
    qint64 elapsedMs() const { return m_elapsedMs; }
    qint64 remainingMs() const { return qMax<qint64>(0, m_limitMs - m_elapsedMs); }
    double level() const { return m_level; } // 0..1, the meter while recording
    double peak() const { return m_peak; }
    // Within the last NoticeBeforeLimitMs of the limit.
    bool nearLimit() const { return isActive() && remainingMs() <= NoticeBeforeLimitMs; }
    // The last recording stopped because it reached the limit.
    bool stoppedAtLimit() const { return m_stoppedAtLimit; }
    QString errorMessage() const { return m_errorMessage; }
    // Set when the chosen microphone was missing and the system default was used instead.
    QString deviceNotice() const { return m_deviceNotice; }
    // Starting, and the app must say why it needs the microphone before the OS asks (never
    // asked yet, or the OS wants a rationale): acceptRationale() goes on to the OS prompt,
    // declineRationale() gives up with nothing recorded.
    bool rationaleNeeded() const { return m_rationaleNeeded; }
    // The OS is asking the person for the microphone (the UI says why, next to the prompt).
    bool askingPermission() const { return m_askingPermission; }
    // The reflection of the recording under way or last saved (0 before the first sound).
    ReflectionId reflectionId() const { return m_reflectionId; }
    // The reflection and prompt the recording under way (or the last one) answers; 0 and ""
    // for a voice reflection.
    ReflectionId answerTo() const { return m_answerTo; }
    QString promptId() const { return m_promptId; }

    // A new voice reflection.
    void start();
    // A spoken answer to one loop prompt of an existing reflection.
    void startAnswer(ReflectionId reflection, const QString& promptId);
    void acceptRationale();
    void declineRationale();
    void pause();
    void resume();
    // Saves what was recorded.
    void stop();
    // Throws the recording away (the UI asks first).
    void discard();

signals:
    void stateChanged();
    void progressChanged(); // elapsed, level, remaining
    void errorMessageChanged();
    void deviceNoticeChanged();
    // Once per recording, NoticeBeforeLimitMs before the limit.
    void limitApproaching();
    // A recording was kept in the vault: stopped, at the limit, or cut short by a device or
    // storage problem (then state() is Failed and errorMessage() says so).
    void saved(qint64 reflectionId);
    void discarded(qint64 reflectionId);

private:
    void begin(ReflectionId answerTo, const QString& promptId);
    void askPermission();
    void openDevice();
    void checkDevice();
    void onCapturing(qint64 reflectionId);
    void onProgress(qint64 elapsedMs, double level, double peak);
    void onEnded(const RecorderOutcome& outcome);
    void fail(const QString& message);
    void setState(State state);
    void setError(const QString& message);
    void setDeviceNotice(const QString& notice);
    template <typename Call> void onWorker(Call call);
    static QString messageFor(const RecorderOutcome& outcome);
    static QString deniedMessage();

    platform::Permissions& m_permissions;
    QThread m_thread;
    RecorderWorker* m_worker;  // lives in m_thread
    bool m_workerBusy = false; // between begin() and ended()
    QMediaDevices* m_devices =
        nullptr; // made at the first recording: audio stays untouched till then
    QTimer m_deviceCheck{this};
    QByteArray m_deviceId;
    QByteArray m_deviceInUse;
    qint64 m_limitMs = DefaultLimitMs;
    State m_state = State::Idle;
    int m_attempt = 0; // tells a late permission answer from the current start
    qint64 m_elapsedMs = 0;
    double m_level = 0;
    double m_peak = 0;
    bool m_noticeSent = false;
    bool m_stoppedAtLimit = false;
    bool m_rationaleNeeded = false;
    bool m_askingPermission = false;
    ReflectionId m_reflectionId = 0;
    ReflectionId m_answerTo = 0;
    QString m_promptId;
    QString m_errorMessage;
    QString m_deviceNotice;
};

} // namespace debrief
