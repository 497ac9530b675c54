#pragma once

// Checks on recorded audio for the audio tests: the Ogg structure (libogg), decoding
// (opusfile), loudness and likeness of two signals. Everything in memory.

#include <QByteArray>
#include <QString>
#include <QVector>

class QProcess;

namespace debrief::test {

struct OggPage
{
    qint64 granule = -1;
    int packetsEnded = 0;
    bool beginsStream = false;
    bool endsStream = false;
    int bytes = 0;
};

struct OggLayout
{
    QVector<OggPage> pages;
    QVector<int> packetSizes; // every packet, headers included, in order (from the first whole one)
    int trailingBytes = 0;    // bytes after the last complete page (0 for whole pages)
    bool valid = false;       // libogg took every page (no damage)
};
OggLayout inspectOgg(const QByteArray& bytes);

// Decoded to 48 kHz mono; ok false when opusfile cannot open or read it.
struct DecodedAudio
{
    bool ok = false;
    QVector<float> samples;
    qint64 durationMs() const { return qint64(samples.size()) * 1000 / 48000; }
};
DecodedAudio decodeOggOpus(const QByteArray& bytes);

double rmsOf(const QVector<float>& samples, qsizetype from = 0, qsizetype count = -1);
// RMS per window of windowSamples.
QVector<double> loudnessEnvelope(const QVector<float>& samples, int windowSamples);
// The highest Pearson correlation of b against a shifted by -maxLag..maxLag windows (the
// overlap must hold at least minOverlap windows). lagOut gets the shift found.
double bestCorrelation(const QVector<double>& a, const QVector<double>& b, int maxLag,
                       int minOverlap, int* lagOut = nullptr);

// Speech from espeak-ng, as 48 kHz mono 16-bit PCM (through sox), never written to a file.
// Empty when the tools are missing.
QByteArray speechPcm(const QString& sentence);
// Starts playing 48 kHz mono 16-bit PCM into the virtual microphone (with-virtual-mic.sh's
// vsink) at a real microphone's pace; false when pacat did not start.
bool startSpeaking(QProcess& pacat, const QByteArray& pcm);
QVector<float> samplesOf(const QByteArray& pcm16);

} // namespace debrief::test
