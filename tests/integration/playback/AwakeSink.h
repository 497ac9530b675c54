#pragma once

#include <QAudioSink>
#include <QIODevice>
#include <memory>

namespace debrief::test {

// Keeps the test server's null sink rendering in small steps while a test runs. With no stream
// playing, PulseAudio's null sink renders up to 2 s ahead and sleeps, so the next stream is only
// heard up to 2 s later (a sound card would rewind instead). A silent low-latency stream of our
// own keeps it as prompt as real hardware, so timings in playback tests mean something.
class AwakeSink
{
public:
    AwakeSink();
    ~AwakeSink();
    AwakeSink(const AwakeSink&) = delete;
    AwakeSink& operator=(const AwakeSink&) = delete;

private:
    // Endless silence.
    class Silence : public QIODevice
    {
    public:
        Silence() { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
        bool isSequential() const override { return true; }

    protected:
        qint64 readData(char* data, qint64 maxSize) override;
        qint64 writeData(const char*, qint64) override { return -1; }
    };
    Silence m_silence;
    std::unique_ptr<QAudioSink> m_sink;
};

} // namespace debrief::test
