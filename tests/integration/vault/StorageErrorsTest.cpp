// Storage errors (RE-3): disk full and a read-only data folder give a clear error, nothing
// committed is lost and the entry being written can be retried.

#include "VaultTestHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>
#include <sqlite3.h>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;

TEST_CASE("errorFromCode maps SQLite results to what a person is told", "[errors]")
{
    const QString detail = QStringLiteral("technical detail");
    struct Case
    {
        int code;
        K kind;
    };
    for (const Case& c : {
             Case{SQLITE_OK, K::None},
             Case{SQLITE_DONE, K::None},
             Case{SQLITE_ROW, K::None},
             Case{SQLITE_FULL, K::DiskFull},
             Case{SQLITE_READONLY, K::ReadOnly},
             Case{SQLITE_READONLY_DBMOVED, K::ReadOnly},
             Case{SQLITE_READONLY_DIRECTORY, K::ReadOnly},
             Case{SQLITE_PERM, K::ReadOnly},
             Case{SQLITE_CANTOPEN, K::ReadOnly},
             Case{SQLITE_NOTADB, K::Damaged},
             Case{SQLITE_CORRUPT, K::Damaged},
             Case{SQLITE_CORRUPT_INDEX, K::Damaged},
             Case{SQLITE_IOERR, K::Io},
             Case{SQLITE_IOERR_WRITE, K::Io},
             Case{SQLITE_IOERR_FSYNC, K::Io},
             Case{SQLITE_BUSY, K::Io},
             Case{SQLITE_ERROR, K::Io},
         }) {
        CAPTURE(c.code);
        const VaultError e = Database::errorFromCode(c.code, detail);
        CHECK(e.kind == c.kind);
        if (c.kind != K::None)
            CHECK(e.detail == detail);
    }
    // The person gets a different, non-empty message for each.
    const QString full = VaultError(K::DiskFull).message();
    const QString readOnly = VaultError(K::ReadOnly).message();
    CHECK_FALSE(full.isEmpty());
    CHECK_FALSE(readOnly.isEmpty());
    CHECK(full != readOnly);
    CHECK(VaultError().message().isEmpty());
}

TEST_CASE("A full disk is DiskFull; committed entries stay and the entry can be retried",
          "[errors]")
{
    const QString dir = freshDir(QStringLiteral("full"));
    const VaultKey key = VaultKey::generate();
    auto db = openMigrated(dir + QStringLiteral("/vault.db"), key);
    ReflectionStore store(*db);
    VaultError error;
    const ReflectionId kept = store.add(QStringLiteral("committed before"), momentAt(1), &error);
    REQUIRE_FALSE(error);

    // SQLite's own page limit plays the full disk: the next page cannot be allocated.
    const qint64 pages = queryInt(*db, "PRAGMA page_count;");
    REQUIRE_FALSE(
        db->exec(QStringLiteral("PRAGMA max_page_count = %1;").arg(pages).toUtf8().constData()));
    const QString draft = QStringLiteral("a long draft the person just wrote. ").repeated(400);
    const ReflectionId failed = store.add(draft, momentAt(2), &error);
    CHECK(failed == 0);
    CHECK(error.kind == K::DiskFull);
    CHECK_FALSE(error.message().isEmpty());
    CHECK(store.count(&error) == 1);
    CHECK(store.get(kept, &error)->text == QStringLiteral("committed before"));
    CHECK_FALSE(ftsIntegrityCheck(*db));

    // Space again: the same text saves.
    REQUIRE_FALSE(db->exec("PRAGMA max_page_count = 1073741823;"));
    const ReflectionId saved = store.add(draft, momentAt(2), &error);
    REQUIRE_FALSE(error);
    CHECK(store.get(saved, &error)->text == draft);
    CHECK(store.count(&error) == 2);
}

TEST_CASE("A read-only data folder is ReadOnly or Io; nothing is lost", "[errors]")
{
    CreatedVault created = createVault(QStringLiteral("readonly"));
    VaultError error;
    const ReflectionId kept =
        ReflectionStore(*created.vault.db).add(QStringLiteral("committed"), momentAt(1), &error);
    REQUIRE_FALSE(error);
    created.vault = {};
    const QString dir = created.dir;
    const QString db = dir + QStringLiteral("/vault.db");
    const auto dirPermissions = QFileInfo(dir).permissions();
    const auto dbPermissions = QFileInfo(db).permissions();

    REQUIRE(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner)); // 0500
    REQUIRE(QFile::setPermissions(db, QFileDevice::ReadOwner));                          // 0400
    struct Restore
    {
        QString dir, db;
        QFileDevice::Permissions dirPermissions, dbPermissions;
        ~Restore()
        {
            QFile::setPermissions(dir, dirPermissions);
            QFile::setPermissions(db, dbPermissions);
        }
    } restore{dir, db, dirPermissions, dbPermissions};

    // Root (as in CI containers) writes regardless of permissions: nothing to test then.
    QFile probe(dir + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        SKIP("running with privileges that ignore file permissions (root?): chmod cannot make "
             "the data folder read-only");
    }

    const QString draft = QStringLiteral("written while the folder was read-only");
    {
        VaultOpener opener{VaultFiles(dir)};
        OpenVault vault = opener.openWithKey(created.key.copy(), &error);
        if (vault) {
            ReflectionStore store(*vault.db);
            CHECK(store.add(draft, momentAt(2), &error) == 0);
        }
        CAPTURE(error);
        CHECK((error.kind == K::ReadOnly || error.kind == K::Io));
        CHECK_FALSE(error.message().isEmpty());
    }

    // Writable again: everything committed is there and the draft (still in memory) saves.
    QFile::setPermissions(dir, dirPermissions);
    QFile::setPermissions(db, dbPermissions);
    VaultOpener opener{VaultFiles(dir)};
    OpenVault vault = opener.openWithKey(created.key.copy(), &error);
    REQUIRE(vault);
    ReflectionStore store(*vault.db);
    CHECK(store.get(kept, &error)->text == QStringLiteral("committed"));
    const ReflectionId saved = store.add(draft, momentAt(2), &error);
    REQUIRE_FALSE(error);
    CHECK(store.get(saved, &error)->text == draft);
    CHECK(store.count(&error) == 2);
}
