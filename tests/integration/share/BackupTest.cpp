// Backups on real SQLCipher vaults (label integration): backup → erase → restore gives the same
// contents (every table's rows and every voice note, by digest); merging the same backup twice
// adds nothing; the recovery code works as the passphrase; a wrong passphrase, a damaged file,
// a vault in use or a cancel change nothing.

#include "BundleTestSupport.h"
#include "ShareFixture.h"
#include "TestEnvironment.h"
#include "TestStrings.h"
#include "share/ShareExporter.h"
#include "share/ShareImporter.h"
#include "share/ShareKeys.h"
#include "share/ShareProgress.h"
#include "share/SharedWithMe.h"
#include "share/VaultBackup.h"
#include "vault/EntryCommentStore.h"
#include "vault/RecoveryCode.h"
#include "vault/ReflectionStore.h"

#include <QDir>
#include <QFile>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = ShareError::Kind;

namespace {

const QString Passphrase = QStringLiteral("backup passphrase, long enough");

// A vault with everything a backup holds: entries with every part and voice, a key pair and a
// coach, entries someone shared with it (with voice and a comment on one), and a comment a
// coach sent back on one of its own entries.
TestVault populated(const QString& name)
{
    TestVault vault = makeVault(name);
    TestVault friendVault = makeVault(name + QStringLiteral("-friend"));
    TestVault coachVault = makeVault(name + QStringLiteral("-coach"));
    ShareError error;
    REQUIRE(ShareKeys(*vault.db).setDisplayName(QStringLiteral("Alex"), &error));
    REQUIRE(ShareKeys(*friendVault.db).setDisplayName(QStringLiteral("Sam"), &error));
    REQUIRE(ShareKeys(*coachVault.db).setDisplayName(QStringLiteral("Kim"), &error));
    const QString coachKey = *ShareKeys(*coachVault.db).publicKey(&error);
    REQUIRE(ShareKeys(*vault.db).addCoach(QStringLiteral("Kim"), coachKey, &error));

    ShareSelection mine;
    for (int n = 1; n <= 3; ++n)
        mine.append({addSampleEntry(*vault.db, markersFor(QStringLiteral("Bk"), n), n).id,
                     ShareFields::everything()});
    // Sam shares two entries with this vault; Alex comments on one.
    ShareSelection sams;
    for (int n = 1; n <= 2; ++n)
        sams.append({addSampleEntry(*friendVault.db, markersFor(QStringLiteral("Sm"), n), n).id,
                     ShareFields{true, n == 1, true, true}});
    const QString fromSam = QDir(friendVault.dir).filePath(QStringLiteral("sam.debrief"));
    REQUIRE(ShareExporter(*friendVault.db)
                .share(sams, ShareProtection::coachKey(*ShareKeys(*vault.db).publicKey(&error)),
                       fromSam, nullptr, &error));
    REQUIRE(ShareImporter(*vault.db).importFile(fromSam, {}, nullptr, &error));
    SharedWithMe received(*vault.db);
    const qint64 samId = received.senders(&error).first().id;
    REQUIRE(received.setComment(received.entries(samId, &error).first().id,
                                QStringLiteral("Have you tried a checklist?"), &error));
    // Alex shares with Kim; Kim's comment comes back.
    const QString toKim = QDir(vault.dir).filePath(QStringLiteral("kim.debrief"));
    REQUIRE(ShareExporter(*vault.db).share(mine, ShareProtection::coachKey(coachKey), toKim,
                                           nullptr, &error));
    REQUIRE(ShareImporter(*coachVault.db).importFile(toKim, {}, nullptr, &error));
    SharedWithMe kim(*coachVault.db);
    const qint64 alexId = kim.senders(&error).first().id;
    REQUIRE(kim.setComment(kim.entries(alexId, &error).first().id, QStringLiteral("Well spotted."),
                           &error));
    const QString back = QDir(coachVault.dir).filePath(QStringLiteral("back.debrief"));
    REQUIRE(kim.sendComments(alexId, back, nullptr, &error));
    REQUIRE(ShareImporter(*vault.db).importFile(back, {}, nullptr, &error));
    REQUIRE(EntryCommentStore(*vault.db).all(&error.vault).size() == 1);
    return vault;
}

std::string describe(const QMap<QString, QString>& digest)
{
    std::string out;
    for (auto it = digest.cbegin(); it != digest.cend(); ++it)
        out += it.key().toStdString() + ": " + it.value().toStdString() + "\n";
    return out;
}

int entryCount(Database& db)
{
    VaultError error;
    const int n = int(ReflectionStore(db).count(&error));
    REQUIRE_FALSE(error);
    return n;
}

} // namespace

TEST_CASE("backup, erase, restore: the same contents", "[backup]")
{
    TestVault vault = populated(QStringLiteral("backup-full"));
    const QMap<QString, QString> before = vaultDigest(*vault.db);
    CHECK(before.value(QStringLiteral("reflections")).startsWith(QStringLiteral("3 rows")));
    CHECK(before.value(QStringLiteral("recordings")).startsWith(QStringLiteral("6 rows")));
    CHECK(before.value(QStringLiteral("received_entries")).startsWith(QStringLiteral("2 rows")));
    // Sam left the answers of the second entry out, and so its spoken answer.
    CHECK(before.value(QStringLiteral("received_audio")).startsWith(QStringLiteral("3 rows")));
    CHECK(before.value(QStringLiteral("entry_comments")).startsWith(QStringLiteral("1 rows")));
    CHECK(before.value(QStringLiteral("share_identity")).startsWith(QStringLiteral("1 rows")));

    const QString file = QDir(sandboxRoot()).filePath(QStringLiteral("everything.debrief-backup"));
    QList<qint64> seen;
    ShareProgress progress([&](qint64 done, qint64) { seen.append(done); });
    ShareError error;
    REQUIRE(VaultBackup(*vault.db).backup(file, Passphrase, &progress, &error));
    CHECK(seen.size() > 2);
    CHECK(readFile(file).startsWith("age-encryption.org/v1\n-> scrypt "));

    // Erase: the vault's files are gone; a new, empty vault takes its place.
    const QString dir = vault.dir;
    vault.db.reset();
    REQUIRE(QDir(dir).removeRecursively());
    TestVault fresh = makeVault(QStringLiteral("backup-full-restored"));
    const auto report = VaultBackup(*fresh.db).restore(
        file, Passphrase, VaultBackup::Mode::IntoEmpty, nullptr, &error);
    INFO(error.detail.toStdString());
    REQUIRE(report);
    CHECK(report->entriesAdded == 3);
    CHECK(report->receivedAdded == 2);
    CHECK(report->commentsAdded == 1);
    CHECK(report->coachesAdded == 1);
    CHECK(report->keyPairRestored);
    const QMap<QString, QString> after = vaultDigest(*fresh.db);
    INFO("before:\n" << describe(before) << "after:\n" << describe(after));
    CHECK(after == before);
    // Searchable again, from the restored index.
    CHECK(ReflectionStore(*fresh.db).search(QStringLiteral("Bk2Les"), 10, &error.vault).size() ==
          1);
}

TEST_CASE("merging the same backup twice adds nothing", "[backup]")
{
    TestVault source = populated(QStringLiteral("backup-merge-source"));
    const QString file = QDir(source.dir).filePath(QStringLiteral("merge.backup"));
    ShareError error;
    REQUIRE(VaultBackup(*source.db).backup(file, Passphrase, nullptr, &error));

    TestVault target = makeVault(QStringLiteral("backup-merge-target"));
    addSampleEntry(*target.db, markersFor(QStringLiteral("Own"), 1), 1);
    const QMap<QString, QString> own = vaultDigest(*target.db);
    // A vault in use is never overwritten by a plain restore.
    CHECK_FALSE(VaultBackup(*target.db)
                    .restore(file, Passphrase, VaultBackup::Mode::IntoEmpty, nullptr, &error));
    CHECK(error.kind == K::NotEmpty);
    CHECK(vaultDigest(*target.db) == own);

    const auto first = VaultBackup(*target.db)
                           .restore(file, Passphrase, VaultBackup::Mode::Merge, nullptr, &error);
    REQUIRE(first);
    CHECK(first->entriesAdded == 3);
    CHECK(first->entriesKept == 0);
    CHECK(entryCount(*target.db) == 4);
    const QMap<QString, QString> merged = vaultDigest(*target.db);

    const auto second = VaultBackup(*target.db)
                            .restore(file, Passphrase, VaultBackup::Mode::Merge, nullptr, &error);
    REQUIRE(second);
    CHECK(second->entriesAdded == 0);
    CHECK(second->entriesKept == 3);
    CHECK(second->receivedAdded == 0);
    CHECK(second->receivedKept == 2);
    CHECK(second->commentsAdded == 0);
    CHECK(second->coachesAdded == 0);
    CHECK(entryCount(*target.db) == 4);
    INFO("merged:\n" << describe(merged));
    CHECK(vaultDigest(*target.db) == merged);
}

TEST_CASE("the recovery code, as written down or typed loosely, is the passphrase", "[backup]")
{
    TestVault vault = makeVault(QStringLiteral("backup-code"));
    addSampleEntry(*vault.db, markersFor(QStringLiteral("Code"), 1), 1);
    const QString code = recoverycode::generate();
    const QString passphrase = VaultBackup::passphraseForRecoveryCode(code);
    REQUIRE(passphrase == recoverycode::format(recoverycode::normalize(code)));
    const QString file = QDir(vault.dir).filePath(QStringLiteral("code.backup"));
    ShareError error;
    REQUIRE(VaultBackup(*vault.db).backup(file, passphrase, nullptr, &error));

    TestVault fresh = makeVault(QStringLiteral("backup-code-restored"));
    const QString typed = code.toLower().replace(u'-', u' ');
    REQUIRE(
        VaultBackup(*fresh.db).restore(file, typed, VaultBackup::Mode::IntoEmpty, nullptr, &error));
    CHECK(vaultDigest(*fresh.db) == vaultDigest(*vault.db));
}

TEST_CASE("a wrong passphrase, a damaged file, a share or a cancel restore nothing", "[backup]")
{
    TestVault vault = makeVault(QStringLiteral("backup-bad"));
    const SampleEntry entry = addSampleEntry(*vault.db, markersFor(QStringLiteral("Bad"), 1), 1);
    const QString file = QDir(vault.dir).filePath(QStringLiteral("bad.backup"));
    ShareError error;
    CHECK_FALSE(VaultBackup(*vault.db).backup(file, QStringLiteral("short"), nullptr, &error));
    CHECK(error.kind == K::PassphraseTooShort);
    CHECK_FALSE(QFile::exists(file));
    REQUIRE(VaultBackup(*vault.db).backup(file, Passphrase, nullptr, &error));

    TestVault fresh = makeVault(QStringLiteral("backup-bad-target"));
    const QMap<QString, QString> empty = vaultDigest(*fresh.db);
    CHECK_FALSE(VaultBackup(*fresh.db).restore(file, QStringLiteral("not the passphrase"),
                                               VaultBackup::Mode::IntoEmpty, nullptr, &error));
    CHECK(error.age.kind == AgeError::Kind::WrongPassphrase);

    QByteArray damaged = readFile(file);
    damaged[damaged.size() / 2] ^= 1;
    const QString damagedPath = QDir(vault.dir).filePath(QStringLiteral("damaged.backup"));
    QFile out(damagedPath);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(damaged);
    out.close();
    CHECK_FALSE(VaultBackup(*fresh.db).restore(damagedPath, Passphrase,
                                               VaultBackup::Mode::IntoEmpty, nullptr, &error));
    CHECK(error.kind == K::Age);

    ShareProgress cancelled([](qint64, qint64) {});
    cancelled.cancel();
    CHECK_FALSE(VaultBackup(*fresh.db).restore(file, Passphrase, VaultBackup::Mode::IntoEmpty,
                                               &cancelled, &error));
    CHECK(error.kind == K::Cancelled);

    // A share is not a backup, and a backup is not a share.
    const QString share = QDir(vault.dir).filePath(QStringLiteral("share.debrief"));
    REQUIRE(ShareExporter(*vault.db).share({{entry.id, ShareFields::everything()}},
                                           ShareProtection::passphrase(Passphrase), share, nullptr,
                                           &error));
    CHECK_FALSE(VaultBackup(*fresh.db).restore(share, Passphrase, VaultBackup::Mode::IntoEmpty,
                                               nullptr, &error));
    CHECK(error.kind == K::WrongKind);
    CHECK_FALSE(ShareImporter(*fresh.db).importFile(file, Passphrase, nullptr, &error));
    CHECK(error.kind == K::WrongKind);
    CHECK(vaultDigest(*fresh.db) == empty);
}
