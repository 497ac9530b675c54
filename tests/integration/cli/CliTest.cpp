// The real debrief-cli binary end to end, on a private bus with no keyring (label integration):
// every unlock goes through the passphrase file, as on a headless machine.

#include "CliRunner.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <catch2/catch_test_macros.hpp>

using debrief::test::CliResult;
using debrief::test::CliRunner;

namespace {

const QByteArray Passphrase = "correct horse battery staple";

// A fresh folder with a passphrase file and a runner whose vault lives in "<case>/vault".
struct CliCase
{
    QString dir;
    QString vaultDir;
    QString passphraseFile;
    CliRunner cli;

    explicit CliCase(const QString& name)
        : dir(debrief::test::freshDir(name))
        , vaultDir(QDir(dir).filePath(QStringLiteral("vault")))
        , passphraseFile(debrief::test::writePrivateFile(
              QDir(dir).filePath(QStringLiteral("passphrase.txt")), Passphrase + '\n'))
        , cli(vaultDir)
    {
        cli.setPassphraseFile(passphraseFile);
    }

    void init()
    {
        const CliResult r = cli.run({QStringLiteral("init")});
        INFO(r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
    }

    qint64 add(const QString& text)
    {
        const CliResult r = cli.run({QStringLiteral("add"), text});
        INFO(r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        return savedId(r);
    }

    static qint64 savedId(const CliResult& r)
    {
        const auto m = QRegularExpression(QStringLiteral("(\\d+)")).match(r.outText());
        REQUIRE(m.hasMatch());
        return m.captured(1).toLongLong();
    }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The ids in list output, top to bottom.
QList<qint64> listedIds(const CliResult& r)
{
    QList<qint64> ids;
    for (const QString& line : r.outText().split(u'\n', Qt::SkipEmptyParts))
        ids.append(line.trimmed().section(u' ', 0, 0).toLongLong());
    return ids;
}

} // namespace

TEST_CASE("--help lists every command, the options and the exit codes", "[help]")
{
    const CliResult r = CliRunner::runRaw({QStringLiteral("--help")});
    REQUIRE(r.exitCode == 0);
    const QString out = r.outText();
    for (const char* word : {"init", "add -", "add TEXT", "list", "show ID", "search QUERY",
                             "--data-dir", "--passphrase-file", "--limit", "Exit codes"})
        CHECK(out.contains(QLatin1String(word)));
    CHECK(r.err.isEmpty());

    const CliResult version = CliRunner::runRaw({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.outText().contains(QStringLiteral("debrief-cli ")));
}

TEST_CASE("debrief-cli speaks the language chosen in the app's Settings > Language", "[help]")
{
    // The app's settings file, where the CLI (named Debrief too) finds it.
    const QString settingsFile = QDir(qEnvironmentVariable("XDG_CONFIG_HOME"))
                                     .filePath(QStringLiteral("Debrief/settings.ini"));
    REQUIRE(QDir().mkpath(QFileInfo(settingsFile).path()));
    {
        QFile file(settingsFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("[ui]\nlanguage=de\n");
    }
    const CliResult german = CliRunner::runRaw({QStringLiteral("--help")});
    CHECK(german.exitCode == 0);
    CHECK(german.outText().contains(QStringLiteral("Exit-Codes:")));

    // A language Debrief has no translation for means the system's (English here).
    {
        QFile file(settingsFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("[ui]\nlanguage=xx\n");
    }
    const CliResult english = CliRunner::runRaw({QStringLiteral("--help")});
    CHECK(english.outText().contains(QStringLiteral("Exit codes:")));
    QFile::remove(settingsFile);
}

TEST_CASE("usage errors exit 1 and never repeat what was typed", "[help]")
{
    const QString secretish = QStringLiteral("my-private-words");
    for (const QStringList& args :
         {QStringList{}, QStringList{secretish}, QStringList{QStringLiteral("show"), secretish},
          QStringList{QStringLiteral("--") + secretish},
          QStringList{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}}) {
        const CliResult r = CliRunner::runRaw(args);
        CHECK(r.exitCode == 1);
        CHECK_FALSE(r.err.isEmpty());
        CHECK_FALSE(r.errText().contains(secretish));
    }
}

TEST_CASE("init creates an encrypted vault once and refuses a second time", "[init]")
{
    CliCase c(QStringLiteral("cli-init"));
    c.init();
    const QString db = QDir(c.vaultDir).filePath(QStringLiteral("vault.db"));
    const QString keys = QDir(c.vaultDir).filePath(QStringLiteral("vault.keys"));
    REQUIRE(QFile::exists(db));
    REQUIRE(QFile::exists(keys));
    CHECK_FALSE(readAll(db).startsWith("SQLite format 3"));

    const QByteArray dbBefore = readAll(db);
    const QByteArray keysBefore = readAll(keys);
    const CliResult again = c.cli.run({QStringLiteral("init")});
    CHECK(again.exitCode == 7);
    CHECK(again.errText().contains(QStringLiteral("already exists")));
    CHECK(readAll(db) == dbBefore);
    CHECK(readAll(keys) == keysBefore);
}

TEST_CASE("init refuses a short passphrase and creates nothing", "[init]")
{
    CliCase c(QStringLiteral("cli-short"));
    debrief::test::writePrivateFile(c.passphraseFile, "short\n");
    const CliResult r = c.cli.run({QStringLiteral("init")});
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(QStringLiteral("at least 8")));
    CHECK_FALSE(QFileInfo::exists(c.vaultDir));
}

TEST_CASE("init without a passphrase shows a recovery code that unlocks the vault", "[init]")
{
    CliCase c(QStringLiteral("cli-code"));
    CliRunner noFile(c.vaultDir);
    const CliResult r = noFile.run({QStringLiteral("init")});
    REQUIRE(r.exitCode == 0);
    const auto m =
        QRegularExpression(QStringLiteral("([0-9A-Z]{4}(-[0-9A-Z]{4}){5})")).match(r.outText());
    REQUIRE(m.hasMatch());
    CHECK(r.outText().contains(QStringLiteral("only this once")));
    CHECK_FALSE(r.errText().contains(m.captured(1)));

    // Typed sloppily (lower case, spaces), as people do.
    const QString sloppy = m.captured(1).toLower().replace(u'-', u' ');
    debrief::test::writePrivateFile(c.passphraseFile, sloppy.toUtf8() + '\n');
    c.add(QStringLiteral("after the recovery code"));
    const CliResult list = c.cli.run({QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.outText().contains(QStringLiteral("after the recovery code")));
}

TEST_CASE("the default data folder is the app's (XDG_DATA_HOME/Debrief)", "[init]")
{
    CliRunner standard;
    const QString dir = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/Debrief");
    const QString file = debrief::test::writePrivateFile(
        debrief::test::freshDir(QStringLiteral("cli-default")) + QStringLiteral("/pass"),
        Passphrase);
    standard.setPassphraseFile(file);
    const CliResult r = standard.run({QStringLiteral("init")});
    INFO(r.errText().toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QFile::exists(dir + QStringLiteral("/vault.db")));
    CHECK(QFile::exists(dir + QStringLiteral("/vault.keys")));
}

TEST_CASE("add from an argument and from stdin; list is newest first", "[entries]")
{
    CliCase c(QStringLiteral("cli-add"));
    c.init();
    const qint64 first = c.add(QStringLiteral("The demo crashed in front of the client"));
    const CliResult piped = c.cli.run({QStringLiteral("add"), QStringLiteral("-")},
                                      "Missed the deadline\nbecause I said yes to everything\n");
    INFO(piped.errText().toStdString());
    REQUIRE(piped.exitCode == 0);
    const qint64 second = CliCase::savedId(piped);
    const qint64 third = c.add(QStringLiteral("Talk went long, lost the room"));

    const CliResult list = c.cli.run({QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(listedIds(list) == QList<qint64>{third, second, first});
    // First lines only, with a local date and time.
    CHECK(list.outText().contains(QStringLiteral("Missed the deadline")));
    CHECK_FALSE(list.outText().contains(QStringLiteral("said yes")));
    CHECK(list.outText().contains(
        QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"))));
    CHECK(list.err.isEmpty());

    const CliResult limited =
        c.cli.run({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2")});
    CHECK(listedIds(limited) == QList<qint64>{third, second});

    const CliResult empty = c.cli.run({QStringLiteral("add"), QStringLiteral("-")}, "  \n");
    CHECK(empty.exitCode == 1);
}

TEST_CASE("show prints the whole text; a missing id is exit 5", "[entries]")
{
    CliCase c(QStringLiteral("cli-show"));
    c.init();
    const QString text = QStringLiteral("Line one\nLine two with ümlauts\n\tindented");
    const CliResult added = c.cli.run({QStringLiteral("add"), QStringLiteral("-")}, text.toUtf8());
    REQUIRE(added.exitCode == 0);
    const qint64 id = CliCase::savedId(added);

    const CliResult show = c.cli.run({QStringLiteral("show"), QString::number(id)});
    REQUIRE(show.exitCode == 0);
    CHECK(show.outText().contains(text));
    CHECK(show.err.isEmpty());

    const CliResult missing = c.cli.run({QStringLiteral("show"), QString::number(id + 100)});
    CHECK(missing.exitCode == 5);
    CHECK(missing.errText().contains(QStringLiteral("no longer exists")));
    CHECK(missing.out.isEmpty());
}

TEST_CASE("search ranks matches and marks them with brackets in a pipe", "[entries]")
{
    CliCase c(QStringLiteral("cli-search"));
    c.init();
    const qint64 weak = c.add(QStringLiteral("A long day. The budget meeting ran over, then "
                                             "lunch, then more email and a short walk."));
    c.add(QStringLiteral("Nothing to see here"));
    const qint64 strong = c.add(QStringLiteral("Budget budget budget: the budget was wrong"));
    c.add(QStringLiteral("Control: escape \x1b[31m codes stay out of the terminal"));

    const CliResult r = c.cli.run({QStringLiteral("search"), QStringLiteral("budget")});
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].trimmed().startsWith(QString::number(strong) + u' '));
    CHECK(lines[1].trimmed().startsWith(QString::number(weak) + u' '));
    CHECK(lines[0].contains(QStringLiteral("[Budget]")));
    CHECK_FALSE(r.outText().contains(QChar(0xE000)));
    CHECK_FALSE(r.outText().contains(QChar(0xE001)));

    const CliResult escape = c.cli.run({QStringLiteral("search"), QStringLiteral("escape")});
    REQUIRE(escape.exitCode == 0);
    CHECK_FALSE(escape.out.contains('\x1b'));

    const CliResult none = c.cli.run({QStringLiteral("search"), QStringLiteral("zebra")});
    CHECK(none.exitCode == 0);
    CHECK(none.out.isEmpty());
}

TEST_CASE("a wrong passphrase is exit 2 with a clear message and changes no byte", "[errors]")
{
    CliCase c(QStringLiteral("cli-wrong"));
    c.init();
    c.add(QStringLiteral("something private"));
    const QStringList files = debrief::test::filesUnder(c.vaultDir);
    QList<QByteArray> before;
    for (const QString& f : files)
        before.append(readAll(f));

    debrief::test::writePrivateFile(c.passphraseFile, "not the passphrase at all\n");
    for (const QStringList& args :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("add"), QStringLiteral("x")},
          QStringList{QStringLiteral("search"), QStringLiteral("private")}}) {
        const CliResult r = c.cli.run(args);
        CHECK(r.exitCode == 2);
        CHECK(r.errText().contains(QStringLiteral("does not open this vault")));
        CHECK(r.out.isEmpty());
    }
    CHECK(debrief::test::filesUnder(c.vaultDir) == files);
    for (int i = 0; i < files.size(); ++i)
        CHECK(readAll(files[i]) == before[i]);
}

TEST_CASE("no vault: a clear message, exit 6, and nothing is created", "[errors]")
{
    CliCase c(QStringLiteral("cli-none"));
    const QString standardDir = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/Debrief");
    const bool standardExisted = QFileInfo::exists(standardDir);
    for (const QStringList& args : {QStringList{QStringLiteral("list")},
                                    QStringList{QStringLiteral("add"), QStringLiteral("x")},
                                    QStringList{QStringLiteral("show"), QStringLiteral("1")},
                                    QStringList{QStringLiteral("search"), QStringLiteral("x")}}) {
        const CliResult r = c.cli.run(args);
        CHECK(r.exitCode == 6);
        CHECK(r.errText().contains(QStringLiteral("There is no vault")));
        CHECK(r.errText().contains(QStringLiteral("init")));
    }
    CHECK_FALSE(QFileInfo::exists(c.vaultDir));

    CliRunner standard; // the standard data folder: not created either
    standard.setPassphraseFile(c.passphraseFile);
    if (!standardExisted) {
        CHECK(standard.run({QStringLiteral("list")}).exitCode == 6);
        CHECK_FALSE(QFileInfo::exists(standardDir));
    }
}

TEST_CASE("without a keyring, a file or a terminal the vault stays locked (exit 2)", "[errors]")
{
    CliCase c(QStringLiteral("cli-notty"));
    c.init();
    CliRunner noFile(c.vaultDir);
    const CliResult r = noFile.run({QStringLiteral("list")});
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains(QStringLiteral("--passphrase-file")));
    CHECK(r.out.isEmpty());

    c.cli.setPassphraseFile(QDir(c.dir).filePath(QStringLiteral("does-not-exist")));
    CHECK(c.cli.run({QStringLiteral("list")}).exitCode == 1);
}

TEST_CASE("a vault without its key file is never replaced", "[errors]")
{
    CliCase c(QStringLiteral("cli-keys"));
    c.init();
    REQUIRE(QFile::remove(QDir(c.vaultDir).filePath(QStringLiteral("vault.keys"))));
    const CliResult r = c.cli.run({QStringLiteral("list")});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains(QStringLiteral("vault.keys")));
    CHECK(c.cli.run({QStringLiteral("init")}).exitCode == 7);
    CHECK_FALSE(QFileInfo::exists(QDir(c.vaultDir).filePath(QStringLiteral("vault.keys"))));
}
