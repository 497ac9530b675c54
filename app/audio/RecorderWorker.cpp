#include "audio/RecorderWorker.h"

#include "vault/AudioStore.h"
#include "vault/Database.h"

#include <QAudioSource>
#include <QIODevice>

namespace debrief {

using Problem = RecorderOutcome::Problem;

RecorderWorker::RecorderWorker(std::unique_ptr<Database> connection, QObject* parent)
    : QObject(parent)
    , m_db(std::move(connection))
    , m_store(std::make_unique<AudioStore>(*m_db))
{
    m_commitTimer.setInterval(CommitIntervalMs);
    connect(&m_commitTimer, &QTimer::timeout, this, &RecorderWorker::commit);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &RecorderWorker::onSilentDevice);
}

RecorderWorker::~RecorderWorker()
{
    // Quitting while recording keeps the recording, like Stop.
    if (m_active)
        stop();
}

void RecorderWorker::begin(const Request& request)
{
    if (m_active)
        return;
    m_retired.reset();
    m_active = true;
    m_request = request;
    m_recording = {};
    m_committedMs = 0;
    m_samples = 0;
    m_paused = false;
    m_limitReached = false;
    m_started = false;

    // 48 kHz mono 16-bit, Opus's own rate, if the device offers it (PulseAudio converts
    // anything); otherwise what the device prefers, mixed to mono and resampled by libopusenc.
    QAudioFormat format;
    format.setSampleRate(48000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!request.device.isFormatSupported(format))
        format = request.device.preferredFormat();
    if (!format.isValid())
        return end(Problem::OpenFailed);
    m_rate = format.sampleRate();
    m_mono = std::make_unique<MonoSamples>(format);
    m_meter = std::make_unique<LevelMeter>(m_rate);
    m_encoder = std::make_unique<OpusStreamEncoder>(m_rate);
    if (!m_encoder->isValid()) {
        qWarning("recorder: %s", qPrintable(m_encoder->errorString()));
        return end(Problem::Encoder);
    }

    m_source = new QAudioSource(request.device, format, this);
    connect(m_source, &QAudioSource::stateChanged, this, &RecorderWorker::onStateChanged);
    QIODevice* input = m_source->start();
    if (!input || m_source->error() != QAudio::NoError)
        return end(m_source->error() == QAudio::FatalError ? Problem::ServerGone
                                                           : Problem::OpenFailed);
    m_started = true;
    m_input = input;
    connect(m_input, &QIODevice::readyRead, this, &RecorderWorker::onReadyRead);
    m_watchdog.start(StartTimeoutMs);
}

void RecorderWorker::onReadyRead()
{
    if (!m_input)
        return;
    const QByteArray bytes = m_input->readAll();
    if (!m_paused)
        consume(bytes);
}

void RecorderWorker::consume(const QByteArray& bytes)
{
    if (!m_active || bytes.isEmpty())
        return;
    m_watchdog.start(StallTimeoutMs);
    const std::vector<float>& mono = m_mono->convert(bytes.constData(), bytes.size());
    if (mono.empty())
        return;
    if (m_recording.id == 0) {
        // The device works: now the recording (and, for a voice note, its reflection) exists.
        VaultError error;
        m_recording = m_request.answerTo
                          ? m_store->startAnswer(m_request.answerTo, m_request.promptId,
                                                 oggOpusFormat(), &error)
                          : m_store->startVoiceReflection(m_request.when, oggOpusFormat(), &error);
        if (error)
            return end(Problem::Storage, error);
        m_commitTimer.start();
        emit capturing(m_recording.reflectionId);
    }
    qint64 take = qint64(mono.size());
    const qint64 limitSamples = m_request.limitMs * m_rate / 1000;
    if (m_request.limitMs > 0)
        take = qBound<qint64>(0, limitSamples - m_samples, take);
    if (!m_encoder->write(mono.data(), int(take)))
        return end(Problem::Encoder);
    m_samples += take;
    if (m_meter->add(mono.data(), int(take)) > 0)
        emit progress(elapsedMs(), m_meter->level(), m_meter->peakLevel());
    if (m_request.limitMs > 0 && m_samples >= limitSamples) {
        m_limitReached = true;
        end(Problem::None);
    }
}

bool RecorderWorker::commit()
{
    if (!m_active || m_recording.id == 0)
        return true;
    const QByteArray pages = m_encoder->takePages();
    if (pages.isEmpty())
        return true;
    const qint64 durationMs = m_encoder->encodedMs();
    if (VaultError e = m_store->appendChunk(m_recording.id, pages, durationMs)) {
        end(Problem::Storage, e);
        return false;
    }
    m_committedMs = durationMs;
    return true;
}

void RecorderWorker::pause()
{
    if (!m_active || m_paused || !m_input)
        return;
    consume(m_input->readAll()); // what was said up to the tap
    if (!m_active)
        return;
    m_paused = true;
    m_watchdog.stop();
    m_source->suspend();
    commit();
}

void RecorderWorker::resume()
{
    if (!m_active || !m_paused)
        return;
    m_paused = false;
    m_source->resume();
    m_watchdog.start(StallTimeoutMs);
}

void RecorderWorker::stop()
{
    if (!m_active)
        return;
    if (m_input && !m_paused)
        consume(m_input->readAll()); // what was said up to the tap
    end(Problem::None);
}

void RecorderWorker::shutdown()
{
    stop();
    m_retired.reset();
}

void RecorderWorker::setLimit(qint64 limitMs)
{
    m_request.limitMs = limitMs;
    if (m_active && limitMs > 0 && m_samples >= limitMs * m_rate / 1000) {
        m_limitReached = true;
        end(Problem::None);
    }
}

void RecorderWorker::deviceLost(bool serviceGone)
{
    end(serviceGone || serviceFailed() ? Problem::ServerGone : Problem::DeviceLost);
}

void RecorderWorker::onSilentDevice()
{
    if (serviceFailed())
        return end(Problem::ServerGone);
    end(m_recording.id ? Problem::DeviceLost : Problem::NoAudio);
}

bool RecorderWorker::serviceFailed() const
{
    return m_source && m_source->error() == QAudio::FatalError;
}

void RecorderWorker::onStateChanged(QAudio::State state)
{
    // Not while start() runs: begin() handles a failed start itself.
    if (!m_active || !m_started || state != QAudio::StoppedState)
        return;
    const QAudio::Error error = m_source->error();
    if (error != QAudio::NoError)
        end(error == QAudio::FatalError ? Problem::ServerGone : Problem::DeviceLost);
}

void RecorderWorker::discard()
{
    if (!m_active)
        return;
    m_active = false;
    RecorderOutcome outcome;
    outcome.discarded = true;
    if (m_recording.id != 0) {
        if (VaultError e = m_store->discard(m_recording.id)) {
            // Still there, hidden; the next start shows it as recovered: nothing is lost.
            outcome.discarded = false;
            outcome.problem = Problem::Storage;
            outcome.storageError = e;
        }
    }
    release();
    emit ended(outcome);
}

void RecorderWorker::end(Problem problem, const VaultError& storage)
{
    if (!m_active)
        return;
    m_active = false;
    RecorderOutcome outcome;
    outcome.problem = problem;
    outcome.storageError = storage;
    outcome.limitReached = m_limitReached;
    if (m_recording.id != 0) {
        // Keep what was recorded, as a normal voice note: the rest of the audio (unless the
        // vault just refused a write), the exact length, state Complete.
        const bool writable = problem != Problem::Storage;
        const bool drained = writable && m_encoder->finish();
        const QByteArray rest = drained ? m_encoder->takePages() : QByteArray();
        const qint64 durationMs = drained ? m_encoder->encodedMs() : m_committedMs;
        if (VaultError e = m_store->finish(m_recording.id, rest, durationMs)) {
            // Left as it is in the vault; the next start keeps it as recovered.
            outcome.problem = Problem::Storage;
            outcome.storageError = e;
        } else {
            outcome.kept = true;
            outcome.durationMs = durationMs;
        }
        outcome.reflectionId = m_recording.reflectionId;
    }
    release();
    emit ended(outcome);
}

void RecorderWorker::release()
{
    m_commitTimer.stop();
    m_watchdog.stop();
    if (m_source) {
        m_source->disconnect(this);
        if (m_input)
            m_input->disconnect(this);
        m_source->stop();
        // Possibly inside one of its own signals: it is deleted at the next begin() or at
        // shutdown(), not now (nor in a deferred delete as the thread ends: Qt 6.4's PulseAudio
        // source crashes being deleted then).
        m_retired.reset(m_source);
        m_source = nullptr;
    }
    m_input = nullptr;
    m_encoder.reset();
    m_mono.reset();
    m_meter.reset();
    m_recording = {};
}

qint64 RecorderWorker::elapsedMs() const
{
    return m_samples * 1000 / m_rate;
}

} // namespace debrief
