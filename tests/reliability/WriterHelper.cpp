// The kill loop's victim (SECURITY.md RE-2): opens a real vault the way the app does and
// writes until it is killed, as a person using the app would, only faster: new text
// reflections, edits, deletes and stage answers (ReflectionStore, LoopStore) on the main
// connection, the idle maintenance (FTS merges, WAL checkpoints) in between, and voice notes
// in chunks (AudioStore, one transaction per chunk as the recorder does) on a second
// connection in a thread of its own, as the recorder's worker does.
//
// Usage: debrief_writer_helper <vault folder> <key file (64 hex digits)> <seed>
// Prints the lines of WriterProtocol.h on stdout, each flushed, COMMITTED only once the
// transaction has committed.

#include "WriterProtocol.h"
#include "core/Recording.h"
#include "vault/AudioStore.h"
#include "vault/LoopStore.h"
#include "vault/ReflectionStore.h"
#include "vault/ReflectionUuids.h"
#include "vault/VaultMaintenance.h"
#include "vault/VaultOpener.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>

using namespace debrief;
using debrief::test::absentHash;
using debrief::test::contentHash;

namespace {

std::mutex outputMutex;

void say(const char* what, const QByteArray& key, const QByteArray& hash)
{
    const std::lock_guard<std::mutex> lock(outputMutex);
    std::printf("%s %s %s\n", what, key.constData(), hash.constData());
    std::fflush(stdout);
}

LocalMoment now()
{
    return LocalMoment::fromDateTime(QDateTime::currentDateTime());
}

// Words for the full-text index, then a unique tail so no two writes hold the same text.
QString someText(std::mt19937_64& rng, int maxWords)
{
    static const char* const words[] = {"meeting", "deadline", "pitch",  "client", "budget",
                                        "review",  "talk",     "failed", "walk",   "plan",
                                        "numbers", "lesson",   "again",  "team",   "naïve",
                                        "Übung",   "复盘",     "失败",   "next",   "time"};
    const int count = 1 + int(rng() % unsigned(maxWords));
    QString text;
    for (int i = 0; i < count; ++i) {
        text += QString::fromUtf8(words[rng() % (sizeof words / sizeof *words)]);
        text += (i % 12 == 11) ? QLatin1Char('\n') : QLatin1Char(' ');
    }
    return text + QString::number(rng(), 36);
}

// Voice notes as the recorder writes them: a reflection and its recording, then a chunk per
// transaction, then finish; a new one after a few seconds' worth.
void recordForever(const QString& path, const VaultKey& key, quint64 seed, std::atomic_bool& stop)
{
    VaultError error;
    auto db = Database::open(path, key, &error);
    if (!db) {
        std::fprintf(stderr, "audio connection: %s\n", qPrintable(error.detail));
        std::exit(5);
    }
    AudioStore audio(*db);
    std::mt19937_64 rng(seed);
    while (!stop) {
        const RecordingInfo rec = audio.startVoiceReflection(now(), oggOpusFormat(), &error);
        if (error) {
            std::fprintf(stderr, "startVoiceReflection: %s\n", qPrintable(error.detail));
            std::exit(5);
        }
        const QByteArray key = "audio:" + QByteArray::number(rec.id);
        QByteArray all;
        const int chunks = 2 + int(rng() % 20);
        for (int i = 1; i <= chunks && !stop; ++i) {
            QByteArray chunk(int(100 + rng() % 1400), Qt::Uninitialized);
            for (char& c : chunk)
                c = char(rng());
            const QByteArray next = all + chunk;
            say("WRITING", key, contentHash(next));
            error = i < chunks ? audio.appendChunk(rec.id, chunk, qint64(i) * 1000)
                               : audio.finish(rec.id, chunk, qint64(i) * 1000);
            if (error) {
                std::fprintf(stderr, "appendChunk: %s\n", qPrintable(error.detail));
                std::exit(5);
            }
            all = next;
            say("COMMITTED", key, contentHash(all));
            QThread::msleep(2 + rng() % 10);
        }
    }
}

[[noreturn]] void failed(const char* what, const VaultError& error)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error.detail));
    std::exit(4);
}

// Text reflections, edits, deletes and stage answers, as fast as the vault takes them.
[[noreturn]] void writeForever(Database& db, quint64 seed)
{
    static const char* const prompts[] = {"detect.facts", "detect.feeling",
                                          "analyse.why_difference", "apply.change",
                                          "continue.next_risk"};
    std::mt19937_64 rng(seed);
    ReflectionStore reflections(db);
    ReflectionUuids uuids(db);
    LoopStore loops(db);
    VaultMaintenance maintenance(db);
    // Reflections are reported by uuid: a deleted reflection's id may come back with the next.
    struct Written
    {
        ReflectionId id;
        QByteArray key;
    };
    QVector<Written> plain;    // this run's reflections that may be edited or deleted
    QVector<Written> answered; // this run's reflections with answers (kept)
    for (;;) {
        const unsigned op = unsigned(rng() % 100);
        VaultError error;
        if (op < 35 || plain.isEmpty()) {
            const QString text = someText(rng, 150);
            say("WRITING", "text:new", contentHash(text)); // its id comes with the commit
            const ReflectionId id = reflections.add(text, now(), &error);
            if (error)
                failed("add", error);
            const QString uuid = uuids.uuidOf(id, &error);
            if (error)
                failed("uuidOf", error);
            plain.append({id, uuid.toLatin1()});
            say("COMMITTED", "text:" + plain.last().key, contentHash(text));
        } else if (op < 55) {
            const Written w = plain.at(int(rng() % unsigned(plain.size())));
            const QString text = someText(rng, 150);
            const QByteArray key = "text:" + w.key;
            say("WRITING", key, contentHash(text));
            if ((error = reflections.update(w.id, text, now())))
                failed("update", error);
            say("COMMITTED", key, contentHash(text));
        } else if (op < 60) {
            const Written w = plain.takeAt(int(rng() % unsigned(plain.size())));
            const QByteArray key = "text:" + w.key;
            say("WRITING", key, absentHash());
            if ((error = reflections.remove(w.id)))
                failed("remove", error);
            say("COMMITTED", key, absentHash());
        } else if (op < 90) {
            // Answers make a reflection part of the loop: it is no longer edited or deleted here,
            // so a deleted reflection never takes a reported answer with it.
            if (answered.isEmpty() || rng() % 4 == 0)
                answered.append(plain.takeAt(int(rng() % unsigned(plain.size()))));
            const Written w = answered.at(int(rng() % unsigned(answered.size())));
            const QString prompt = QString::fromLatin1(prompts[rng() % 5]);
            StageAnswer answer;
            answer.text = someText(rng, 40);
            answer.promptVersion = 1;
            const QByteArray key = "answer:" + w.key + ':' + prompt.toLatin1();
            say("WRITING", key, contentHash(answer.text));
            if ((error = loops.setAnswer(w.id, prompt, QString(), answer, now())))
                failed("setAnswer", error);
            say("COMMITTED", key, contentHash(answer.text));
        } else {
            // What the app does when idle: merge FTS segments, checkpoint the WAL.
            maintenance.runStep();
        }
        QThread::usleep(rng() % 1000);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fputs("usage: debrief_writer_helper <vault folder> <key file> <seed>\n", stderr);
        return 2;
    }
    QFile keyFile(QString::fromLocal8Bit(argv[2]));
    if (!keyFile.open(QIODevice::ReadOnly))
        return 2;
    VaultKey key = VaultKey::fromHex(keyFile.readAll().trimmed());
    const quint64 seed = QByteArray(argv[3]).toULongLong();
    const VaultOpener opener{VaultFiles(QString::fromLocal8Bit(argv[1]))};

    // As the app starts: unlock (migrations included), then recover cut-off recordings.
    VaultError error;
    OpenVault vault = opener.openWithKey(key.copy(), &error);
    if (!vault)
        failed("open", error);
    AudioStore(*vault.db).markInterrupted(&error);
    if (error)
        failed("markInterrupted", error);
    std::puts("READY");
    std::fflush(stdout);

    std::atomic_bool stop{false};
    std::thread recorder(recordForever, opener.files().databasePath(), std::cref(key),
                         seed * 31 + 7, std::ref(stop));
    recorder.detach(); // runs until the process is killed, like the writer below
    writeForever(*vault.db, seed);
}
