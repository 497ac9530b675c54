#pragma once

#include <QByteArray>
#include <QVector>

namespace debrief::test {

// A known recording for playback tests: a sine tone, encoded in memory to Ogg Opus with
// libopusenc the way the recorder does (48 kHz mono, 24 kbit/s constant bitrate, pages of
// at most 200 ms).
QByteArray toneRecording(int durationMs, double frequencyHz = 440.0);

// The 48 kHz mono samples of such a tone (amplitude 0.5).
QVector<qint16> toneSamples(int durationMs, double frequencyHz = 440.0);

// How many times per second the signal crosses zero upwards: its pitch, for a pure tone.
double upwardCrossingsPerSecond(const QVector<qint16>& samples, int sampleRate = 48000);

} // namespace debrief::test
