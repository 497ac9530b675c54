#pragma once

#include <QAudioFormat>
#include <QByteArray>
#include <vector>

namespace debrief {

// Turns PCM as a capture device delivers it (any sample format, any number of channels) into
// mono samples in [-1, 1] for the encoder and the level meter. A frame cut between two reads
// is kept until the rest arrives.
class MonoSamples
{
public:
    explicit MonoSamples(const QAudioFormat& format);

    // The complete frames of data (plus any partial frame kept from before), mixed to mono.
    const std::vector<float>& convert(const char* data, qsizetype size);

private:
    QAudioFormat m_format;
    int m_channels;
    int m_bytesPerSample;
    int m_bytesPerFrame;
    QByteArray m_partial;
    std::vector<float> m_out;
};

} // namespace debrief
