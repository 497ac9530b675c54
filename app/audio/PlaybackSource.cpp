#include "audio/PlaybackSource.h"

#include "audio/OpusMemoryDecoder.h"

namespace debrief {

namespace {
constexpr int DecodeFrames = OpusMemoryDecoder::SampleRate / 50; // 20 ms, one Opus packet
}

PlaybackSource::PlaybackSource(OpusMemoryDecoder& decoder, QObject* parent)
    : QIODevice(parent)
    , m_decoder(decoder)
    , m_tempo(OpusMemoryDecoder::SampleRate, decoder.channels())
    , m_decoded(DecodeFrames * decoder.channels())
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool PlaybackSource::restart(qint64 frame, double speed)
{
    m_tempo.reset(speed);
    m_decoderDone = false;
    m_drained = false;
    m_damaged = false;
    if (!m_decoder.seek(frame)) {
        m_damaged = true;
        m_decoderDone = true;
        m_drained = true;
        return false;
    }
    return true;
}

bool PlaybackSource::decodeMore()
{
    if (m_decoderDone)
        return false;
    const int frames = m_decoder.read(m_decoded.data(), DecodeFrames);
    if (frames > 0) {
        m_tempo.write(m_decoded.constData(), frames);
        return true;
    }
    m_damaged = frames < 0;
    m_decoderDone = true;
    m_tempo.flush(); // the last words, not held back by the tempo's window
    return true;
}

qint64 PlaybackSource::readData(char* data, qint64 maxSize)
{
    const int channels = m_decoder.channels();
    const int frameBytes = int(sizeof(qint16)) * channels;
    auto* out = reinterpret_cast<qint16*>(data);
    const qint64 wanted = maxSize / frameBytes;
    qint64 done = 0;
    while (done < wanted) {
        const int got =
            m_tempo.read(out + done * channels, int(qMin<qint64>(wanted - done, 1 << 16)));
        done += got;
        if (got == 0 && !decodeMore()) {
            m_drained = true;
            break;
        }
    }
    return done * frameBytes;
}

} // namespace debrief
