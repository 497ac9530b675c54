// age throughput benchmark, against the reference age CLI measured in the same run:
//   11) encrypt one file (binary, one X25519 recipient), file to file:
//       AgeEncryptor vs `age -e -r`
//   12) decrypt the same age-made file, file to file: AgeDecryptor vs `age -d -i`
// Both sides read and write the same folder (the page cache is warm after the warm-up run);
// the order alternates between runs so machine noise hits both alike. age's figures include
// starting its process (a few milliseconds). Every output is checked against the plaintext.
//
// Usage: bench_share --data-dir DIR [--size-mb N] [--runs N]

#include "support/BenchSupport.h"

#include "share/AgeDecryptor.h"
#include "share/AgeEncryptor.h"
#include "share/X25519Identity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <sodium.h>

using namespace debrief;
using namespace debrief::bench;

namespace {

constexpr qint64 BlockSize = 1024 * 1024; // how much the app hands the encryptor at a time

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

void writePlaintext(const QString& path, qint64 size)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write %1").arg(path));
    QByteArray block(BlockSize, '\0');
    unsigned char seed[randombytes_SEEDBYTES] = {11};
    for (qint64 done = 0; done < size; done += block.size()) {
        ++seed[1];
        randombytes_buf_deterministic(block.data(), size_t(block.size()), seed);
        const qint64 n = qMin<qint64>(block.size(), size - done);
        if (out.write(block.constData(), n) != n)
            fail(QStringLiteral("cannot write %1").arg(path));
    }
}

double debriefEncrypt(const QString& plain, const QString& encrypted,
                      const X25519Recipient& recipient)
{
    const auto start = Clock::now();
    QFile in(plain);
    QFile out(encrypted);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot open the files to encrypt"));
    AgeEncryptor encryptor(&out);
    if (!encryptor.begin({&recipient}))
        fail(encryptor.error().detail);
    QByteArray block(BlockSize, '\0');
    for (;;) {
        const qint64 n = in.read(block.data(), block.size());
        if (n < 0)
            fail(QStringLiteral("cannot read %1").arg(plain));
        if (n == 0)
            break;
        if (!encryptor.write(QByteArrayView(block).first(n)))
            fail(encryptor.error().detail);
    }
    if (!encryptor.finish())
        fail(encryptor.error().detail);
    out.close();
    return msBetween(start, Clock::now());
}

double debriefDecrypt(const QString& encrypted, const QString& decrypted,
                      const X25519Identity& identity)
{
    const auto start = Clock::now();
    QFile in(encrypted);
    QFile out(decrypted);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot open the files to decrypt"));
    AgeError error;
    if (!AgeDecryptor::decrypt(&in, &out, {&identity}, &error))
        fail(QStringLiteral("decrypting failed: ") + error.detail);
    out.close();
    return msBetween(start, Clock::now());
}

double runAge(const QStringList& args)
{
    const auto start = Clock::now();
    QProcess age;
    age.start(QStringLiteral("age"), args);
    if (!age.waitForFinished(600000) || age.exitStatus() != QProcess::NormalExit ||
        age.exitCode() != 0)
        fail(QStringLiteral("age failed: ") + QString::fromLocal8Bit(age.readAllStandardError()));
    return msBetween(start, Clock::now());
}

QString mbPerSecond(qint64 bytes, double ms)
{
    return QStringLiteral("%1 MB/s").arg(double(bytes) / 1e6 / (ms / 1000), 0, 'f', 0);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder for the files (a real disk)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption sizeOpt(QStringLiteral("size-mb"), QStringLiteral("File size in MB."),
                                     QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Measured runs."),
                                     QStringLiteral("n"), QStringLiteral("7"));
    cli.addOptions({dataOpt, sizeOpt, runsOpt});
    cli.process(app);
    if (!cli.isSet(dataOpt))
        fail(QStringLiteral("--data-dir is required"));
    const QDir dir(cli.value(dataOpt));
    QDir().mkpath(dir.path());
    const qint64 size = cli.value(sizeOpt).toLongLong() * 1000 * 1000;
    const int runs = std::max(1, cli.value(runsOpt).toInt());

    if (QStandardPaths::findExecutable(QStringLiteral("age")).isEmpty()) {
        printNote(QStringLiteral("age throughput (11, 12): skipped, the age CLI is not installed "
                                 "(Debian package age)."));
        return 0;
    }
    QProcess version;
    version.start(QStringLiteral("age"), {QStringLiteral("--version")});
    version.waitForFinished();
    const QString ageVersion = QString::fromLatin1(version.readAllStandardOutput().trimmed());

    const auto identity = X25519Identity::generate();
    if (!identity)
        fail(QStringLiteral("no X25519 identity"));
    const X25519Recipient recipient = identity->recipient();
    const QString key = dir.filePath(QStringLiteral("key.txt"));
    {
        QFile f(key);
        QByteArray secret = identity->toSecretText() + '\n';
        if (!f.open(QIODevice::WriteOnly) || f.write(secret) != secret.size())
            fail(QStringLiteral("cannot write the key file"));
        wipeBytes(secret);
    }
    const QString plain = dir.filePath(QStringLiteral("plain.bin"));
    const QString byDebrief = dir.filePath(QStringLiteral("debrief.age"));
    const QString byAge = dir.filePath(QStringLiteral("age.age"));
    const QString outDebrief = dir.filePath(QStringLiteral("debrief.out"));
    const QString outAge = dir.filePath(QStringLiteral("age.out"));
    progress(QStringLiteral("writing %1 MB of plaintext").arg(size / 1000000));
    writePlaintext(plain, size);
    const QByteArray plainHash = hashOf(plain);

    std::vector<double> encDebrief, encAge, decDebrief, decAge;
    for (int i = 0; i < runs + 1; ++i) {
        const QStringList encryptArgs{QStringLiteral("-e"),
                                      QStringLiteral("-r"),
                                      recipient.toString(),
                                      QStringLiteral("-o"),
                                      byAge,
                                      plain};
        const QStringList decryptArgs{
            QStringLiteral("-d"), QStringLiteral("-i"), key, QStringLiteral("-o"), outAge, byAge};
        double ed, ea, dd, da;
        if (i % 2 == 0) {
            ed = debriefEncrypt(plain, byDebrief, recipient);
            ea = runAge(encryptArgs);
            dd = debriefDecrypt(byAge, outDebrief, *identity);
            da = runAge(decryptArgs);
        } else {
            ea = runAge(encryptArgs);
            ed = debriefEncrypt(plain, byDebrief, recipient);
            da = runAge(decryptArgs);
            dd = debriefDecrypt(byAge, outDebrief, *identity);
        }
        if (i == 0) {
            // Correctness once: both outputs are the plaintext, and age opens Debrief's file.
            if (hashOf(outDebrief) != plainHash || hashOf(outAge) != plainHash)
                fail(QStringLiteral("a decrypted file differs from the plaintext"));
            runAge({QStringLiteral("-d"), QStringLiteral("-i"), key, QStringLiteral("-o"), outAge,
                    byDebrief});
            if (hashOf(outAge) != plainHash)
                fail(QStringLiteral("age did not decrypt Debrief's file to the plaintext"));
            progress(QStringLiteral("outputs verified; warm-up done"));
            continue; // the warm-up run is not in the figures
        }
        encDebrief.push_back(ed);
        encAge.push_back(ea);
        decDebrief.push_back(dd);
        decAge.push_back(da);
    }

    const double e = median(encDebrief), ea = median(encAge);
    const double d = median(decDebrief), da = median(decAge);
    const QString mb = QString::number(size / 1000000);
    // Throughput ratio: Debrief's MB/s over age's (higher is better).
    printRow(QStringLiteral("age encrypt %1 MB file to file, one X25519 recipient "
                            "(`AgeEncryptor`) vs `age -e -r` (%2), median")
                 .arg(mb, ageVersion),
             mbPerSecond(size, e), mbPerSecond(size, ea), formatRatio(ea / e),
             QStringLiteral("≥ 0.8×"), ea / e >= 0.8);
    printRow(QStringLiteral("age decrypt the same %1 MB age-made file, file to file "
                            "(`AgeDecryptor`) vs `age -d -i` (%2), median")
                 .arg(mb, ageVersion),
             mbPerSecond(size, d), mbPerSecond(size, da), formatRatio(da / d),
             QStringLiteral("≥ 0.8×"), da / d >= 0.8);
    printNote(QStringLiteral("age throughput: %1 bytes, %2 runs after a warm-up, alternating "
                             "order, files on %3; ratio = Debrief's MB/s ÷ age's. Encrypt "
                             "Debrief %4 (min %5), age %6 (min %7); decrypt Debrief %8 (min "
                             "%9), age %10 (min %11).")
                  .arg(size)
                  .arg(runs)
                  .arg(filesystemOf(dir.path()))
                  .arg(formatMs(e), formatMs(percentile(encDebrief, 0)), formatMs(ea),
                       formatMs(percentile(encAge, 0)), formatMs(d),
                       formatMs(percentile(decDebrief, 0)), formatMs(da),
                       formatMs(percentile(decAge, 0))));
    for (const QString& path : {plain, byDebrief, byAge, outDebrief, outAge, key})
        QFile::remove(path);
    return 0;
}
