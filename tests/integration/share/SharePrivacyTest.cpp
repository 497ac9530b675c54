// SECURITY.md ST-1 for sharing and backups (label integration): after sharing (to a key and with
// a passphrase), importing, commenting back, backing up and restoring, no file anywhere in the
// test's sandbox (HOME, XDG dirs, TMPDIR, the vaults' folders, the files written) holds an
// entry's text, answer, lesson or comment, or Ogg audio; and nothing was created in TMPDIR.
// (Files other test cases of this program left in the sandbox before, such as the deliberately
// readable exports, are not this session's and are left out of the scan.)

#include "BundleTestSupport.h"
#include "ShareFixture.h"
#include "TempFileWatch.h"
#include "TestEnvironment.h"
#include "TestStrings.h"
#include "share/ShareExporter.h"
#include "share/ShareImporter.h"
#include "share/ShareKeys.h"
#include "share/SharedWithMe.h"
#include "share/VaultBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

TEST_CASE("sharing and backups leave no plaintext on disk", "[share-privacy]")
{
    const QString sandbox = qEnvironmentVariable("DEBRIEF_TEST_SANDBOX");
    const QString tmp = qEnvironmentVariable("TMPDIR");
    REQUIRE_FALSE(sandbox.isEmpty());
    REQUIRE(tmp.startsWith(sandbox));
    TempFileWatch tempFiles(tmp);
    REQUIRE(tempFiles.isValid());
    const QDateTime started = QDateTime::currentDateTime();
    QSet<QString> before;
    for (const QString& path : filesUnder(sandbox))
        before.insert(path);

    TestVault sender = makeVault(QStringLiteral("privacy-sender"));
    TestVault coach = makeVault(QStringLiteral("privacy-coach"));
    QVector<EntryMarkers> markers;
    ShareSelection selection;
    for (int n = 1; n <= 2; ++n) {
        markers.append(markersFor(QStringLiteral("Priv") + QString::number(qHash(sandbox)), n));
        selection.append(
            {addSampleEntry(*sender.db, markers.last(), n).id, ShareFields::everything()});
    }
    ShareError error;
    const QString coachKey = *ShareKeys(*coach.db).publicKey(&error);
    const QString files = freshDir(QStringLiteral("privacy-files"));
    const QString toKey = QDir(files).filePath(QStringLiteral("key.debrief"));
    const QString toPass = QDir(files).filePath(QStringLiteral("pass.debrief"));
    const QString backup = QDir(files).filePath(QStringLiteral("all.backup"));
    const QString comments = QDir(files).filePath(QStringLiteral("comments.debrief"));
    const QString passphrase = QStringLiteral("a long share passphrase");

    ShareExporter exporter(*sender.db);
    REQUIRE(exporter.preview(selection, &error));
    REQUIRE(exporter.share(selection, ShareProtection::coachKey(coachKey), toKey, nullptr, &error));
    REQUIRE(exporter.share(selection, ShareProtection::passphrase(passphrase), toPass, nullptr,
                           &error));
    REQUIRE(ShareImporter(*coach.db).importFile(toKey, {}, nullptr, &error));
    REQUIRE(ShareImporter(*coach.db).importFile(toPass, passphrase, nullptr, &error));
    SharedWithMe shared(*coach.db);
    const qint64 senderId = shared.senders(&error).first().id;
    REQUIRE(shared.setComment(shared.entries(senderId, &error).first().id, markers.at(0).comment,
                              &error));
    REQUIRE(shared.sendComments(senderId, comments, nullptr, &error));
    REQUIRE(ShareImporter(*sender.db).importFile(comments, {}, nullptr, &error));
    REQUIRE(VaultBackup(*sender.db).backup(backup, passphrase, nullptr, &error));
    TestVault restored = makeVault(QStringLiteral("privacy-restored"));
    REQUIRE(VaultBackup(*restored.db)
                .restore(backup, passphrase, VaultBackup::Mode::IntoEmpty, nullptr, &error));
    sender.db.reset();
    coach.db.reset();
    restored.db.reset();

    const QStringList created = tempFiles.takeCreated();
    INFO("created in TMPDIR: " << created.join(QStringLiteral(", ")).toStdString());
    CHECK(created.isEmpty());

    QStringList all;
    for (const QString& path : filesUnder(sandbox)) {
        if (!before.contains(path) || QFileInfo(path).lastModified() >= started)
            all.append(path);
    }
    // The scan saw the three vaults and every file written.
    for (const QString& written : {toKey, toPass, comments, backup})
        CHECK(all.contains(written));
    CHECK(all.filter(QStringLiteral("vault.db")).size() == 3);
    QStringList needles;
    for (const EntryMarkers& m : markers)
        needles << m.text << m.answers << m.lessons << m.comment;
    for (const QString& path : all) {
        const QByteArray bytes = readFile(path);
        INFO(path.toStdString());
        CHECK_FALSE(bytes.contains("OggS"));
        for (const QString& needle : needles)
            CHECK_FALSE(containsAnyEncoding(bytes, needle));
    }
}
