// export, import, key, backup and restore of the real debrief-cli binary, end to end on a
// private bus with no keyring (label integration): a share to a coach's key and one with a
// passphrase (from a file, and typed on a terminal), backup → erase → restore, merging twice,
// a non-zero exit and a clear message for every kind of error, progress on stderr, and no
// plaintext left anywhere in the sandbox.

#include "CliRunner.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QUuid>
#include <catch2/catch_test_macros.hpp>

using debrief::test::CliResult;
using debrief::test::CliRunner;

namespace {

// One person's vault, unlocked with its own passphrase file.
struct Person
{
    QString dir;
    QString passphraseFile;
    CliRunner cli;

    Person(const QString& caseDir, const QString& name)
        : dir(QDir(caseDir).filePath(name))
        , passphraseFile(debrief::test::writePrivateFile(
              QDir(caseDir).filePath(name + QStringLiteral(".pass")),
              "vault passphrase of " + name.toUtf8() + '\n'))
        , cli(dir)
    {
        cli.setPassphraseFile(passphraseFile);
        ok({QStringLiteral("init")});
    }

    CliResult run(const QStringList& args) const { return cli.run(args); }
    CliResult ok(const QStringList& args) const
    {
        const CliResult r = cli.run(args);
        INFO(args.join(u' ').toStdString() << ": " << r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    QList<qint64> ids() const
    {
        QList<qint64> list;
        const CliResult r =
            ok({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1000")});
        for (const QString& line : r.outText().split(u'\n', Qt::SkipEmptyParts))
            list.append(line.trimmed().section(u' ', 0, 0).toLongLong());
        return list;
    }
};

QString marker()
{
    return QStringLiteral("Mrk") + QUuid::createUuid().toString(QUuid::Id128);
}

void checkFails(const CliResult& r, int code, const QString& says)
{
    INFO(r.errText().toStdString());
    CHECK(r.exitCode == code);
    CHECK(r.errText().contains(says));
}

} // namespace

TEST_CASE("--help lists export, import, key, backup, restore and their exit codes", "[share]")
{
    const CliResult r = CliRunner::runRaw({QStringLiteral("--help")});
    REQUIRE(r.exitCode == 0);
    for (const char* word :
         {"export FILE ID", "import FILE", "backup FILE", "restore FILE", "key", "--coach-key",
          "--coach ", "--leave-out", "--markdown", "--merge", "--recovery-code",
          "--file-passphrase-file", "NOT encrypted", "  8  ", "  9  ", "  10  "})
        CHECK(r.outText().contains(QLatin1String(word)));
}

TEST_CASE("export to a coach's key, import in the coach's vault, comments back", "[share]")
{
    const QString caseDir = debrief::test::freshDir(QStringLiteral("cli-share"));
    const Person alex(caseDir, QStringLiteral("alex"));
    const Person kim(caseDir, QStringLiteral("kim"));
    const QString secret = marker();
    alex.ok({QStringLiteral("add"), QStringLiteral("Budget meeting derailed ") + secret});
    alex.ok({QStringLiteral("add"), QStringLiteral("Second one")});

    const QString key = kim.ok({QStringLiteral("key")}).outText().trimmed();
    CHECK(QRegularExpression(QStringLiteral("^age1[02-9ac-hj-np-z]{58}$")).match(key).hasMatch());
    CHECK(kim.ok({QStringLiteral("key")}).outText().trimmed() == key); // made once

    const QString file = QDir(caseDir).filePath(QStringLiteral("for-kim.debrief"));
    const CliResult shared =
        alex.ok({QStringLiteral("export"), file, QStringLiteral("1"), QStringLiteral("2"),
                 QStringLiteral("--coach"), QStringLiteral("Kim"), QStringLiteral("--coach-key"),
                 key, QStringLiteral("--name"), QStringLiteral("Alex")});
    CHECK(shared.outText().contains(QStringLiteral("Shared 2 reflection")));
    CHECK(shared.errText().contains(QStringLiteral("Encrypting: 100%")));
    CHECK_FALSE(shared.errText().contains(secret));
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("age-encryption.org/v1\n-> X25519 "));
    CHECK_FALSE(bytes.contains(secret.toUtf8()));

    // The coach is remembered by name.
    const QString again = QDir(caseDir).filePath(QStringLiteral("again.debrief"));
    alex.ok({QStringLiteral("export"), again, QStringLiteral("1"), QStringLiteral("--coach"),
             QStringLiteral("kim")});

    const CliResult imported = kim.ok({QStringLiteral("import"), file});
    CHECK(imported.outText().contains(QStringLiteral("2 new")));
    CHECK(imported.outText().contains(QStringLiteral("Alex")));
    CHECK(imported.errText().contains(QStringLiteral("Importing: 100%")));
    const CliResult replaced = kim.ok({QStringLiteral("import"), again});
    CHECK(replaced.outText().contains(QStringLiteral("0 new, 1 updated")));
    // Shared with me is not the coach's own history.
    CHECK(kim.ids().isEmpty());
    // Alex's own vault cannot open what was made for Kim.
    checkFails(alex.run({QStringLiteral("import"), file}), 8, QStringLiteral("None of your keys"));
}

TEST_CASE("a passphrase share: from a file, or typed on the terminal", "[share]")
{
    const QString caseDir = debrief::test::freshDir(QStringLiteral("cli-pass"));
    const Person alex(caseDir, QStringLiteral("alex"));
    const Person kim(caseDir, QStringLiteral("kim"));
    alex.ok({QStringLiteral("add"), QStringLiteral("Interview nerves")});
    const QString phrase = QStringLiteral("coffee on thursday at nine");
    const QString phraseFile = debrief::test::writePrivateFile(
        QDir(caseDir).filePath(QStringLiteral("file.pass")), phrase.toUtf8() + '\n');

    const QString file = QDir(caseDir).filePath(QStringLiteral("pass.debrief"));
    const CliResult made =
        alex.ok({QStringLiteral("export"), file, QStringLiteral("1"),
                 QStringLiteral("--file-passphrase-file"), phraseFile,
                 QStringLiteral("--leave-out"), QStringLiteral("voice,lessons")});
    CHECK(made.outText().contains(QStringLiteral("another channel")));
    // Without the passphrase (and no terminal to ask on): a clear usage error.
    checkFails(kim.run({QStringLiteral("import"), file}), 1,
               QStringLiteral("--file-passphrase-file"));
    const QString wrongFile = debrief::test::writePrivateFile(
        QDir(caseDir).filePath(QStringLiteral("wrong.pass")), "not the passphrase\n");
    checkFails(kim.run({QStringLiteral("import"), file, QStringLiteral("--file-passphrase-file"),
                        wrongFile}),
               8, QStringLiteral("passphrase does not open"));
    kim.ok({QStringLiteral("import"), file, QStringLiteral("--file-passphrase-file"), phraseFile});

    // On a terminal the passphrase is asked twice, never echoed; the vault's comes from its file.
    QProcess typed;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PTY_ANSWER"), phrase);
    typed.setProcessEnvironment(env);
    const QString viaTerminal = QDir(caseDir).filePath(QStringLiteral("typed.debrief"));
    typed.start(QStringLiteral(DEBRIEF_PTY_ANSWER),
                {QStringLiteral("--timeout"), QStringLiteral("120"), QStringLiteral("--"),
                 CliRunner::program(), QStringLiteral("--data-dir"), alex.dir,
                 QStringLiteral("--passphrase-file"), alex.passphraseFile, QStringLiteral("export"),
                 viaTerminal, QStringLiteral("1")});
    REQUIRE(typed.waitForFinished(150000));
    const QByteArray terminal = typed.readAllStandardError();
    INFO(terminal.toStdString());
    CHECK(typed.exitCode() == 0);
    CHECK(terminal.contains("Passphrase for the shared file:"));
    CHECK(terminal.contains("Repeat the passphrase:"));
    CHECK_FALSE(terminal.contains(phrase.toUtf8()));
    kim.ok({QStringLiteral("import"), viaTerminal, QStringLiteral("--file-passphrase-file"),
            phraseFile});
}

TEST_CASE("backup, erase, restore; merging twice adds nothing", "[share]")
{
    const QString caseDir = debrief::test::freshDir(QStringLiteral("cli-backup"));
    const QString phraseFile = debrief::test::writePrivateFile(
        QDir(caseDir).filePath(QStringLiteral("backup.pass")), "the backup passphrase\n");
    const QString backup = QDir(caseDir).filePath(QStringLiteral("everything.backup"));
    QString listing;
    {
        const Person alex(caseDir, QStringLiteral("alex"));
        for (int i = 1; i <= 5; ++i)
            alex.ok({QStringLiteral("add"), QStringLiteral("Entry number %1").arg(i)});
        listing = alex.ok({QStringLiteral("list")}).outText();
        const CliResult made = alex.ok({QStringLiteral("backup"), backup,
                                        QStringLiteral("--file-passphrase-file"), phraseFile});
        CHECK(made.errText().contains(QStringLiteral("Backing up: 100%")));
        // Erase: the whole vault folder goes.
        REQUIRE(QDir(alex.dir).removeRecursively());
    }
    const Person fresh(caseDir, QStringLiteral("alex"));
    const CliResult restored = fresh.ok(
        {QStringLiteral("restore"), backup, QStringLiteral("--file-passphrase-file"), phraseFile});
    CHECK(restored.outText().contains(QStringLiteral("Restored 5 reflection")));
    CHECK(restored.errText().contains(QStringLiteral("Restoring: 100%")));
    // The same entries, the same times and first lines (ids may differ; here they do not).
    CHECK(fresh.ok({QStringLiteral("list")}).outText() == listing);

    // Into a vault in use: refused without --merge, then merged twice without duplicates.
    const Person other(caseDir, QStringLiteral("other"));
    other.ok({QStringLiteral("add"), QStringLiteral("My own")});
    checkFails(other.run({QStringLiteral("restore"), backup,
                          QStringLiteral("--file-passphrase-file"), phraseFile}),
               10, QStringLiteral("Merge"));
    CHECK(other.ids().size() == 1);
    for (int round = 0; round < 2; ++round)
        other.ok({QStringLiteral("restore"), backup, QStringLiteral("--merge"),
                  QStringLiteral("--file-passphrase-file"), phraseFile});
    CHECK(other.ids().size() == 6);
}

TEST_CASE("every kind of error: a non-zero exit and a clear message", "[share]")
{
    const QString caseDir = debrief::test::freshDir(QStringLiteral("cli-share-errors"));
    const Person alex(caseDir, QStringLiteral("alex"));
    alex.ok({QStringLiteral("add"), QStringLiteral("One entry")});
    const QString file = QDir(caseDir).filePath(QStringLiteral("x.debrief"));
    const QString shortFile = debrief::test::writePrivateFile(
        QDir(caseDir).filePath(QStringLiteral("short.pass")), "short\n");

    checkFails(alex.run({QStringLiteral("export"), file}), 1, QStringLiteral("See --help"));
    checkFails(alex.run({QStringLiteral("export"), file, QStringLiteral("1"),
                         QStringLiteral("--leave-out"), QStringLiteral("feelings")}),
               1, QStringLiteral("--leave-out"));
    checkFails(alex.run({QStringLiteral("export"), file, QStringLiteral("1"),
                         QStringLiteral("--coach"), QStringLiteral("Nobody")}),
               1, QStringLiteral("No coach"));
    checkFails(alex.run({QStringLiteral("export"), file, QStringLiteral("1"),
                         QStringLiteral("--coach-key"), QStringLiteral("age1notakey")}),
               1, QStringLiteral("not a valid public key"));
    checkFails(alex.run({QStringLiteral("export"), file, QStringLiteral("1"),
                         QStringLiteral("--file-passphrase-file"), shortFile}),
               1, QStringLiteral("at least"));
    checkFails(alex.run({QStringLiteral("export"), file, QStringLiteral("42"),
                         QStringLiteral("--coach-key"),
                         alex.ok({QStringLiteral("key")}).outText().trimmed()}),
               5, QStringLiteral("no longer exists"));
    checkFails(alex.run({QStringLiteral("list"), QStringLiteral("--merge")}), 1,
               QStringLiteral("--merge"));
    CHECK_FALSE(QFileInfo::exists(file));

    const QString garbage = debrief::test::writePrivateFile(
        QDir(caseDir).filePath(QStringLiteral("garbage.debrief")), "not an age file at all");
    checkFails(alex.run({QStringLiteral("import"), garbage}), 9,
               QStringLiteral("not an encrypted"));
    checkFails(alex.run({QStringLiteral("restore"), garbage,
                         QStringLiteral("--file-passphrase-file"), shortFile}),
               9, QStringLiteral("not an encrypted"));
    checkFails(alex.run({QStringLiteral("import"), QDir(caseDir).filePath(QStringLiteral("none"))}),
               4, QStringLiteral("cannot be read"));
    checkFails(alex.run({QStringLiteral("backup"), file, QStringLiteral("--recovery-code"),
                         QStringLiteral("--file-passphrase-file"), shortFile}),
               1, QStringLiteral("recovery code"));
    // A share given to restore, a backup given to import.
    const QString phraseFile = debrief::test::writePrivateFile(
        QDir(caseDir).filePath(QStringLiteral("long.pass")), "a long enough passphrase\n");
    const QString share = QDir(caseDir).filePath(QStringLiteral("share.debrief"));
    alex.ok({QStringLiteral("export"), share, QStringLiteral("1"),
             QStringLiteral("--file-passphrase-file"), phraseFile});
    checkFails(alex.run({QStringLiteral("restore"), share, QStringLiteral("--merge"),
                         QStringLiteral("--file-passphrase-file"), phraseFile}),
               9, QStringLiteral("different kind"));
    CHECK(alex.ids().size() == 1);
}

TEST_CASE("sharing and backing up from the command line leave no plaintext", "[share]")
{
    const QString sandbox = qEnvironmentVariable("DEBRIEF_TEST_SANDBOX");
    REQUIRE_FALSE(sandbox.isEmpty());
    const QString caseDir = debrief::test::freshDir(QStringLiteral("cli-share-marker"));
    const Person alex(caseDir, QStringLiteral("alex"));
    const Person kim(caseDir, QStringLiteral("kim"));
    const QString secret = marker();
    QByteArray allErr;
    const auto run = [&](const Person& p, const QStringList& args) {
        const CliResult r = p.ok(args);
        allErr += r.err;
    };
    run(alex, {QStringLiteral("add"), QStringLiteral("Hidden ") + secret});
    const QString phraseFile = debrief::test::writePrivateFile(
        QDir(caseDir).filePath(QStringLiteral("file.pass")), "a long enough passphrase\n");
    const QString key = kim.ok({QStringLiteral("key")}).outText().trimmed();
    run(alex, {QStringLiteral("export"), QDir(caseDir).filePath(QStringLiteral("a.debrief")),
               QStringLiteral("1"), QStringLiteral("--coach-key"), key});
    run(alex, {QStringLiteral("export"), QDir(caseDir).filePath(QStringLiteral("b.debrief")),
               QStringLiteral("1"), QStringLiteral("--file-passphrase-file"), phraseFile});
    run(kim, {QStringLiteral("import"), QDir(caseDir).filePath(QStringLiteral("a.debrief"))});
    run(alex, {QStringLiteral("backup"), QDir(caseDir).filePath(QStringLiteral("c.backup")),
               QStringLiteral("--file-passphrase-file"), phraseFile});
    run(kim, {QStringLiteral("restore"), QDir(caseDir).filePath(QStringLiteral("c.backup")),
              QStringLiteral("--merge"), QStringLiteral("--file-passphrase-file"), phraseFile});
    CHECK(kim.ok({QStringLiteral("show"), QStringLiteral("1")}).outText().contains(secret));

    const QStringList files = debrief::test::filesUnder(sandbox);
    CHECK(files.size() > 6);
    CHECK(debrief::test::filesContaining(sandbox, secret.toUtf8()).isEmpty());
    CHECK_FALSE(allErr.contains(secret.toUtf8()));
}
