// Sharing benchmark, against a baseline measured in the same run:
//   13) share 1,000 entries with 100 voice notes (every part of every entry) to a coach's key:
//       ShareExporter::share, vault to finished .debrief file (compose, entries.md and
//       entries.json, zip, age-encrypt, write) vs reading the same entries and the same audio
//       from the vault (ShareComposer), without making, zipping or encrypting anything.
// The vault is a real SQLCipher file; each voice note is a minute of Ogg Opus at the
// recorder's 24 kbit/s (one recording's bytes, stored 100 times). The first run of each is a
// warm-up; runs alternate. The file is checked once: it opens in a second vault with everything.
//
// Usage: bench_share_bundle --data-dir DIR [--runs N]

#include "support/BenchSupport.h"

#include "share/ShareComposer.h"
#include "share/ShareExporter.h"
#include "share/ShareImporter.h"
#include "share/ShareKeys.h"
#include "vault/AudioStore.h"
#include "vault/Database.h"
#include "vault/LoopStore.h"
#include "vault/Migrations.h"
#include "vault/ReceivedStore.h"
#include "vault/ReflectionStore.h"
#include "vault/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cmath>
#include <opusenc.h>

using namespace debrief;
using namespace debrief::bench;

namespace {

constexpr int Entries = 1000;
constexpr int VoiceNotes = 100;
constexpr int VoiceSeconds = 60;

int appendPage(void* user, const unsigned char* data, opus_int32 length)
{
    static_cast<QByteArray*>(user)->append(reinterpret_cast<const char*>(data), length);
    return 0;
}

int closeNothing(void*)
{
    return 0;
}

// A minute of speech-like sound (two tones, varying), encoded as the recorder does.
QByteArray voiceNote()
{
    QByteArray out;
    OpusEncCallbacks callbacks{appendPage, closeNothing};
    OggOpusComments* comments = ope_comments_create();
    int error = 0;
    OggOpusEnc* encoder =
        ope_encoder_create_callbacks(&callbacks, &out, comments, 48000, 1, 0, &error);
    if (!encoder)
        fail(QStringLiteral("opus encoder"));
    ope_encoder_ctl(encoder, OPUS_SET_BITRATE(24000));
    ope_encoder_ctl(encoder, OPUS_SET_VBR(0));
    std::vector<opus_int16> samples(48000 * VoiceSeconds);
    for (size_t i = 0; i < samples.size(); ++i) {
        const double t = double(i) / 48000.0;
        samples[i] = opus_int16(6000 * std::sin(2 * M_PI * (180 + 40 * std::sin(t)) * t) +
                                3000 * std::sin(2 * M_PI * 1200 * t));
    }
    ope_encoder_write(encoder, samples.data(), int(samples.size()));
    ope_encoder_drain(encoder);
    ope_encoder_destroy(encoder);
    ope_comments_destroy(comments);
    return out;
}

std::unique_ptr<Database> openVault(const QString& path)
{
    VaultError error;
    auto db = Database::open(path, VaultKey::generate(), &error);
    if (!db || migrations::migrate(*db))
        fail(QStringLiteral("cannot create the vault at %1").arg(path));
    return db;
}

// 1,000 entries of 50–300 words with answers and a lesson; every tenth with a voice note.
ShareSelection fill(Database& db, const QByteArray& voice)
{
    TextGenerator gen(20240501);
    ShareSelection selection;
    ReflectionStore reflections(db);
    LoopStore loops(db);
    AudioStore audio(db);
    qint64 recordingId = 0;
    const VaultError error = inTransaction(db, [&]() -> VaultError {
        for (int i = 0; i < Entries; ++i) {
            const LocalMoment when = LocalMoment::fromDateTime(
                QDateTime::currentDateTimeUtc().addSecs(-3600LL * (Entries - i)));
            VaultError e;
            const ReflectionId id = reflections.add(gen.qtext(50, 300), when, &e);
            if (e)
                return e;
            LoopRecord loop;
            loop.reflectionId = id;
            loop.stage = Stage::Apply;
            loop.answers.set(QStringLiteral("detect.expected"), {},
                             {gen.qtext(10, 40), 0, 1, when});
            loop.answers.set(QStringLiteral("analyse.why_difference"), {},
                             {gen.qtext(20, 80), 0, 1, when});
            loop.lessons.append({0, id, Stage::Apply, gen.qtext(8, 20), when, when});
            if ((e = loops.restore(loop)))
                return e;
            if (i % (Entries / VoiceNotes) == 0) {
                AudioStore::SavedRecording r;
                r.info = {++recordingId,
                          id,
                          QString(),
                          oggOpusFormat(),
                          RecordingState::Complete,
                          VoiceSeconds * 1000,
                          voice.size()};
                r.chunks = {voice};
                if ((e = audio.restore({r})))
                    return e;
            }
            selection.append({id, ShareFields::everything()});
        }
        return {};
    });
    if (error)
        fail(QStringLiteral("filling the vault: ") + error.detail);
    return selection;
}

double shareOnce(Database& db, const ShareSelection& selection, const QString& key,
                 const QString& path, qint64* bytes)
{
    QFile::remove(path);
    const auto start = bench::Clock::now();
    ShareError error;
    if (!ShareExporter(db).share(selection, ShareProtection::coachKey(key), path, nullptr, &error))
        fail(QStringLiteral("share failed: ") + error.detail);
    const double ms = msBetween(start, bench::Clock::now());
    *bytes = QFile(path).size();
    return ms;
}

double readOnce(Database& db, const ShareSelection& selection, qint64* audioBytes)
{
    const auto start = bench::Clock::now();
    ShareError error;
    const ShareComposer composer(db);
    const auto entries = composer.entries(selection, &error);
    if (!entries)
        fail(QStringLiteral("reading failed: ") + error.detail);
    *audioBytes = 0;
    for (const BundleEntry& e : *entries) {
        for (const BundleRecording& r : e.recordings) {
            const auto audio = composer.audio(r, &error);
            if (!audio)
                fail(QStringLiteral("reading audio failed"));
            *audioBytes += audio->size();
        }
    }
    return msBetween(start, bench::Clock::now());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder for the vaults (a real disk)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Measured runs."),
                                     QStringLiteral("n"), QStringLiteral("5"));
    cli.addOptions({dataOpt, runsOpt});
    cli.process(app);
    if (!cli.isSet(dataOpt))
        fail(QStringLiteral("--data-dir is required"));
    const QDir dir(cli.value(dataOpt));
    QDir().mkpath(dir.path());
    const int runs = std::max(1, cli.value(runsOpt).toInt());
    for (const QString& name : {QStringLiteral("sender.db"), QStringLiteral("coach.db")}) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dir.filePath(name + suffix));
    }

    progress(QStringLiteral("encoding a voice note, filling a vault with %1 entries").arg(Entries));
    const QByteArray voice = voiceNote();
    auto sender = openVault(dir.filePath(QStringLiteral("sender.db")));
    auto coach = openVault(dir.filePath(QStringLiteral("coach.db")));
    const ShareSelection selection = fill(*sender, voice);
    ShareError error;
    const QString coachKey = *ShareKeys(*coach).publicKey(&error);
    const QString file = dir.filePath(QStringLiteral("share.debrief"));

    std::vector<double> shares, reads;
    qint64 fileBytes = 0, audioBytes = 0;
    for (int i = 0; i < runs + 1; ++i) {
        double s, r;
        if (i % 2 == 0) {
            s = shareOnce(*sender, selection, coachKey, file, &fileBytes);
            r = readOnce(*sender, selection, &audioBytes);
        } else {
            r = readOnce(*sender, selection, &audioBytes);
            s = shareOnce(*sender, selection, coachKey, file, &fileBytes);
        }
        if (i == 0) {
            // Correct once: the coach's vault opens it with every entry and voice note.
            const auto report = ShareImporter(*coach).importFile(file, {}, nullptr, &error);
            VaultError vaultError;
            int voices = 0;
            for (const ShareSender& s : ReceivedStore(*coach).senders(&vaultError)) {
                for (const ReceivedEntry& e : ReceivedStore(*coach).entries(s.id, &vaultError))
                    voices += ReceivedStore(*coach).audioOf(e.id, &vaultError).size();
            }
            if (!report || report->added != Entries || voices != VoiceNotes)
                fail(QStringLiteral("the share did not open whole in a second vault"));
            progress(QStringLiteral("share verified in a second vault; warm-up done"));
            continue;
        }
        shares.push_back(s);
        reads.push_back(r);
    }
    const double s = median(shares), r = median(reads);
    printRow(QStringLiteral("share 1,000 entries with 100 voice notes to a coach's key, vault to "
                            "finished .debrief (`ShareExporter::share`) vs reading the same "
                            "entries and audio from the vault, median"),
             formatMs(s), formatMs(r), formatRatio(s / r), QStringLiteral("≤ 1 s"), s <= 1000);
    printNote(QStringLiteral("sharing: %1 entries (50–300 words, 2 answers and a lesson each), "
                             "%2 voice notes of %3 s (%4 bytes of Ogg Opus in all); the .debrief "
                             "file is %5 bytes; %6 runs after a warm-up, alternating; files on "
                             "%7. Share min %8, reading min %9.")
                  .arg(Entries)
                  .arg(VoiceNotes)
                  .arg(VoiceSeconds)
                  .arg(audioBytes)
                  .arg(fileBytes)
                  .arg(runs)
                  .arg(filesystemOf(dir.path()))
                  .arg(formatMs(percentile(shares, 0)), formatMs(percentile(reads, 0))));
    QFile::remove(file);
    return 0;
}
