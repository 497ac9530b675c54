#include "audio/VoiceRecorder.h"

#include "vault/Database.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QPointer>
#include <utility>

namespace debrief {

using Problem = RecorderOutcome::Problem;
using Status = platform::Permissions::Status;

VoiceRecorder::VoiceRecorder(std::unique_ptr<Database> connection,
                             platform::Permissions& permissions, QObject* parent)
    : QObject(parent)
    , m_permissions(permissions)
    , m_worker(new RecorderWorker(std::move(connection)))
{
    m_thread.setObjectName(QStringLiteral("voice-recorder"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RecorderWorker::capturing, this, &VoiceRecorder::onCapturing);
    connect(m_worker, &RecorderWorker::progress, this, &VoiceRecorder::onProgress);
    connect(m_worker, &RecorderWorker::ended, this, &VoiceRecorder::onEnded);
    m_deviceCheck.setInterval(DeviceCheckMs);
    connect(&m_deviceCheck, &QTimer::timeout, this, &VoiceRecorder::checkDevice);
    // Audio must not stutter because the UI is busy.
    m_thread.start(QThread::TimeCriticalPriority);
}

VoiceRecorder::~VoiceRecorder()
{
    // A recording under way is saved; the device is let go while the thread still runs.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait(); // the worker is deleted on the way out, then its connection
}

template <typename Call> void VoiceRecorder::onWorker(Call call)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, call] { call(worker); }, Qt::QueuedConnection);
}

void VoiceRecorder::setLimitMs(qint64 limitMs)
{
    if (limitMs <= 0 || limitMs == m_limitMs)
        return;
    m_limitMs = limitMs;
    if (remainingMs() > NoticeBeforeLimitMs)
        m_noticeSent = false;
    if (m_workerBusy)
        onWorker([limitMs](RecorderWorker* w) { w->setLimit(limitMs); });
    emit progressChanged();
}

void VoiceRecorder::start()
{
    begin(0, QString());
}

void VoiceRecorder::startAnswer(ReflectionId reflection, const QString& promptId)
{
    if (reflection > 0)
        begin(reflection, promptId);
}

void VoiceRecorder::begin(ReflectionId answerTo, const QString& promptId)
{
    if (isActive() || m_workerBusy)
        return;
    ++m_attempt;
    m_elapsedMs = 0;
    m_level = m_peak = 0;
    m_noticeSent = false;
    m_stoppedAtLimit = false;
    m_reflectionId = 0;
    m_answerTo = answerTo;
    m_promptId = promptId;
    setError({});
    setDeviceNotice({});
    setState(State::Starting);
    emit progressChanged();
    const Status status = m_permissions.microphone();
    if (status == Status::Granted)
        return openDevice();
    if (status == Status::Undetermined || m_permissions.shouldExplainMicrophone()) {
        // Debrief says why first; the OS asks only once the person goes on (PR-1: only when
        // the microphone is first needed).
        m_rationaleNeeded = true;
        emit stateChanged();
        return;
    }
    fail(deniedMessage());
}

void VoiceRecorder::acceptRationale()
{
    if (!m_rationaleNeeded || m_state != State::Starting)
        return;
    m_rationaleNeeded = false;
    askPermission();
}

void VoiceRecorder::declineRationale()
{
    if (m_rationaleNeeded)
        setState(State::Idle); // nothing was recorded, nothing asked
}

void VoiceRecorder::askPermission()
{
    const int attempt = m_attempt;
    QPointer<VoiceRecorder> self(this);
    m_askingPermission = true;
    emit stateChanged();
    m_permissions.requestMicrophone([self, attempt](Status answer) {
        if (!self || self->m_attempt != attempt)
            return;
        self->m_askingPermission = false;
        if (self->m_state != State::Starting) {
            emit self->stateChanged();
            return;
        }
        if (answer == Status::Granted)
            self->openDevice();
        else
            self->fail(deniedMessage());
    });
}

QString VoiceRecorder::deniedMessage()
{
    return tr("Debrief may not use the microphone. Allow microphone access for Debrief in your "
              "system settings, then try again.");
}

void VoiceRecorder::openDevice()
{
    if (!m_devices) {
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::audioInputsChanged, this, &VoiceRecorder::checkDevice);
    }
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    if (inputs.isEmpty())
        return fail(tr("No microphone was found. Connect one (or check that it is switched on), "
                       "then try again."));
    QAudioDevice device;
    for (const QAudioDevice& input : inputs) {
        if (!m_deviceId.isEmpty() && input.id() == m_deviceId)
            device = input;
    }
    if (device.isNull()) {
        device = QMediaDevices::defaultAudioInput();
        if (device.isNull())
            device = inputs.constFirst();
        if (!m_deviceId.isEmpty())
            setDeviceNotice(tr("The microphone chosen in the settings is not connected. "
                               "Recording with \u201c%1\u201d instead.")
                                .arg(device.description()));
    }
    m_deviceInUse = device.id();
    RecorderWorker::Request request;
    request.device = device;
    request.when = LocalMoment::fromDateTime(QDateTime::currentDateTime());
    request.limitMs = m_limitMs;
    request.answerTo = m_answerTo;
    request.promptId = m_promptId;
    m_workerBusy = true;
    onWorker([request](RecorderWorker* w) { w->begin(request); });
    m_deviceCheck.start();
}

void VoiceRecorder::checkDevice()
{
    if (!m_workerBusy)
        return;
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    for (const QAudioDevice& input : inputs) {
        if (input.id() == m_deviceInUse)
            return;
    }
    // Unplugged (PulseAudio would quietly move the stream to another microphone), or the
    // audio service itself is gone, outputs and all.
    const bool serviceGone = inputs.isEmpty() && QMediaDevices::audioOutputs().isEmpty();
    onWorker([serviceGone](RecorderWorker* w) { w->deviceLost(serviceGone); });
}

void VoiceRecorder::pause()
{
    if (m_state != State::Recording)
        return;
    onWorker([](RecorderWorker* w) { w->pause(); });
    m_level = m_peak = 0;
    setState(State::Paused);
    emit progressChanged();
}

void VoiceRecorder::resume()
{
    if (m_state != State::Paused)
        return;
    onWorker([](RecorderWorker* w) { w->resume(); });
    setState(State::Recording);
}

void VoiceRecorder::stop()
{
    if (!isActive())
        return;
    if (m_workerBusy)
        return onWorker([](RecorderWorker* w) { w->stop(); });
    setState(State::Idle); // still waiting for permission: nothing was recorded
}

void VoiceRecorder::discard()
{
    if (!isActive())
        return;
    if (m_workerBusy)
        return onWorker([](RecorderWorker* w) { w->discard(); });
    setState(State::Idle);
}

void VoiceRecorder::onCapturing(qint64 reflectionId)
{
    m_reflectionId = reflectionId;
    if (m_state == State::Starting)
        setState(State::Recording);
}

void VoiceRecorder::onProgress(qint64 elapsedMs, double level, double peak)
{
    if (!isActive())
        return;
    m_elapsedMs = elapsedMs;
    m_level = m_state == State::Paused ? 0 : level;
    m_peak = m_state == State::Paused ? 0 : peak;
    emit progressChanged();
    if (!m_noticeSent && remainingMs() <= NoticeBeforeLimitMs) {
        m_noticeSent = true;
        emit limitApproaching();
    }
}

void VoiceRecorder::onEnded(const RecorderOutcome& outcome)
{
    m_workerBusy = false;
    m_deviceCheck.stop();
    m_level = m_peak = 0;
    m_stoppedAtLimit = outcome.limitReached;
    if (outcome.kept) {
        m_reflectionId = outcome.reflectionId;
        m_elapsedMs = outcome.durationMs;
    }
    emit progressChanged();
    if (outcome.discarded) {
        const ReflectionId id = std::exchange(m_reflectionId, 0);
        setState(State::Discarded);
        emit discarded(id);
        return;
    }
    if (outcome.kept)
        emit saved(outcome.reflectionId);
    if (outcome.problem != Problem::None)
        return fail(messageFor(outcome));
    setState(outcome.kept ? State::Saved : State::Idle);
}

QString VoiceRecorder::messageFor(const RecorderOutcome& o)
{
    const bool kept = o.kept;
    switch (o.problem) {
    case Problem::None:
        return {};
    case Problem::OpenFailed:
        return tr("The microphone could not be started. Another app may be using it; try again.");
    case Problem::NoAudio:
        return tr("The microphone sent no sound. Check that it is connected and switched on, "
                  "then try again.");
    case Problem::DeviceLost:
        return kept ? tr("The microphone stopped working (was it unplugged?). What you recorded "
                         "until then is saved.")
                    : tr("The microphone stopped working before anything was recorded. Check "
                         "it and try again.");
    case Problem::ServerGone:
        return kept ? tr("The system's audio service stopped. What you recorded until then is "
                         "saved.")
                    : tr("The system's audio service is not running, so nothing can be "
                         "recorded. Try again in a moment.");
    case Problem::Storage:
        if (o.storageError.kind == VaultError::Kind::DiskFull)
            return kept ? tr("The disk is full, so the recording stopped. What was saved until "
                             "then is kept; free some space before recording again.")
                        : tr("The disk is full, so the recording could not be saved. Free some "
                             "space and try again.");
        if (kept)
            return tr("Debrief could not write the recording to its vault, so it stopped. What "
                      "was saved until then is kept.");
        return o.reflectionId ? tr("Debrief could not write the recording to its vault, so it "
                                   "stopped. What was saved until then shows as recovered the "
                                   "next time Debrief opens.")
                              : tr("Debrief could not write to its vault, so nothing was "
                                   "recorded. Try again.");
    case Problem::Encoder:
        return kept ? tr("Debrief could not encode the rest of the recording. What was saved "
                         "until then is kept.")
                    : tr("Debrief could not encode the recording; try again.");
    }
    return {};
}

void VoiceRecorder::fail(const QString& message)
{
    m_workerBusy = false;
    m_deviceCheck.stop();
    setError(message);
    setState(State::Failed);
}

void VoiceRecorder::setState(State state)
{
    if (state != State::Starting)
        m_askingPermission = m_rationaleNeeded = false;
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void VoiceRecorder::setError(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

void VoiceRecorder::setDeviceNotice(const QString& notice)
{
    if (m_deviceNotice == notice)
        return;
    m_deviceNotice = notice;
    emit deviceNoticeChanged();
}

} // namespace debrief
