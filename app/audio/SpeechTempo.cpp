#include "audio/SpeechTempo.h"

#include <sonic.h>

namespace debrief {

SpeechTempo::SpeechTempo(int sampleRate, int channels)
    : m_sampleRate(sampleRate)
    , m_channels(channels)
{
    reset(1.0);
}

SpeechTempo::~SpeechTempo()
{
    if (m_stream)
        sonicDestroyStream(m_stream);
}

void SpeechTempo::reset(double speed)
{
    if (m_stream)
        sonicDestroyStream(m_stream);
    m_stream = sonicCreateStream(m_sampleRate, m_channels);
    m_speed = speed;
    if (m_stream)
        sonicSetSpeed(m_stream, float(speed));
}

void SpeechTempo::write(const qint16* frames, int count)
{
    // Sonic's interface is not const-correct; it only reads the samples.
    if (m_stream && count > 0)
        sonicWriteShortToStream(m_stream, const_cast<short*>(frames), count);
}

void SpeechTempo::flush()
{
    if (m_stream)
        sonicFlushStream(m_stream);
}

int SpeechTempo::read(qint16* out, int maxFrames)
{
    return m_stream ? sonicReadShortFromStream(m_stream, out, maxFrames) : 0;
}

} // namespace debrief
