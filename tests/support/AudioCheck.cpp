#include "AudioCheck.h"

#include <QProcess>
#include <QtEndian>
#include <cmath>
#include <cstring>
#include <ogg/ogg.h>
#include <opusfile.h>

namespace debrief::test {

OggLayout inspectOgg(const QByteArray& bytes)
{
    OggLayout layout;
    ogg_sync_state sync;
    ogg_sync_init(&sync);
    char* buffer = ogg_sync_buffer(&sync, long(bytes.size()));
    std::memcpy(buffer, bytes.constData(), std::size_t(bytes.size()));
    ogg_sync_wrote(&sync, long(bytes.size()));
    ogg_stream_state stream;
    bool streamOpen = false;
    bool damaged = false;
    int consumed = 0;
    ogg_page page;
    for (;;) {
        const int got = ogg_sync_pageout(&sync, &page);
        if (got == 0)
            break;
        if (got < 0) {
            damaged = true;
            continue;
        }
        if (!streamOpen) {
            ogg_stream_init(&stream, ogg_page_serialno(&page));
            streamOpen = true;
        }
        const int pageBytes = int(page.header_len + page.body_len);
        consumed += pageBytes;
        OggPage info;
        info.granule = ogg_page_granulepos(&page);
        info.packetsEnded = ogg_page_packets(&page);
        info.beginsStream = ogg_page_bos(&page) != 0;
        info.endsStream = ogg_page_eos(&page) != 0;
        info.bytes = pageBytes;
        layout.pages.append(info);
        if (ogg_stream_pagein(&stream, &page) != 0)
            damaged = true;
        ogg_packet packet;
        int r;
        while ((r = ogg_stream_packetout(&stream, &packet)) != 0) {
            // A piece from the middle of a stream starts with a gap libogg reports once.
            const bool midStreamStart = !layout.pages.first().beginsStream &&
                                        layout.pages.size() == 1 && layout.packetSizes.isEmpty();
            if (r < 0 && !midStreamStart)
                damaged = true;
            else
                layout.packetSizes.append(int(packet.bytes));
        }
    }
    if (streamOpen)
        ogg_stream_clear(&stream);
    ogg_sync_clear(&sync);
    layout.trailingBytes = int(bytes.size()) - consumed;
    layout.valid = !damaged && !layout.pages.isEmpty();
    return layout;
}

DecodedAudio decodeOggOpus(const QByteArray& bytes)
{
    DecodedAudio out;
    int error = 0;
    OggOpusFile* file = op_open_memory(reinterpret_cast<const unsigned char*>(bytes.constData()),
                                       std::size_t(bytes.size()), &error);
    if (!file)
        return out;
    float pcm[5760 * 2];
    for (;;) {
        // Mixed down to mono by reading stereo and averaging (a mono stream gives L == R).
        const int frames = op_read_float_stereo(file, pcm, 5760 * 2);
        if (frames < 0) {
            op_free(file);
            return out;
        }
        if (frames == 0)
            break;
        for (int i = 0; i < frames; ++i)
            out.samples.append((pcm[2 * i] + pcm[2 * i + 1]) / 2);
    }
    op_free(file);
    out.ok = true;
    return out;
}

double rmsOf(const QVector<float>& samples, qsizetype from, qsizetype count)
{
    if (count < 0)
        count = samples.size() - from;
    if (count <= 0)
        return 0;
    double sum = 0;
    for (qsizetype i = from; i < from + count; ++i)
        sum += double(samples[i]) * samples[i];
    return std::sqrt(sum / double(count));
}

QVector<double> loudnessEnvelope(const QVector<float>& samples, int windowSamples)
{
    QVector<double> envelope;
    for (qsizetype start = 0; start + windowSamples <= samples.size(); start += windowSamples)
        envelope.append(rmsOf(samples, start, windowSamples));
    return envelope;
}

namespace {

double pearson(const double* a, const double* b, int n)
{
    double ma = 0, mb = 0;
    for (int i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0, saa = 0, sbb = 0;
    for (int i = 0; i < n; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0;
}

} // namespace

double bestCorrelation(const QVector<double>& a, const QVector<double>& b, int maxLag,
                       int minOverlap, int* lagOut)
{
    double best = -1;
    for (int lag = -maxLag; lag <= maxLag; ++lag) {
        // b[i] against a[i + lag]
        const int startB = std::max(0, -lag);
        const int startA = startB + lag;
        const int n = std::min(int(a.size()) - startA, int(b.size()) - startB);
        if (n < minOverlap)
            continue;
        const double r = pearson(a.constData() + startA, b.constData() + startB, n);
        if (r > best) {
            best = r;
            if (lagOut)
                *lagOut = lag;
        }
    }
    return best;
}

QByteArray speechPcm(const QString& sentence)
{
    QProcess speak;
    QProcess convert;
    speak.setStandardOutputProcess(&convert);
    speak.start(QStringLiteral("espeak-ng"), {QStringLiteral("--stdout"), sentence});
    convert.start(QStringLiteral("sox"),
                  {QStringLiteral("-t"), QStringLiteral("wav"), QStringLiteral("-"),
                   QStringLiteral("-t"), QStringLiteral("raw"), QStringLiteral("-r"),
                   QStringLiteral("48000"), QStringLiteral("-e"), QStringLiteral("signed"),
                   QStringLiteral("-b"), QStringLiteral("16"), QStringLiteral("-c"),
                   QStringLiteral("1"), QStringLiteral("-")});
    // sox first: waiting on it also drains its output, which espeak-ng's end depends on.
    if (!convert.waitForFinished(30000) || !speak.waitForFinished(30000))
        return {};
    if (speak.exitCode() != 0 || convert.exitCode() != 0)
        return {};
    return convert.readAllStandardOutput();
}

bool startSpeaking(QProcess& pacat, const QByteArray& pcm)
{
    pacat.start(QStringLiteral("pacat"),
                {QStringLiteral("--playback"), QStringLiteral("--device=vsink"),
                 QStringLiteral("--latency-msec=20"), QStringLiteral("--raw"),
                 QStringLiteral("--format=s16le"), QStringLiteral("--rate=48000"),
                 QStringLiteral("--channels=1")});
    if (!pacat.waitForStarted(5000))
        return false;
    pacat.write(pcm);
    pacat.closeWriteChannel();
    return true;
}

QVector<float> samplesOf(const QByteArray& pcm16)
{
    QVector<float> samples(pcm16.size() / 2);
    for (qsizetype i = 0; i < samples.size(); ++i)
        samples[i] = float(qFromLittleEndian<qint16>(pcm16.constData() + 2 * i)) / 32768.0f;
    return samples;
}

} // namespace debrief::test
