// inTransaction composes (label integration): inside a caller's transaction a store operation
// is a savepoint, so the caller commits or rolls back everything together; a failing inner
// step undoes only itself.

#include "VaultTestHelpers.h"

#include "vault/Transaction.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

std::unique_ptr<Database> scratch(const char* name)
{
    return openMigrated(freshDir(QString::fromLatin1(name)) + QStringLiteral("/vault.db"),
                        VaultKey::generate());
}

} // namespace

TEST_CASE("A store operation inside a failing outer transaction is rolled back with it",
          "[transaction]")
{
    auto db = scratch("tx-outer");
    REQUIRE(db);
    ReflectionStore store(*db);
    const VaultError outer = inTransaction(*db, [&]() -> VaultError {
        VaultError e;
        CHECK(store.add(QStringLiteral("first"), momentAt(1000), &e) > 0); // a savepoint now
        CHECK_FALSE(e);
        CHECK(db->inTransaction());
        return {VaultError::Kind::Io, QStringLiteral("a later step failed")};
    });
    CHECK(outer.kind == VaultError::Kind::Io);
    CHECK_FALSE(db->inTransaction());
    VaultError e;
    CHECK(store.count(&e) == 0);
    CHECK(queryInt(*db, "SELECT count(*) FROM reflections;") == 0);
}

TEST_CASE("A failing inner step undoes only itself; the outer transaction commits the rest",
          "[transaction]")
{
    auto db = scratch("tx-inner");
    REQUIRE(db);
    ReflectionStore store(*db);
    ReflectionId kept = 0;
    const VaultError outer = inTransaction(*db, [&]() -> VaultError {
        VaultError e;
        kept = store.add(QStringLiteral("kept"), momentAt(1000), &e);
        const VaultError inner = inTransaction(*db, [&]() -> VaultError {
            CHECK(store.add(QStringLiteral("undone"), momentAt(2000), &e) > 0);
            return {VaultError::Kind::Io, QStringLiteral("refused")};
        });
        CHECK(inner.kind == VaultError::Kind::Io);
        CHECK(db->inTransaction()); // the outer one is still open
        return {};
    });
    CHECK_FALSE(outer);
    VaultError e;
    CHECK(store.count(&e) == 1);
    CHECK(store.get(kept, &e)->text == QStringLiteral("kept"));
    // The index followed: only the kept text is found.
    CHECK(store.search(QStringLiteral("kept"), 10, &e).size() == 1);
    CHECK(store.search(QStringLiteral("undone"), 10, &e).isEmpty());
    CHECK(queryText(*db, "PRAGMA integrity_check;") == QStringLiteral("ok"));
}
