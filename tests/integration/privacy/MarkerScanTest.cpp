// SECURITY.md ST-1, ST-3, ST-4, LK-1 (label integration): a scripted CLI session saves entries
// holding a unique marker, searches, lists and sorts thousands of rows; afterwards no file
// under the sandbox (HOME, XDG dirs, TMPDIR), no stderr and no non-"show" stdout holds the
// marker or the passphrase, and SQLite never wrote a temp file.

#include "CliRunner.h"
#include "TempFileWatch.h"
#include "TestEnvironment.h"
#include "vault/Database.h"
#include "vault/ReflectionStore.h"
#include "vault/Statement.h"
#include "vault/VaultOpener.h"

#include <QDir>
#include <QFile>
#include <QUuid>
#include <catch2/catch_test_macros.hpp>

using debrief::test::CliResult;
using debrief::test::CliRunner;

namespace {

constexpr int BulkEntries = 2000;

QString randomHex()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

// Every byte form the string could take on disk or in a stream.
QList<QByteArray> encodings(const QString& s)
{
    QByteArray le(reinterpret_cast<const char*>(s.utf16()), s.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    return {s.toUtf8(), s.toLower().toUtf8(), le, be};
}

bool containsAny(const QByteArray& haystack, const QList<QByteArray>& needles)
{
    for (const QByteArray& n : needles) {
        if (haystack.contains(n))
            return true;
    }
    return false;
}

// Files under root holding any of needles (except the one allowed file).
QStringList filesHolding(const QString& root, const QList<QByteArray>& needles,
                         const QString& allowed = {})
{
    QStringList hits;
    for (const QString& path : debrief::test::filesUnder(root)) {
        if (path == allowed)
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && containsAny(f.readAll(), needles))
            hits.append(path);
    }
    return hits;
}

// About 2.5 KB: a first line for lists, a long body, the marker on the last line (far from the
// words searched for, so snippets never reach it).
QString entryText(int n, const QString& marker)
{
    QString text = QStringLiteral("Setback %1: the rollout went sideways\n").arg(n);
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("notes%1 about planning and pacing and people, day %2. ")
                    .arg(i)
                    .arg((n * 7 + i) % 97);
    return text + QStringLiteral("\nref ") + marker;
}

// Sorts every full text (several MB, beyond SQLite's sort memory) and returns the row count.
int sortEverything(const debrief::Database& db)
{
    debrief::Statement q(db, "SELECT text FROM reflections ORDER BY substr(text, 30), id DESC;");
    int rows = 0;
    while (q.next())
        ++rows;
    REQUIRE_FALSE(q.error());
    return rows;
}

} // namespace

TEST_CASE("a CLI session leaves no marker or passphrase outside the vault", "[marker]")
{
    const QString sandbox = qEnvironmentVariable("DEBRIEF_TEST_SANDBOX");
    const QString tmp = qEnvironmentVariable("TMPDIR");
    REQUIRE_FALSE(sandbox.isEmpty());
    REQUIRE(tmp.startsWith(sandbox));
    REQUIRE(qEnvironmentVariable("HOME").startsWith(sandbox));

    const QString marker = QStringLiteral("Mrk") + randomHex();
    const QString passphrase = QStringLiteral("pass ") + randomHex() + QStringLiteral(" phrase");
    const QList<QByteArray> markerBytes = encodings(marker);
    const QList<QByteArray> passphraseBytes = encodings(passphrase);

    const QString caseDir = debrief::test::freshDir(QStringLiteral("marker"));
    const QString vaultDir = QDir(caseDir).filePath(QStringLiteral("vault"));
    const QString passphraseFile = debrief::test::writePrivateFile(
        QDir(caseDir).filePath(QStringLiteral("passphrase")), passphrase.toUtf8() + '\n');
    CliRunner cli(vaultDir);
    cli.setPassphraseFile(passphraseFile);

    QByteArray allErr;
    QByteArray allOut;     // every stdout
    QByteArray nonShowOut; // stdout of everything but "show"
    auto run = [&](const QStringList& args, const QByteArray& input = {}) {
        const CliResult r = cli.run(args, input);
        allErr += r.err;
        allOut += r.out;
        if (args.first() != QLatin1String("show"))
            nonShowOut += r.out;
        INFO(args.first().toStdString() << ": " << r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    };

    debrief::test::TempFileWatch tempFiles(tmp);
    REQUIRE(tempFiles.isValid());

    // The scripted session.
    run({QStringLiteral("init")});
    run({QStringLiteral("add"), entryText(-1, marker)});
    run({QStringLiteral("add"), QStringLiteral("-")}, entryText(-2, marker).toUtf8());
    const CliResult show = run({QStringLiteral("show"), QStringLiteral("2")});
    CHECK(show.outText().contains(marker)); // the marker is really in the vault
    run({QStringLiteral("search"), QStringLiteral("sideways")});
    run({QStringLiteral("search"), QStringLiteral("planning people")});
    run({QStringLiteral("list")});

    // Thousands more entries, quickly (one unlock), then list and search them all.
    {
        debrief::VaultError error;
        const debrief::VaultOpener opener{debrief::VaultFiles(vaultDir)};
        debrief::OpenVault vault = opener.openWithSecret(passphrase, &error);
        REQUIRE(vault);
        REQUIRE_FALSE(vault.db->exec("PRAGMA synchronous = OFF;")); // speed only
        debrief::ReflectionStore store(*vault.db);
        const auto now = debrief::LocalMoment::fromDateTime(QDateTime::currentDateTime());
        for (int i = 0; i < BulkEntries; ++i) {
            store.add(entryText(i, marker), now, &error);
            REQUIRE_FALSE(error);
        }
    }
    const CliResult list =
        run({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100000")});
    CHECK(list.outText().count(u'\n') == BulkEntries + 2);
    const CliResult many = run({QStringLiteral("search"), QStringLiteral("sideways pacing"),
                                QStringLiteral("--limit"), QStringLiteral("100000")});
    CHECK(many.outText().count(u'\n') == BulkEntries + 2);

    // A sort far beyond SQLite's sort memory, on a connection configured like every other.
    {
        debrief::VaultError error;
        const debrief::VaultOpener opener{debrief::VaultFiles(vaultDir)};
        debrief::OpenVault vault = opener.openWithSecret(passphrase, &error);
        REQUIRE(vault);
        CHECK(sortEverything(*vault.db) == BulkEntries + 2);
    }

    // ST-4: SQLite kept every temporary table and sort in memory.
    const QStringList created = tempFiles.takeCreated();
    INFO("files created in TMPDIR: " << created.join(QStringLiteral(", ")).toStdString());
    CHECK(created.isEmpty());

    // ST-1: the vault is encrypted from its first byte.
    QFile db(QDir(vaultDir).filePath(QStringLiteral("vault.db")));
    REQUIRE(db.open(QIODevice::ReadOnly));
    CHECK_FALSE(db.read(16).startsWith("SQLite format 3"));

    // ST-1, ST-3: no file anywhere in the sandbox holds the marker; the passphrase is only in
    // its own file.
    const QStringList markerFiles = filesHolding(sandbox, markerBytes);
    INFO("files with the marker: " << markerFiles.join(QStringLiteral(", ")).toStdString());
    CHECK(markerFiles.isEmpty());
    const QStringList passphraseFiles = filesHolding(sandbox, passphraseBytes, passphraseFile);
    INFO("files with the passphrase: " << passphraseFiles.join(QStringLiteral(", ")).toStdString());
    CHECK(passphraseFiles.isEmpty());
    CHECK(debrief::test::filesUnder(sandbox).size() > 3); // the scan did see the sandbox

    // LK-1: nothing on stderr holds content or the passphrase; only "show" prints the body.
    CHECK_FALSE(containsAny(allErr, markerBytes));
    CHECK_FALSE(containsAny(allErr, passphraseBytes));
    CHECK_FALSE(containsAny(nonShowOut, markerBytes));
    CHECK_FALSE(containsAny(allOut, passphraseBytes));
}

TEST_CASE("the temp-file watch sees a sort that spills to disk", "[marker]")
{
    // The control for ST-4 above: with temp_store = FILE the same kind of sort must show up,
    // or the watch proves nothing.
    const QString tmp = qEnvironmentVariable("TMPDIR");
    const QString dir = debrief::test::freshDir(QStringLiteral("spill-control"));
    debrief::VaultError error;
    auto db = debrief::Database::open(QDir(dir).filePath(QStringLiteral("plain.db")),
                                      debrief::VaultKey(), &error);
    REQUIRE(db);
    REQUIRE_FALSE(db->exec("PRAGMA synchronous = OFF;"
                           "CREATE TABLE reflections (id INTEGER PRIMARY KEY, text TEXT);"
                           "BEGIN;"));
    for (int i = 0; i < BulkEntries; ++i) {
        debrief::Statement q(*db, "INSERT INTO reflections (text) VALUES (?1);");
        REQUIRE_FALSE(q.bind(1, entryText(i, QStringLiteral("control"))).run());
    }
    REQUIRE_FALSE(db->exec("COMMIT; PRAGMA temp_store = FILE;"));
    debrief::test::TempFileWatch tempFiles(tmp);
    REQUIRE(tempFiles.isValid());
    CHECK(sortEverything(*db) == BulkEntries);
    CHECK_FALSE(tempFiles.takeCreated().isEmpty());
}
