#pragma once

#include "audio/SpeechTempo.h"

#include <QIODevice>
#include <QVector>

namespace debrief {

class OpusMemoryDecoder;

// What the audio output pulls while a recording plays: decoded Opus, through the speech
// tempo, as 16-bit PCM. Everything stays in memory.
class PlaybackSource : public QIODevice
{
    Q_OBJECT

public:
    // decoder must outlive this object and stay open while it is read.
    explicit PlaybackSource(OpusMemoryDecoder& decoder, QObject* parent = nullptr);

    // Continues from frame (of the recording) at speed; false when the data there is damaged.
    bool restart(qint64 frame, double speed);
    // The whole rest of the recording has been handed out.
    bool drained() const { return m_drained; }
    // The recording turned out to be damaged part-way through.
    bool damaged() const { return m_damaged; }

    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_drained; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    // Decodes one more piece into the tempo; false once nothing more will come.
    bool decodeMore();

    OpusMemoryDecoder& m_decoder;
    SpeechTempo m_tempo;
    QVector<qint16> m_decoded;
    bool m_decoderDone = false;
    bool m_drained = false;
    bool m_damaged = false;
};

} // namespace debrief
