#include "AwakeSink.h"

#include "TestEnvironment.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QMediaDevices>
#include <QTest>
#include <catch2/catch_test_macros.hpp>
#include <cstring>

namespace debrief::test {

qint64 AwakeSink::Silence::readData(char* data, qint64 maxSize)
{
    std::memset(data, 0, size_t(maxSize));
    return maxSize;
}

AwakeSink::AwakeSink()
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    REQUIRE_FALSE(device.isNull());
    QAudioFormat format;
    format.setSampleRate(48000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->setBufferSize(format.bytesForDuration(100000));
    m_sink->start(&m_silence);
    // Past the sleep the sink was in when we connected.
    REQUIRE(waitUntil([&] { return m_sink->processedUSecs() > 100000; }, 5000));
}

AwakeSink::~AwakeSink()
{
    m_sink->stop();
}

} // namespace debrief::test
