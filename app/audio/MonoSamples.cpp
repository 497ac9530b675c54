#include "audio/MonoSamples.h"

#include <cstring>

namespace debrief {

MonoSamples::MonoSamples(const QAudioFormat& format)
    : m_format(format)
    , m_channels(qMax(1, format.channelCount()))
    , m_bytesPerSample(qMax(1, format.bytesPerSample()))
    , m_bytesPerFrame(qMax(1, format.bytesPerFrame()))
{
}

const std::vector<float>& MonoSamples::convert(const char* data, qsizetype size)
{
    m_out.clear();
    const char* p = data;
    qsizetype left = size;
    if (!m_partial.isEmpty()) {
        const qsizetype missing = qMin<qsizetype>(m_bytesPerFrame - m_partial.size(), left);
        m_partial.append(p, missing);
        p += missing;
        left -= missing;
        if (m_partial.size() < m_bytesPerFrame)
            return m_out;
    }
    const qsizetype frames = left / m_bytesPerFrame;
    m_out.reserve(std::size_t(frames + 1));
    auto mix = [this](const char* frame) {
        float sum = 0;
        for (int c = 0; c < m_channels; ++c)
            sum += m_format.normalizedSampleValue(frame + c * m_bytesPerSample);
        return sum / float(m_channels);
    };
    if (!m_partial.isEmpty()) {
        m_out.push_back(mix(m_partial.constData()));
        m_partial.clear();
    }
    if (m_format.sampleFormat() == QAudioFormat::Int16 && m_channels == 1) {
        // The usual case, without a call per sample.
        const std::size_t start = m_out.size();
        m_out.resize(start + std::size_t(frames));
        for (qsizetype i = 0; i < frames; ++i) {
            qint16 v;
            std::memcpy(&v, p + i * 2, 2);
            m_out[start + std::size_t(i)] = float(v) / 32768.0f;
        }
    } else {
        for (qsizetype i = 0; i < frames; ++i)
            m_out.push_back(mix(p + i * m_bytesPerFrame));
    }
    m_partial = QByteArray(p + frames * m_bytesPerFrame, left - frames * m_bytesPerFrame);
    return m_out;
}

} // namespace debrief
