// Voice benchmarks, each against a baseline measured in the same run:
//   5) tap to first captured sample: VoiceRecorder::start() until it records (the first sound
//      is in and the recording exists in the vault), after a first recording of the session,
//      vs a bare QAudioSource's start() until its first data, on the same device
//   6) encoder CPU time per second of speech (OpusStreamEncoder) vs one core for that second
//   7) bytes per minute of speech vs the raw PCM the microphone delivered
//   8) memory (RSS) while ten minutes of audio go through the recording path (encoder and
//      AudioStore chunks on a real vault), fed faster than real time: after 10 min vs after 1
// 5) needs an audio input (run inside tests/support/with-virtual-mic.sh); without one it is
// skipped with a note.
//
// Usage: bench_audio --data-dir <dir on a real disk> [--starts N] [--minutes M]

#include "support/BenchSupport.h"

#include "audio/OpusStreamEncoder.h"
#include "audio/VoiceRecorder.h"
#include "fake/FakePermissions.h"
#include "vault/AudioStore.h"
#include "vault/Database.h"
#include "vault/Migrations.h"

#include <QAudioSource>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMediaDevices>
#include <QProcess>
#include <QThread>
#include <cmath>
#include <ctime>
#include <opusenc.h>
#include <unistd.h>

using namespace debrief;
using namespace debrief::bench;

namespace {

constexpr int Rate = 48000;

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

double rssMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * double(sysconf(_SC_PAGESIZE)) / 1048576.0 : 0;
}

// One minute of speech: espeak-ng sentences through sox at 48 kHz, repeated; a synthetic
// voice-like signal when the tools are missing (noted).
QVector<float> minuteOfSpeech(QString* source)
{
    QProcess speak, convert;
    speak.setStandardOutputProcess(&convert);
    speak.start(QStringLiteral("espeak-ng"),
                {QStringLiteral("--stdout"),
                 QStringLiteral("The meeting ran long and the client left before the demo. I "
                                "should have opened with the numbers they asked for last week, "
                                "and kept the story short. Next time I send the agenda the day "
                                "before and ask what they need to decide.")});
    convert.start(QStringLiteral("sox"),
                  {QStringLiteral("-t"), QStringLiteral("wav"), QStringLiteral("-"),
                   QStringLiteral("-t"), QStringLiteral("raw"), QStringLiteral("-r"),
                   QString::number(Rate), QStringLiteral("-e"), QStringLiteral("signed"),
                   QStringLiteral("-b"), QStringLiteral("16"), QStringLiteral("-c"),
                   QStringLiteral("1"), QStringLiteral("-")});
    QVector<float> speech;
    if (convert.waitForFinished(30000) && speak.waitForFinished(30000) && convert.exitCode() == 0) {
        const QByteArray pcm = convert.readAllStandardOutput();
        for (qsizetype i = 0; i + 1 < pcm.size(); i += 2) {
            qint16 v;
            std::memcpy(&v, pcm.constData() + i, 2);
            speech.append(float(v) / 32768.0f);
        }
        *source = QStringLiteral("espeak-ng speech");
    }
    if (speech.isEmpty()) {
        *source = QStringLiteral("a synthetic voice-like signal (espeak-ng/sox missing)");
        for (int i = 0; i < Rate * 4; ++i) {
            const double t = double(i) / Rate;
            speech.append(float(0.3 * std::sin(2 * M_PI * 140 * t) * std::sin(M_PI * t * 4)));
        }
    }
    QVector<float> minute;
    minute.reserve(Rate * 60);
    while (minute.size() < Rate * 60)
        minute += speech.mid(0, std::min<qsizetype>(speech.size(), Rate * 60 - minute.size()));
    return minute;
}

void benchEncoder(const QVector<float>& minute, const QString& source)
{
    // Fed as the recorder feeds it: 50 ms pieces, pages taken once a second.
    const int runs = 5;
    std::vector<double> cpuPerSecond;
    qint64 bytes = 0;
    for (int run = 0; run < runs + 1; ++run) {
        OpusStreamEncoder encoder(Rate);
        if (!encoder.isValid())
            fail(QStringLiteral("encoder: ") + encoder.errorString());
        qint64 out = 0;
        const double t0 = threadCpuMs();
        for (qsizetype at = 0; at < minute.size(); at += Rate / 20) {
            encoder.write(minute.constData() + at, Rate / 20);
            if (at % Rate == 0)
                out += encoder.takePages().size();
        }
        encoder.finish();
        out += encoder.takePages().size();
        const double cpu = threadCpuMs() - t0;
        if (run == 0)
            continue; // warm-up
        cpuPerSecond.push_back(cpu / 60.0);
        bytes = out;
    }
    const double perSecond = median(cpuPerSecond);
    printRow(QStringLiteral("Encoder CPU per second of speech (`OpusStreamEncoder`, 24 kbit/s "
                            "CBR, 20 ms frames) vs one core for that second"),
             formatMs(perSecond), formatMs(1000),
             QStringLiteral("%1 %").arg(perSecond / 10, 0, 'f', 2),
             QStringLiteral("≤ 2 % of a core"), perSecond / 1000 <= 0.02);
    const double rawBytes = double(minute.size()) * 2; // what the microphone delivers (16-bit)
    printRow(QStringLiteral("Bytes per minute of speech (Ogg Opus, headers included) vs raw "
                            "16-bit 48 kHz mono PCM"),
             QStringLiteral("%1 KB").arg(double(bytes) / 1000, 0, 'f', 1),
             QStringLiteral("%1 KB").arg(rawBytes / 1000, 0, 'f', 0),
             formatRatio(double(bytes) / rawBytes), QStringLiteral("≤ 200 KB/min"),
             double(bytes) / 1000 <= 200);
    printNote(QStringLiteral("Encoder: one minute of %1, %2 runs (median; thread CPU time); "
                             "%3.")
                  .arg(source)
                  .arg(runs)
                  .arg(QString::fromUtf8(ope_get_version_string())));
}

std::unique_ptr<Database> openVault(const QString& path, const VaultKey& key)
{
    VaultError error;
    auto db = Database::open(path, key, &error);
    if (!db || migrations::migrate(*db))
        fail(QStringLiteral("vault: ") + error.detail);
    return db;
}

void benchMemory(const QString& dir, const QVector<float>& minute, int minutes)
{
    const QString path = QDir(dir).filePath(QStringLiteral("memory.db"));
    QFile::remove(path);
    const VaultKey key = VaultKey::generate();
    auto db = openVault(path, key);
    AudioStore store(*db);
    VaultError error;
    const RecordingInfo rec = store.startVoiceReflection(
        LocalMoment::fromDateTime(QDateTime::currentDateTime()), oggOpusFormat(), &error);
    if (error)
        fail(QStringLiteral("start: ") + error.detail);
    // The worker's loop, without the microphone: 50 ms pieces in, a chunk committed per
    // second of audio, as fast as the machine goes.
    OpusStreamEncoder encoder(Rate);
    std::vector<double> rss;
    QElapsedTimer wall;
    wall.start();
    for (int m = 0; m < minutes; ++m) {
        for (int second = 0; second < 60; ++second) {
            for (int piece = 0; piece < 20; ++piece)
                encoder.write(minute.constData() + second * Rate + piece * Rate / 20, Rate / 20);
            if ((error = store.appendChunk(rec.id, encoder.takePages(), encoder.encodedMs())))
                fail(QStringLiteral("append: ") + error.detail);
        }
        rss.push_back(rssMb());
    }
    encoder.finish();
    if ((error = store.finish(rec.id, encoder.takePages(), encoder.encodedMs())))
        fail(QStringLiteral("finish: ") + error.detail);
    const double first = rss.front(), last = rss.back();
    printRow(QStringLiteral("Memory (RSS) recording %1 min through encoder + vault chunks: after "
                            "%1 min vs after 1 min")
                 .arg(minutes),
             QStringLiteral("%1 MB").arg(last, 0, 'f', 1),
             QStringLiteral("%1 MB").arg(first, 0, 'f', 1), formatRatio(last / first),
             QStringLiteral("flat (≤ +1 MB)"), last - first <= 1.0);
    QStringList series;
    for (double r : rss)
        series.append(QString::number(r, 'f', 1));
    printNote(QStringLiteral("Memory: %1 minutes of audio fed faster than real time (%2 s), "
                             "one chunk per audio second on an encrypted vault; RSS per minute "
                             "(MB): %3; recording %4 KB in the vault.")
                  .arg(minutes)
                  .arg(double(wall.elapsed()) / 1000, 0, 'f', 1)
                  .arg(series.join(QStringLiteral(", ")))
                  .arg(double(store.info(rec.id, &error)->byteCount) / 1000, 0, 'f', 0));
}

// Bare QAudioSource: start() until the first data arrives.
double rawFirstDataMs(const QAudioDevice& device)
{
    QAudioFormat format;
    format.setSampleRate(Rate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    QAudioSource source(device, format);
    QElapsedTimer clock;
    clock.start();
    QIODevice* io = source.start();
    if (!io)
        fail(QStringLiteral("QAudioSource did not start"));
    bool got = false;
    QObject::connect(io, &QIODevice::readyRead, io, [&] { got = got || !io->readAll().isEmpty(); });
    if (!waitFor([&] { return got; }, 5000))
        fail(QStringLiteral("QAudioSource delivered nothing"));
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    source.stop();
    return ms;
}

void benchFirstSample(const QString& dir, int starts)
{
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    if (inputs.isEmpty() || qEnvironmentVariableIsEmpty("PULSE_SERVER")) {
        printNote(QStringLiteral("Tap to first sample: skipped, no audio input (run inside "
                                 "tests/support/with-virtual-mic.sh)."));
        return;
    }
    const QString path = QDir(dir).filePath(QStringLiteral("first-sample.db"));
    QFile::remove(path);
    const VaultKey key = VaultKey::generate();
    auto db = openVault(path, key);
    VaultError error;
    platform::FakePermissions permissions;
    VoiceRecorder recorder(Database::open(path, key, &error), permissions);
    recorder.setInputDevice(inputs.first().id());
    auto record = [&](bool keep) {
        QElapsedTimer clock;
        clock.start();
        recorder.start();
        if (!waitFor([&] { return recorder.state() == VoiceRecorder::State::Recording; }, 5000))
            fail(QStringLiteral("recorder did not start: ") + recorder.errorMessage());
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        QThread::msleep(100);
        keep ? recorder.stop() : recorder.discard();
        if (!waitFor([&] { return !recorder.isActive(); }, 5000))
            fail(QStringLiteral("recorder did not stop"));
        return ms;
    };
    const double firstOfSession = record(true); // the session's first recording (cold)
    rawFirstDataMs(inputs.first());             // and the baseline's
    std::vector<double> app, raw;
    for (int i = 0; i < starts; ++i) {
        if (i % 2 == 0) {
            app.push_back(record(false));
            raw.push_back(rawFirstDataMs(inputs.first()));
        } else {
            raw.push_back(rawFirstDataMs(inputs.first()));
            app.push_back(record(false));
        }
    }
    const double a = median(app), r = median(raw);
    printRow(QStringLiteral("Tap to first captured sample, median after the session's first "
                            "recording: `VoiceRecorder::start()` until recording vs bare "
                            "`QAudioSource` until its first data"),
             formatMs(a), formatMs(r), formatRatio(a / r), QStringLiteral("≤ 150 ms"), a <= 150);
    printNote(QStringLiteral("Tap to first sample: %1 starts on \"%2\" (%3); p95 %4, max %5; "
                             "bare QAudioSource p95 %6; the session's first recording took %7. "
                             "Under with-virtual-mic.sh the input is PulseAudio's remapped "
                             "null-sink monitor, kept ticking at 20 ms like a real microphone.")
                  .arg(starts)
                  .arg(inputs.first().description(), QString::fromUtf8(qgetenv("PULSE_SERVER")))
                  .arg(formatMs(percentile(app, 95)), formatMs(percentile(app, 100)),
                       formatMs(percentile(raw, 95)), formatMs(firstOfSession)));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"),
                                        QStringLiteral("Folder for the vaults."),
                                        QStringLiteral("dir"));
    const QCommandLineOption startsOpt(QStringLiteral("starts"),
                                       QStringLiteral("Measured recording starts."),
                                       QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption minutesOpt(QStringLiteral("minutes"),
                                        QStringLiteral("Minutes of audio for the memory run."),
                                        QStringLiteral("n"), QStringLiteral("10"));
    cli.addOptions({dataDirOpt, startsOpt, minutesOpt});
    cli.process(app);
    if (!cli.isSet(dataDirOpt))
        fail(QStringLiteral("--data-dir is required"));
    const QString dir = QDir(cli.value(dataDirOpt)).absolutePath();
    QDir().mkpath(dir);

    QString source;
    progress(QStringLiteral("making a minute of speech"));
    const QVector<float> minute = minuteOfSpeech(&source);
    progress(QStringLiteral("tap to first sample"));
    benchFirstSample(dir, cli.value(startsOpt).toInt());
    progress(QStringLiteral("encoder"));
    benchEncoder(minute, source);
    progress(QStringLiteral("memory over %1 minutes").arg(cli.value(minutesOpt)));
    benchMemory(dir, minute, cli.value(minutesOpt).toInt());
    return 0;
}
