#include "RecordController.h"

#include "audio/VoiceRecorder.h"

namespace debrief {

static_assert(int(RecordController::State::Failed) == int(VoiceRecorder::State::Failed) &&
                  int(RecordController::State::Recording) == int(VoiceRecorder::State::Recording),
              "RecordController::State mirrors VoiceRecorder::State");

RecordController::RecordController(QObject* parent)
    : QObject(parent)
    , m_limitMs(VoiceRecorder::DefaultLimitMs)
{
}

void RecordController::setRecorder(VoiceRecorder* recorder)
{
    if (m_recorder == recorder)
        return;
    if (m_recorder)
        m_recorder->disconnect(this);
    m_recorder = recorder;
    if (recorder) {
        recorder->setLimitMs(m_limitMs);
        recorder->setInputDevice(m_inputDeviceId.toUtf8());
        connect(recorder, &VoiceRecorder::stateChanged, this, [this] {
            emit stateChanged();
            emit progressChanged(); // nearLimit and the level depend on the state too
        });
        connect(recorder, &VoiceRecorder::progressChanged, this,
                &RecordController::progressChanged);
        connect(recorder, &VoiceRecorder::errorMessageChanged, this,
                &RecordController::errorMessageChanged);
        connect(recorder, &VoiceRecorder::deviceNoticeChanged, this,
                &RecordController::deviceNoticeChanged);
        connect(recorder, &VoiceRecorder::limitApproaching, this,
                &RecordController::limitApproaching);
        connect(recorder, &VoiceRecorder::saved, this, [this](qint64 reflectionId) {
            if (m_recorder->promptId().isEmpty())
                emit saved(reflectionId);
            else
                emit answerSaved(reflectionId, m_recorder->promptId());
        });
        connect(recorder, &VoiceRecorder::discarded, this, [this](qint64 reflectionId) {
            if (m_recorder->promptId().isEmpty())
                emit discarded(reflectionId);
        });
    }
    emit availableChanged();
    emit stateChanged();
    emit progressChanged();
    emit errorMessageChanged();
    emit deviceNoticeChanged();
}

RecordController::State RecordController::state() const
{
    return m_recorder ? State(m_recorder->state()) : State::Idle;
}

bool RecordController::active() const
{
    return m_recorder && m_recorder->isActive();
}

bool RecordController::rationaleNeeded() const
{
    return m_recorder && m_recorder->rationaleNeeded();
}

bool RecordController::askingPermission() const
{
    return m_recorder && m_recorder->askingPermission();
}

qint64 RecordController::reflectionId() const
{
    return m_recorder ? m_recorder->reflectionId() : 0;
}

QString RecordController::answerPromptId() const
{
    return m_recorder ? m_recorder->promptId() : QString();
}

bool RecordController::answers(qint64 reflectionId, const QString& promptId) const
{
    return m_recorder && !promptId.isEmpty() && m_recorder->answerTo() == reflectionId &&
           m_recorder->promptId() == promptId;
}

int RecordController::elapsedMs() const
{
    return m_recorder ? int(m_recorder->elapsedMs()) : 0;
}

double RecordController::level() const
{
    return m_recorder ? m_recorder->level() : 0;
}

double RecordController::peak() const
{
    return m_recorder ? m_recorder->peak() : 0;
}

int RecordController::remainingMs() const
{
    return int(m_recorder ? m_recorder->remainingMs() : m_limitMs);
}

bool RecordController::nearLimit() const
{
    return m_recorder && m_recorder->nearLimit();
}

bool RecordController::stoppedAtLimit() const
{
    return m_recorder && m_recorder->stoppedAtLimit();
}

void RecordController::setLimitMs(int limitMs)
{
    if (limitMs <= 0 || limitMs == m_limitMs)
        return;
    m_limitMs = limitMs;
    if (m_recorder)
        m_recorder->setLimitMs(limitMs);
    emit limitMsChanged();
}

void RecordController::setInputDeviceId(const QString& id)
{
    if (id == m_inputDeviceId)
        return;
    m_inputDeviceId = id;
    if (m_recorder)
        m_recorder->setInputDevice(id.toUtf8());
    emit inputDeviceIdChanged();
}

QString RecordController::errorMessage() const
{
    if (!m_recorder)
        return m_lockedMessage;
    return m_recorder->errorMessage();
}

QString RecordController::deviceNotice() const
{
    return m_recorder ? m_recorder->deviceNotice() : QString();
}

void RecordController::start()
{
    if (m_recorder)
        m_recorder->start();
    else
        sayLocked();
}

void RecordController::sayLocked()
{
    if (!m_lockedMessage.isEmpty())
        return;
    m_lockedMessage = tr("The vault is locked.");
    emit errorMessageChanged();
}

bool RecordController::startAnswer(qint64 reflectionId, const QString& promptId)
{
    if (reflectionId <= 0 || promptId.isEmpty())
        return false;
    if (!m_recorder) {
        sayLocked();
        return false;
    }
    if (m_recorder->isActive()) {
        // One microphone, one recording: the one under way is never cut short for another.
        emit refused(promptId,
                     m_recorder->promptId().isEmpty()
                         ? tr("A voice note is still being recorded. Stop or discard it first, "
                              "then speak your answer.")
                         : tr("Another answer is still being recorded. Stop it first."));
        return false;
    }
    m_recorder->startAnswer(reflectionId, promptId);
    return true;
}

void RecordController::acceptRationale()
{
    if (m_recorder)
        m_recorder->acceptRationale();
}

void RecordController::declineRationale()
{
    if (m_recorder)
        m_recorder->declineRationale();
}

void RecordController::pause()
{
    if (m_recorder)
        m_recorder->pause();
}

void RecordController::resume()
{
    if (m_recorder)
        m_recorder->resume();
}

void RecordController::stop()
{
    if (m_recorder)
        m_recorder->stop();
}

void RecordController::discard()
{
    if (m_recorder)
        m_recorder->discard();
}

} // namespace debrief
