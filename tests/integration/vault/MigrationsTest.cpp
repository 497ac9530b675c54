// Migrations: every step from a fixture of the version before, idempotence, refusal of a
// vault from a newer Debrief, and a failing step leaving the vault as it was.

#include "VaultTestHelpers.h"

#include "vault/Migrations.h"
#include "vault/Statement.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;

namespace {

std::unique_ptr<Database> openRaw(const QString& path, const VaultKey& key)
{
    VaultError error;
    auto db = Database::open(path, key, &error);
    REQUIRE(db);
    REQUIRE_FALSE(error);
    return db;
}

int versionOf(Database& db)
{
    VaultError error;
    const int v = migrations::currentVersion(db, &error);
    REQUIRE_FALSE(error);
    return v;
}

// The schema as SQLite records it, to compare before and after.
QStringList schemaOf(Database& db)
{
    Statement q(db, "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master "
                    "ORDER BY type, name;");
    QStringList rows;
    while (q.next())
        rows.append(q.text(0));
    REQUIRE_FALSE(q.error());
    return rows;
}

bool hasObject(Database& db, const char* type, const char* name)
{
    Statement q(db, "SELECT count(*) FROM sqlite_master WHERE type = ?1 AND name = ?2;");
    q.bind(1, QString::fromLatin1(type)).bind(2, QString::fromLatin1(name));
    REQUIRE(q.next());
    return q.int64(0) == 1;
}

} // namespace

TEST_CASE("The migration list is contiguous from version 1", "[migrations]")
{
    const auto& steps = migrations::all();
    REQUIRE_FALSE(steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        CHECK(steps[i].toVersion == int(i) + 1);
        CHECK(steps[i].apply != nullptr);
        CHECK(std::string(steps[i].name).size() > 0);
    }
    CHECK(migrations::latestVersion() == steps.back().toVersion);
}

TEST_CASE("Version 0 (a new empty database) migrates to version 1", "[migrations]")
{
    const QString path = freshDir(QStringLiteral("mig-v0")) + QStringLiteral("/vault.db");
    const VaultKey key = VaultKey::generate();
    auto db = openRaw(path, key);
    REQUIRE(versionOf(*db) == 0);
    REQUIRE(schemaOf(*db).isEmpty());

    REQUIRE_FALSE(migrations::migrate(*db, 1));
    CHECK(versionOf(*db) == 1);
    CHECK(hasObject(*db, "table", "reflections"));
    CHECK(hasObject(*db, "table", "reflections_fts"));
    CHECK(hasObject(*db, "index", "reflections_by_created"));
    // The schema is usable, FTS included (as version 1's ReflectionStore wrote it: today's
    // store needs the latest schema, which VaultOpener always brings a vault to).
    REQUIRE_FALSE(db->exec("INSERT INTO reflections (text, created_utc, created_tz, updated_utc, "
                           "updated_tz) VALUES ('first words', 1, 'UTC', 1, 'UTC');"
                           "INSERT INTO reflections_fts (rowid, text) "
                           "SELECT id, text FROM reflections;"));
    CHECK(queryInt(*db, "SELECT count(*) FROM reflections_fts WHERE reflections_fts MATCH "
                        "'words';") == 1);
    CHECK_FALSE(db->exec(
        "INSERT INTO reflections_fts (reflections_fts, rank) VALUES ('integrity-check', 1);"));
}

TEST_CASE("Every step migrates a fixture of the version before it", "[migrations]")
{
    for (const Migration& step : migrations::all()) {
        CAPTURE(step.toVersion, step.name);
        const QString path = freshDir(QStringLiteral("mig-step-%1").arg(step.toVersion)) +
                             QStringLiteral("/vault.db");
        const VaultKey key = VaultKey::generate();
        {
            auto db = openRaw(path, key);
            REQUIRE_FALSE(migrations::migrate(*db, step.toVersion - 1)); // the fixture
            REQUIRE(versionOf(*db) == step.toVersion - 1);
        }
        auto db = openRaw(path, key); // as a later start would find it
        REQUIRE_FALSE(migrations::migrate(*db, step.toVersion));
        CHECK(versionOf(*db) == step.toVersion);
    }
    // And the whole way in one go, as VaultOpener does.
    const QString path = freshDir(QStringLiteral("mig-all")) + QStringLiteral("/vault.db");
    auto db = openRaw(path, VaultKey::generate());
    REQUIRE_FALSE(migrations::migrate(*db));
    CHECK(versionOf(*db) == migrations::latestVersion());
}

TEST_CASE("migrate is idempotent and keeps the data", "[migrations]")
{
    const QString path = freshDir(QStringLiteral("mig-idem")) + QStringLiteral("/vault.db");
    const VaultKey key = VaultKey::generate();
    auto db = openMigrated(path, key);
    const QStringList schema = schemaOf(*db);
    VaultError error;
    const ReflectionId id =
        ReflectionStore(*db).add(QStringLiteral("still here"), momentAt(7), &error);
    REQUIRE_FALSE(error);

    CHECK_FALSE(migrations::migrate(*db));
    CHECK_FALSE(migrations::migrate(*db));
    CHECK(versionOf(*db) == migrations::latestVersion());
    CHECK(schemaOf(*db) == schema);
    CHECK(ReflectionStore(*db).get(id, &error)->text == QStringLiteral("still here"));
    CHECK(ReflectionStore(*db).count(&error) == 1);
}

TEST_CASE("A vault from a newer Debrief is NewerVersion and left unchanged", "[migrations]")
{
    CreatedVault created = createVault(QStringLiteral("mig-newer"));
    VaultError error;
    ReflectionStore(*created.vault.db).add(QStringLiteral("from the future"), momentAt(9), &error);
    REQUIRE_FALSE(error);
    const int newer = migrations::latestVersion() + 1;
    REQUIRE_FALSE(created.vault.db->exec(
        QStringLiteral("PRAGMA user_version = %1;").arg(newer).toUtf8().constData()));
    // A table this version does not know about, as a newer schema might have.
    REQUIRE_FALSE(created.vault.db->exec("CREATE TABLE from_the_future (id INTEGER PRIMARY KEY);"));
    const QStringList schema = schemaOf(*created.vault.db);
    created.vault = {};
    const Snapshot before = snapshot(created.dir);

    {
        VaultOpener opener{VaultFiles(created.dir)};
        OpenVault vault = opener.openWithKey(created.key.copy(), &error);
        CHECK_FALSE(vault);
        CHECK(error.kind == K::NewerVersion);
    }
    CHECK(differences(before, snapshot(created.dir)) == "");

    auto db = openRaw(created.dir + QStringLiteral("/vault.db"), created.key);
    CHECK(migrations::migrate(*db).kind == K::NewerVersion);
    CHECK(versionOf(*db) == newer);
    CHECK(schemaOf(*db) == schema);
    db.reset();
    CHECK(differences(before, snapshot(created.dir)) == "");
}

TEST_CASE("A failing step rolls back completely", "[migrations]")
{
    // A version-0 file that already has a table named like the one step 1 creates.
    const QString path = freshDir(QStringLiteral("mig-fail")) + QStringLiteral("/vault.db");
    const VaultKey key = VaultKey::generate();
    auto db = openRaw(path, key);
    REQUIRE_FALSE(db->exec("CREATE TABLE reflections (x); INSERT INTO reflections VALUES (1);"));
    const QStringList schema = schemaOf(*db);

    CHECK(static_cast<bool>(migrations::migrate(*db)));
    CHECK(versionOf(*db) == 0);
    CHECK(schemaOf(*db) == schema); // no half-made FTS table or index
    CHECK(queryInt(*db, "SELECT count(*) FROM reflections;") == 1);
    // And the connection is usable, not stuck in a transaction.
    CHECK_FALSE(db->begin());
    CHECK_FALSE(db->commit());
}
