#pragma once

#include <QtGlobal>

struct sonicStreamStruct;

namespace debrief {

// Plays speech faster or slower without raising or lowering the voice (Sonic, the time-stretch
// made for speech): 16-bit interleaved frames in, the same voice at another speed out.
class SpeechTempo
{
public:
    SpeechTempo(int sampleRate, int channels);
    ~SpeechTempo();
    SpeechTempo(const SpeechTempo&) = delete;
    SpeechTempo& operator=(const SpeechTempo&) = delete;

    // Starts afresh (after a seek): forgets whatever is buffered.
    void reset(double speed);
    double speed() const { return m_speed; }

    void write(const qint16* frames, int count);
    // Pushes out what is still buffered, at the end of the recording.
    void flush();
    // Up to maxFrames processed frames into out; the number copied.
    int read(qint16* out, int maxFrames);

private:
    sonicStreamStruct* m_stream = nullptr;
    int m_sampleRate;
    int m_channels;
    double m_speed = 1.0;
};

} // namespace debrief
