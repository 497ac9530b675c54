// Interop with the reference age CLI (SECURITY.md CR-4): what Debrief encrypts, `age -d`
// decrypts, and what `age -e` encrypts, Debrief decrypts, with an X25519 key (made by
// age-keygen or by Debrief) and with a passphrase, binary and armored, including files over
// 50 MB that are generated and checked as streams (hashes compared, never held whole).

#include "AgeTestSupport.h"
#include "TestEnvironment.h"
#include "share/AgeBytes.h"
#include "share/AgeDecryptor.h"
#include "share/AgeEncryptor.h"
#include "share/PassphraseIdentity.h"
#include "share/PassphraseRecipient.h"
#include "share/X25519Identity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <sodium.h>

using namespace debrief;
using K = AgeError::Kind;

namespace {

constexpr qint64 LargeSize = 50 * 1024 * 1024 + 12345; // over 50 MB, not a whole chunk count
const QString Passphrase = QStringLiteral("coach reads on thursday – ünïcode too");

void requireAge()
{
    if (QStandardPaths::findExecutable(QStringLiteral("age")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("age-keygen")).isEmpty())
        SKIP("the age CLI is not installed (Debian package age)");
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program; with an answer, inside a pseudo-terminal that types it at every passphrase
// prompt (age reads passphrases only from a terminal).
Run run(const QString& program, const QStringList& args, const QString& answer = {})
{
    QProcess process;
    if (answer.isEmpty()) {
        process.setProgram(program);
        process.setArguments(args);
    } else {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PTY_ANSWER"), answer);
        process.setProcessEnvironment(env);
        process.setProgram(QStringLiteral(DEBRIEF_PTY_ANSWER));
        process.setArguments(QStringList{QStringLiteral("--timeout"), QStringLiteral("300"),
                                         QStringLiteral("--"), program} +
                             args);
    }
    process.start();
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(300000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray hashOfFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    REQUIRE(hash.addData(&f));
    return hash.result().toHex();
}

// size bytes of deterministic data in 1 MiB blocks (libsodium's seeded generator), each block
// handed to sink and hashed; returns the SHA-256.
QByteArray generate(qint64 size, const std::function<void(QByteArrayView)>& sink)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1024 * 1024, '\0');
    unsigned char seed[randombytes_SEEDBYTES] = {42};
    for (qint64 done = 0; done < size; done += block.size()) {
        ++seed[1];
        randombytes_buf_deterministic(block.data(), size_t(block.size()), seed);
        const QByteArrayView piece =
            QByteArrayView(block).first(qMin<qint64>(block.size(), size - done));
        hash.addData(piece);
        sink(piece);
    }
    return hash.result().toHex();
}

// Encrypts a generated stream of size bytes into path; returns the plaintext's hash.
QByteArray encryptGenerated(qint64 size, const AgeRecipient& recipient, const QString& path)
{
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    AgeEncryptor encryptor(&out);
    REQUIRE(encryptor.begin({&recipient}));
    const QByteArray hash =
        generate(size, [&](QByteArrayView piece) { REQUIRE(encryptor.write(piece)); });
    REQUIRE(encryptor.finish());
    return hash;
}

// Decrypts path chunk by chunk; returns the plaintext's hash (empty on failure, *error set).
QByteArray decryptHashing(const QString& path, const AgeIdentity& identity, AgeError* error,
                          qsizetype* largestChunk = nullptr)
{
    QFile in(path);
    REQUIRE(in.open(QIODevice::ReadOnly));
    AgeDecryptor decryptor(&in);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk;
    qsizetype largest = 0;
    const bool opened = decryptor.readHeader() && decryptor.unlock({&identity});
    while (opened && decryptor.readChunk(&chunk)) {
        largest = qMax(largest, chunk.size());
        hash.addData(chunk);
    }
    if (largestChunk)
        *largestChunk = largest;
    *error = decryptor.error();
    return decryptor.atEnd() ? hash.result().toHex() : QByteArray();
}

struct AgeKeygenKey
{
    QString path;
    QString recipient;
};

AgeKeygenKey ageKeygen(const QString& dir)
{
    AgeKeygenKey key{QDir(dir).filePath(QStringLiteral("key.txt")), {}};
    const Run made = run(QStringLiteral("age-keygen"), {QStringLiteral("-o"), key.path});
    REQUIRE(made.exitCode == 0);
    const Run shown = run(QStringLiteral("age-keygen"), {QStringLiteral("-y"), key.path});
    REQUIRE(shown.exitCode == 0);
    key.recipient = QString::fromLatin1(shown.out.trimmed());
    return key;
}

} // namespace

TEST_CASE("Keys made by age-keygen read the same in Debrief", "[interop]")
{
    requireAge();
    const QString dir = test::freshDir(QStringLiteral("age-keys"));
    const AgeKeygenKey key = ageKeygen(dir);
    QByteArray secretLine;
    for (const QByteArray& line : readFile(key.path).split('\n')) {
        if (line.startsWith("AGE-SECRET-KEY-1"))
            secretLine = line;
    }
    const auto identity = X25519Identity::parse(secretLine);
    REQUIRE(identity);
    CHECK(identity->recipient().toString() == key.recipient);
    CHECK(identity->toSecretText() == secretLine);
}

TEST_CASE("age decrypts what Debrief encrypts to an age-keygen key", "[interop]")
{
    requireAge();
    const qsizetype size = GENERATE(0, 1000, 64 * 1024, 64 * 1024 + 1, 300000);
    const bool armor = GENERATE(false, true);
    CAPTURE(size, armor);
    const QString dir = test::freshDir(QStringLiteral("to-age"));
    const AgeKeygenKey key = ageKeygen(dir);
    const auto recipient = X25519Recipient::parse(key.recipient);
    REQUIRE(recipient);
    const QByteArray plaintext = test::patternBytes(size, quint32(size) + armor);
    const QString encrypted = QDir(dir).filePath(QStringLiteral("file.age"));
    writeFile(encrypted, *agebytes::encrypt(plaintext, {&*recipient}, nullptr, armor));

    // To stdout: with -o, age creates no file for an empty plaintext.
    const Run r = run(QStringLiteral("age"),
                      {QStringLiteral("-d"), QStringLiteral("-i"), key.path, encrypted});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == plaintext);
}

TEST_CASE("Debrief decrypts what age encrypts to a Debrief key", "[interop]")
{
    requireAge();
    const bool armor = GENERATE(false, true);
    CAPTURE(armor);
    const QString dir = test::freshDir(QStringLiteral("from-age"));
    const auto identity = X25519Identity::generate();
    REQUIRE(identity);
    const QByteArray plaintext = test::patternBytes(200000, 77);
    const QString input = QDir(dir).filePath(QStringLiteral("plain.bin"));
    const QString encrypted = QDir(dir).filePath(QStringLiteral("file.age"));
    writeFile(input, plaintext);
    QStringList args{QStringLiteral("-e"),
                     QStringLiteral("-r"),
                     identity->recipient().toString(),
                     QStringLiteral("-o"),
                     encrypted,
                     input};
    if (armor)
        args.prepend(QStringLiteral("-a"));
    const Run r = run(QStringLiteral("age"), args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    AgeError error;
    CHECK(agebytes::decrypt(readFile(encrypted), {&*identity}, &error) == plaintext);
    CHECK_FALSE(error);

    // And age itself reads the secret key text Debrief writes.
    const QString keyFile = QDir(dir).filePath(QStringLiteral("debrief-key.txt"));
    writeFile(keyFile, identity->toSecretText() + '\n');
    const QString decrypted = QDir(dir).filePath(QStringLiteral("file.out"));
    const Run back =
        run(QStringLiteral("age"), {QStringLiteral("-d"), QStringLiteral("-i"), keyFile,
                                    QStringLiteral("-o"), decrypted, encrypted});
    REQUIRE(back.exitCode == 0);
    CHECK(readFile(decrypted) == plaintext);
}

TEST_CASE("Passphrase files interoperate with age both ways", "[interop][passphrase]")
{
    requireAge();
    const QString dir = test::freshDir(QStringLiteral("passphrase"));
    const QByteArray plaintext = test::patternBytes(70000, 5);
    const QString input = QDir(dir).filePath(QStringLiteral("plain.bin"));
    const QString encrypted = QDir(dir).filePath(QStringLiteral("file.age"));
    const QString decrypted = QDir(dir).filePath(QStringLiteral("file.out"));
    writeFile(input, plaintext);

    SECTION("Debrief encrypts (age's default work factor), age decrypts")
    {
        const PassphraseRecipient recipient(Passphrase);
        writeFile(encrypted, *agebytes::encrypt(plaintext, {&recipient}));
        const Run r =
            run(QStringLiteral("age"),
                {QStringLiteral("-d"), QStringLiteral("-o"), decrypted, encrypted}, Passphrase);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(readFile(decrypted) == plaintext);
        const Run wrong = run(QStringLiteral("age"),
                              {QStringLiteral("-d"), QStringLiteral("-o"), decrypted, encrypted},
                              QStringLiteral("not it"));
        CHECK(wrong.exitCode != 0);
    }
    SECTION("age encrypts, Debrief decrypts")
    {
        const Run r = run(
            QStringLiteral("age"),
            {QStringLiteral("-e"), QStringLiteral("-p"), QStringLiteral("-o"), encrypted, input},
            Passphrase);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QByteArray file = readFile(encrypted);
        CHECK(file.contains("\n-> scrypt "));
        const PassphraseIdentity right(Passphrase);
        CHECK(agebytes::decrypt(file, {&right}) == plaintext);
        const PassphraseIdentity wrong(QStringLiteral("not it"));
        AgeError error;
        CHECK_FALSE(agebytes::decrypt(file, {&wrong}, &error));
        CHECK(error.kind == K::WrongPassphrase);
    }
}

TEST_CASE("Files over 50 MB interoperate with age both ways, streamed", "[interop][large]")
{
    requireAge();
    const QString dir = test::freshDir(QStringLiteral("large"));
    const QString plain = QDir(dir).filePath(QStringLiteral("plain.bin"));
    const QString encrypted = QDir(dir).filePath(QStringLiteral("file.age"));
    const QString decrypted = QDir(dir).filePath(QStringLiteral("file.out"));
    const bool passphrase = GENERATE(false, true);
    CAPTURE(passphrase);
    const QString answer = passphrase ? Passphrase : QString();

    SECTION("Debrief encrypts, age decrypts")
    {
        const AgeKeygenKey key = ageKeygen(dir);
        const auto keyRecipient = X25519Recipient::parse(key.recipient);
        REQUIRE(keyRecipient);
        const PassphraseRecipient passRecipient(Passphrase);
        const AgeRecipient& recipient =
            passphrase ? static_cast<const AgeRecipient&>(passRecipient) : *keyRecipient;
        const QByteArray hash = encryptGenerated(LargeSize, recipient, encrypted);
        CHECK(QFileInfo(encrypted).size() > LargeSize);
        QStringList args{QStringLiteral("-d"), QStringLiteral("-o"), decrypted, encrypted};
        if (!passphrase)
            args = QStringList{QStringLiteral("-i"), key.path} + args;
        const Run r = run(QStringLiteral("age"), args, answer);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(QFileInfo(decrypted).size() == LargeSize);
        CHECK(hashOfFile(decrypted) == hash);
    }
    SECTION("age encrypts, Debrief decrypts chunk by chunk")
    {
        QFile out(plain);
        REQUIRE(out.open(QIODevice::WriteOnly));
        const QByteArray hash = generate(LargeSize, [&](QByteArrayView piece) {
            REQUIRE(out.write(piece.data(), piece.size()) == piece.size());
        });
        out.close();
        const auto identity = X25519Identity::generate();
        QStringList args{QStringLiteral("-e"), QStringLiteral("-o"), encrypted, plain};
        if (passphrase)
            args.prepend(QStringLiteral("-p"));
        else
            args = QStringList{QStringLiteral("-r"), identity->recipient().toString()} + args;
        const Run r = run(QStringLiteral("age"), args, answer);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const PassphraseIdentity passIdentity(Passphrase);
        const AgeIdentity& identityUsed =
            passphrase ? static_cast<const AgeIdentity&>(passIdentity) : *identity;
        AgeError error;
        qsizetype largest = 0;
        CHECK(decryptHashing(encrypted, identityUsed, &error, &largest) == hash);
        CHECK_FALSE(error);
        CHECK(largest == 64 * 1024); // handed out a chunk at a time
    }
    // The generated files are not kept.
    for (const QString& path : {plain, encrypted, decrypted})
        QFile::remove(path);
}
