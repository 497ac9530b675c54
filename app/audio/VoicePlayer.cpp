#include "audio/VoicePlayer.h"

#include "audio/PlaybackSource.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>
#include <utility>

namespace debrief {

namespace {
constexpr int FramesPerMs = OpusMemoryDecoder::SampleRate / 1000;
constexpr int TickMs = 50;
// Enough to ride out a busy moment of the UI thread, short enough that pause feels immediate.
constexpr int OutputBufferUs = 150000;
} // namespace

VoicePlayer::VoicePlayer(QObject* parent)
    : QObject(parent)
{
    m_ticker.setInterval(TickMs);
    connect(&m_ticker, &QTimer::timeout, this, &VoicePlayer::emitPositionIfMoved);
}

VoicePlayer::~VoicePlayer()
{
    stopOutput();
    deleteRetired();
}

bool VoicePlayer::load(const QByteArray& oggOpus)
{
    unload();
    if (!m_decoder.open(oggOpus)) {
        setError(tr("This recording cannot be played: its audio is damaged."));
        return false;
    }
    if (m_decoder.lengthFrames() == 0) {
        m_decoder.close();
        setError(tr("This recording holds no sound."));
        return false;
    }
    m_source = std::make_unique<PlaybackSource>(m_decoder);
    setError({});
    emit durationChanged();
    return true;
}

void VoicePlayer::unload()
{
    stopOutput();
    setPlaying(false);
    const bool wasLoaded = m_decoder.isOpen();
    m_source.reset();
    m_decoder.close();
    setAnchor(0);
    setError({});
    if (wasLoaded)
        emit durationChanged();
}

void VoicePlayer::play()
{
    if (!isLoaded() || m_playing)
        return;
    // After the end, play starts over.
    const qint64 from = m_anchorMs >= durationMs() ? 0 : m_anchorMs;
    if (startOutput(from))
        setPlaying(true);
}

void VoicePlayer::pause()
{
    if (!m_playing)
        return;
    const qint64 at = positionMs();
    stopOutput();
    setAnchor(at);
    setPlaying(false);
}

void VoicePlayer::seek(qint64 positionMs)
{
    if (!isLoaded())
        return;
    const qint64 target = qBound<qint64>(0, positionMs, durationMs());
    if (!m_playing) {
        setAnchor(target);
        return;
    }
    stopOutput();
    if (!startOutput(target))
        setPlaying(false);
}

void VoicePlayer::setRate(double rate)
{
    rate = qBound(MinimumRate, rate, MaximumRate);
    if (qFuzzyCompare(rate, m_rate))
        return;
    const qint64 at = positionMs(); // measured at the old rate
    m_rate = rate;
    emit rateChanged();
    if (!m_playing)
        return;
    // Buffered audio was stretched for the old rate: start afresh from here.
    stopOutput();
    if (!startOutput(at))
        setPlaying(false);
}

qint64 VoicePlayer::positionMs() const
{
    if (!m_playing || !m_output)
        return m_anchorMs;
    const auto heardMs = qint64(double(m_output->processedUSecs()) / 1000.0 * m_rate);
    // Never backwards: an output that died reports nothing played at all.
    m_heardMs = qMax(m_heardMs, heardMs);
    return qMin(m_anchorMs + m_heardMs, durationMs());
}

bool VoicePlayer::startOutput(qint64 positionMs)
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        setError(tr("No speaker or headphones are available to play this recording."));
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(OpusMemoryDecoder::SampleRate);
    format.setChannelCount(m_decoder.channels());
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        setError(tr("The sound output “%1” cannot play recordings.").arg(device.description()));
        return false;
    }
    if (!m_source->restart(positionMs * FramesPerMs, m_rate)) {
        setError(tr("This part of the recording is damaged and cannot be played."));
        return false;
    }
    // No parent: Qt 6.4's QAudioSink gives its own parent to its backend object as well, and
    // the two then get deleted twice; stopOutput() and the destructor see to it.
    m_output = new QAudioSink(device, format);
    m_output->setBufferSize(format.bytesForDuration(OutputBufferUs));
    connect(m_output, &QAudioSink::stateChanged, this, &VoicePlayer::onOutputStateChanged);
    setAnchor(positionMs);
    setError({});
    m_output->start(m_source.get());
    if (m_output->error() != QAudio::NoError) {
        stopOutput();
        setError(tr("The sound output could not be opened."));
        return false;
    }
    m_ticker.start();
    return true;
}

void VoicePlayer::stopOutput()
{
    m_ticker.stop();
    if (!m_output)
        return;
    m_output->disconnect(this);
    m_output->stop();
    // Possibly called from the output's own signal: it goes on the next turn of the event loop.
    // Not deleteLater(): Qt 6.4's PulseAudio sink runs the event loop while it is destroyed and
    // would meet its own pending deferred delete there.
    m_retired.append(m_output);
    m_output = nullptr;
    QMetaObject::invokeMethod(this, &VoicePlayer::deleteRetired, Qt::QueuedConnection);
}

void VoicePlayer::deleteRetired()
{
    // Taken first: deleting one may run the event loop, and with it this function again.
    const QList<QPointer<QAudioSink>> retired = std::exchange(m_retired, {});
    for (const QPointer<QAudioSink>& output : retired)
        delete output.data();
}

void VoicePlayer::onOutputStateChanged(QAudio::State state)
{
    if (!m_output)
        return;
    if (state == QAudio::IdleState && m_source->drained()) {
        finish();
        return;
    }
    // Idle before the end is a passing underrun: the output waits for data by itself.
    if (state == QAudio::StoppedState && m_output->error() != QAudio::NoError) {
        const qint64 at = positionMs();
        stopOutput();
        setAnchor(at);
        setPlaying(false);
        setError(tr("Playback stopped: the sound output is gone."));
    }
}

void VoicePlayer::finish()
{
    const bool damaged = m_source->damaged();
    const qint64 at = damaged ? positionMs() : durationMs();
    stopOutput();
    setAnchor(at);
    setPlaying(false);
    if (damaged)
        setError(tr("The rest of this recording is damaged and cannot be played."));
    emit finished();
}

void VoicePlayer::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    emit playingChanged();
}

void VoicePlayer::setAnchor(qint64 positionMs)
{
    m_anchorMs = positionMs;
    m_heardMs = 0;
    emitPositionIfMoved();
}

void VoicePlayer::setError(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

void VoicePlayer::emitPositionIfMoved()
{
    const qint64 now = positionMs();
    if (now == m_lastReportedMs)
        return;
    m_lastReportedMs = now;
    emit positionChanged();
}

} // namespace debrief
