#pragma once

#include <QByteArray>
#include <QString>

struct OggOpusEnc;

namespace debrief {

// Turns microphone samples into Ogg Opus in memory (libopusenc): mono speech at a constant
// bitrate, since a variable one would give the words away through the packet sizes. Pages are
// short (PageMs), so whatever takePages() hands out is complete, playable audio.
class OpusStreamEncoder
{
public:
    static constexpr int DefaultBitrate = 24000; // bit/s: ~180 KB a minute, clear speech
    static constexpr int PageMs = 200;

    // inputRate is the capture's sample rate; libopusenc resamples to Opus's 48 kHz itself.
    explicit OpusStreamEncoder(int inputRate, int bitrate = DefaultBitrate);
    ~OpusStreamEncoder();
    OpusStreamEncoder(const OpusStreamEncoder&) = delete;
    OpusStreamEncoder& operator=(const OpusStreamEncoder&) = delete;

    // False when libopusenc refused (errorString() says why, for logs: no content).
    bool isValid() const { return m_encoder != nullptr && m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // Mono samples in [-1, 1]; false on an encoder error.
    bool write(const float* samples, int count);
    // Ends the stream: the last pages, marked with the exact length. Nothing can follow.
    bool finish();

    // The pages completed since the last call (the first call includes the stream headers).
    QByteArray takePages();
    // How much audio the pages completed so far hold, in milliseconds.
    qint64 encodedMs() const;
    int inputRate() const { return m_inputRate; }

private:
    friend struct OpusStreamEncoderCallbacks;
    void takePage(const unsigned char* page, qsizetype length);
    void fail(const char* what, int code);

    OggOpusEnc* m_encoder = nullptr;
    int m_inputRate;
    QByteArray m_pages;
    qint64 m_lastGranule = 0; // 48 kHz samples, including the pre-skip
    int m_preSkip = 0;
    bool m_finished = false;
    QString m_error;
};

} // namespace debrief
