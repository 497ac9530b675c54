// Damaged vault files (RE-1, RE-6): with the right key, every kind of damage is reported as
// Damaged (never a crash, never WrongSecret/KeyMismatch), and nothing on disk is changed.

#include "VaultTestHelpers.h"

#include "vault/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>
#include <sodium.h>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;

namespace {

constexpr int PageSize = 4096; // SQLCipher 4 default

// A vault with enough entries to fill many pages, built once per test process.
struct Pristine
{
    QString dir;
    QByteArray keyHex;
    QList<ReflectionId> ids;
    int dataPage = 0; // a page of the reflections table other than the first page
};

const Pristine& pristine()
{
    static const Pristine p = [] {
        Pristine made;
        CreatedVault created = createVault(QStringLiteral("pristine"));
        made.dir = created.dir;
        made.keyHex = created.key.toHex();
        ReflectionStore store(*created.vault.db);
        for (int i = 0; i < 150; ++i) {
            VaultError error;
            const QString text =
                QStringLiteral("entry-%1 ").arg(i) +
                QStringLiteral("a day with a hard conversation and a walk after. ").repeated(6);
            made.ids.append(store.add(text, momentAt(1700000000000 + i * 60000), &error));
            REQUIRE_FALSE(error);
        }
        // The table's root page: with this many rows an interior page that every read of an
        // entry goes through (dbstat is not compiled into Debian's libsqlcipher).
        Statement root(*created.vault.db,
                       "SELECT rootpage FROM sqlite_master WHERE name = 'reflections';");
        REQUIRE(root.next());
        made.dataPage = int(root.int64(0));
        REQUIRE(made.dataPage > 1);
        REQUIRE(queryInt(*created.vault.db, "PRAGMA page_count;") > 10);
        return made;
    }();
    return p;
}

// A copy of the pristine vault in its own folder.
QString copyOfPristine(const QString& name)
{
    const QString dir = freshDir(name);
    copyFiles(pristine().dir, dir);
    REQUIRE(QFile::exists(dir + QStringLiteral("/vault.db")));
    REQUIRE(QFile::exists(dir + QStringLiteral("/vault.keys")));
    REQUIRE_FALSE(QFile::exists(dir + QStringLiteral("/vault.db-wal")));
    return dir;
}

// Reads everything the app can read; returns the first error met.
VaultError readEverything(Database& db, const QList<ReflectionId>& ids)
{
    ReflectionStore store(db);
    VaultError error;
    store.count(&error);
    if (error)
        return error;
    std::optional<HistoryCursor> cursor;
    for (;;) {
        const auto rows = store.page(cursor, 20, &error);
        if (error)
            return error;
        if (rows.isEmpty())
            break;
        cursor = ReflectionStore::cursorAfter(rows.last());
    }
    for (ReflectionId id : ids) {
        store.get(id, &error);
        if (error)
            return error;
    }
    store.search(QStringLiteral("conversation"), 200, &error);
    return error;
}

enum class Detected
{
    AtOpen,         // the open itself must fail
    AtOpenOrOnRead, // the open may succeed if the damage is further in the file
};

// Opens the damaged copy with the right key: Damaged, and not a byte changed on disk.
void requireDamaged(const QString& dir, Detected when)
{
    const Snapshot before = snapshot(dir);
    VaultError error;
    {
        VaultOpener opener{VaultFiles(dir)};
        CHECK(opener.presence() == VaultOpener::Presence::Ready);
        OpenVault vault = opener.openWithKey(VaultKey::fromHex(pristine().keyHex), &error);
        if (when == Detected::AtOpen)
            CHECK_FALSE(vault);
        if (!vault && error.kind == K::Damaged) {
            // The key passed the key check: it is kept so the file can be moved aside.
            CHECK_FALSE(vault.db);
            CHECK(vault.key == VaultKey::fromHex(pristine().keyHex));
        }
        if (vault)
            error = readEverything(*vault.db, pristine().ids);
    }
    CAPTURE(error);
    CHECK(error.kind == K::Damaged);
    CHECK(error.message() != VaultError(K::WrongSecret).message());
    CHECK(error.message() != VaultError(K::KeyMismatch).message());
    CHECK(differences(before, snapshot(dir)) == "");
}

} // namespace

TEST_CASE("The undamaged copy opens and reads completely (control)", "[damage]")
{
    const QString dir = copyOfPristine(QStringLiteral("control"));
    const Snapshot before = snapshot(dir);
    VaultError error;
    {
        VaultOpener opener{VaultFiles(dir)};
        OpenVault vault = opener.openWithKey(VaultKey::fromHex(pristine().keyHex), &error);
        REQUIRE(vault);
        CHECK_FALSE(readEverything(*vault.db, pristine().ids));
        CHECK(ReflectionStore(*vault.db).count(&error) == 150);
        Statement check(*vault.db, "PRAGMA cipher_integrity_check;"); // no rows: every page ok
        CHECK_FALSE(check.next());
        CHECK_FALSE(check.error());
    }
    CHECK(differences(before, snapshot(dir)) == ""); // reading changes nothing either
}

TEST_CASE("Flipped bytes in the header are Damaged, with key or secret", "[damage]")
{
    const QString dir = copyOfPristine(QStringLiteral("header"));
    flipBytes(dir + QStringLiteral("/vault.db"), 0, 16);
    requireDamaged(dir, Detected::AtOpen);

    // Database::open says the same, and the right secret is not mistaken for a wrong one.
    VaultError error;
    CHECK_FALSE(Database::open(dir + QStringLiteral("/vault.db"),
                               VaultKey::fromHex(pristine().keyHex), &error));
    CHECK(error.kind == K::Damaged);
    const Snapshot before = snapshot(dir);
    OpenVault vault = VaultOpener(VaultFiles(dir)).openWithSecret(TestPassphrase, &error);
    CHECK_FALSE(vault);
    CHECK(error.kind == K::Damaged);
    CHECK(differences(before, snapshot(dir)) == "");
}

TEST_CASE("A single flipped byte in the first page is Damaged", "[damage]")
{
    const QString dir = copyOfPristine(QStringLiteral("page1"));
    flipBytes(dir + QStringLiteral("/vault.db"), 1000);
    requireDamaged(dir, Detected::AtOpen);
}

TEST_CASE("Flipped bytes in a later page are Damaged when that page is read", "[damage]")
{
    const QString dir = copyOfPristine(QStringLiteral("later-page"));
    const qint64 offset = qint64(pristine().dataPage - 1) * PageSize + PageSize / 2;
    REQUIRE(offset > PageSize);
    flipBytes(dir + QStringLiteral("/vault.db"), offset, 4);
    requireDamaged(dir, Detected::AtOpenOrOnRead);
}

TEST_CASE("A truncated vault file is Damaged", "[damage]")
{
    const QString dir = copyOfPristine(QStringLiteral("truncated"));
    const QString path = dir + QStringLiteral("/vault.db");
    const QByteArray full = readFile(path);
    REQUIRE(full.size() > 8 * PageSize);

    SECTION("to half its pages")
    {
        writeFile(path, full.left((full.size() / PageSize / 2) * PageSize));
        requireDamaged(dir, Detected::AtOpenOrOnRead);
    }
    SECTION("in the middle of a page")
    {
        writeFile(path, full.left(3 * PageSize + 1234));
        requireDamaged(dir, Detected::AtOpenOrOnRead);
    }
    SECTION("inside the first page")
    {
        writeFile(path, full.left(100));
        requireDamaged(dir, Detected::AtOpen);
    }
}

TEST_CASE("An empty vault file is Damaged, not silently made a new vault", "[damage]")
{
    const QString dir = copyOfPristine(QStringLiteral("empty"));
    writeFile(dir + QStringLiteral("/vault.db"), QByteArray());
    requireDamaged(dir, Detected::AtOpen);
    CHECK(QFileInfo(dir + QStringLiteral("/vault.db")).size() == 0);
}

TEST_CASE("A plain SQLite file in the vault's place is Damaged", "[damage]")
{
    const QString dir = copyOfPristine(QStringLiteral("plain"));
    const QString path = dir + QStringLiteral("/vault.db");
    QFile::remove(path);
    {
        openMigrated(path, VaultKey());
    } // an unencrypted database with the same schema
    REQUIRE(readFile(path).startsWith("SQLite format 3"));
    requireDamaged(dir, Detected::AtOpen);
}

TEST_CASE("Random bytes in the vault's place are Damaged", "[damage]")
{
    const QString dir = copyOfPristine(QStringLiteral("random"));
    QByteArray noise(16 * PageSize, '\0');
    randombytes_buf(noise.data(), size_t(noise.size()));
    writeFile(dir + QStringLiteral("/vault.db"), noise);
    requireDamaged(dir, Detected::AtOpen);

    SECTION("even behind a valid SQLite header")
    {
        noise.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        writeFile(dir + QStringLiteral("/vault.db"), noise);
        requireDamaged(dir, Detected::AtOpen);
    }
}

TEST_CASE("moveDatabaseAside moves the database with its WAL and SHM and deletes nothing",
          "[damage]")
{
    // A crash leaves the database with its WAL and SHM; the WAL holds a committed entry.
    const QString live = freshDir(QStringLiteral("aside-live"));
    const QString dir = freshDir(QStringLiteral("aside"));
    const VaultKey key = VaultKey::generate();
    {
        auto db = openMigrated(live + QStringLiteral("/vault.db"), key);
        VaultError error;
        ReflectionStore(*db).add(QStringLiteral("only in the WAL"), momentAt(5), &error);
        REQUIRE_FALSE(error);
        REQUIRE(QFile::exists(live + QStringLiteral("/vault.db-wal")));
        REQUIRE(QFile::exists(live + QStringLiteral("/vault.db-shm")));
        copyFiles(live, dir); // copied while open: as a crash would leave them
    }
    writeFile(dir + QStringLiteral("/vault.keys"), "envelope stand-in");
    const Snapshot before = snapshot(dir);

    VaultFiles files(dir);
    VaultError error;
    const QString moved = files.moveDatabaseAside(&error);
    REQUIRE_FALSE(error);
    REQUIRE_FALSE(moved.isEmpty());
    CHECK(QFileInfo(moved).dir() == QDir(dir));
    CHECK_FALSE(files.databaseExists());
    CHECK_FALSE(QFile::exists(files.databasePath() + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(files.databasePath() + QStringLiteral("-shm")));
    CHECK(files.envelopeExists());

    const Snapshot after = snapshot(dir);
    CHECK(after.size() == before.size());
    CHECK(after.value(QFileInfo(moved).fileName()) == before.value(QStringLiteral("vault.db")));
    CHECK(after.value(QFileInfo(moved).fileName() + QStringLiteral("-wal")) ==
          before.value(QStringLiteral("vault.db-wal")));
    CHECK(after.value(QFileInfo(moved).fileName() + QStringLiteral("-shm")) ==
          before.value(QStringLiteral("vault.db-shm")));
    CHECK(after.value(QStringLiteral("vault.keys")) == before.value(QStringLiteral("vault.keys")));

    // Moved together, the WAL still belongs to its database: the entry is there.
    auto db = Database::open(moved, key, &error);
    REQUIRE(db);
    CHECK(ReflectionStore(*db).count(&error) == 1);
}

TEST_CASE("moveDatabaseAside twice keeps both damaged files", "[damage]")
{
    const QString dir = freshDir(QStringLiteral("aside-twice"));
    VaultFiles files(dir);
    writeFile(files.databasePath(), "first damaged file");
    VaultError error;
    const QString first = files.moveDatabaseAside(&error);
    REQUIRE_FALSE(error);
    writeFile(files.databasePath(), "second damaged file");
    const QString second = files.moveDatabaseAside(&error); // within the same second
    REQUIRE_FALSE(error);
    CHECK(first != second);
    CHECK(readFile(first) == "first damaged file");
    CHECK(readFile(second) == "second damaged file");
    CHECK(snapshot(dir).size() == 2);
}

TEST_CASE("moveDatabaseAside without a database fails and changes nothing", "[damage]")
{
    const QString dir = freshDir(QStringLiteral("aside-none"));
    writeFile(dir + QStringLiteral("/vault.keys"), "envelope stand-in");
    const Snapshot before = snapshot(dir);
    VaultError error;
    CHECK(VaultFiles(dir).moveDatabaseAside(&error).isEmpty());
    CHECK(static_cast<bool>(error));
    CHECK(differences(before, snapshot(dir)) == "");
}
