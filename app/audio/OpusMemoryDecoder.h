#pragma once

#include <QByteArray>
#include <QtGlobal>

struct OggOpusFile;

namespace debrief {

// Decodes an Ogg Opus recording held in memory (opusfile), so playback never needs a file.
class OpusMemoryDecoder
{
public:
    static constexpr int SampleRate = 48000; // Opus always decodes at 48 kHz

    OpusMemoryDecoder() = default;
    ~OpusMemoryDecoder();
    OpusMemoryDecoder(const OpusMemoryDecoder&) = delete;
    OpusMemoryDecoder& operator=(const OpusMemoryDecoder&) = delete;

    // False when the bytes are not a readable Ogg Opus stream. Keeps a (shared) copy of them.
    bool open(const QByteArray& oggOpus);
    void close();
    bool isOpen() const { return m_file != nullptr; }

    // 1 for mono recordings, else 2 (anything wider is mixed down to stereo).
    int channels() const { return m_channels; }
    qint64 lengthFrames() const { return m_lengthFrames; }
    qint64 lengthMs() const { return m_lengthFrames * 1000 / SampleRate; }

    // Sample-exact; false when the data there cannot be read.
    bool seek(qint64 frame);
    // Decodes up to maxFrames interleaved frames into out: the number decoded, 0 at the end,
    // -1 when the data is damaged from here on.
    int read(qint16* out, int maxFrames);

private:
    QByteArray m_data; // opusfile reads it in place
    OggOpusFile* m_file = nullptr;
    int m_channels = 1;
    qint64 m_lengthFrames = 0;
};

} // namespace debrief
