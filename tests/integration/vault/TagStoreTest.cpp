// TagStore on a real vault: names trimmed, case-insensitive (Unicode), at most 40 characters;
// unused tags forgotten (also when a reflection is deleted); suggestions by prefix, accents and
// case ignored, most used first; tags searchable, and back with their reflection on Undo.

#include "HistoryFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;

namespace {

constexpr qint64 T0 = 1700000000000;

QStringList tagsOf(HistoryFixture& f, ReflectionId id)
{
    VaultError error;
    const QStringList names = f.tags.tagsOf(id, &error);
    requireOk(error);
    return names;
}

QStringList suggested(HistoryFixture& f, const QString& prefix, int limit = 10)
{
    VaultError error;
    QStringList out;
    for (const TagUse& use : f.tags.suggestions(prefix, limit, &error))
        out.append(QStringLiteral("%1:%2").arg(use.name).arg(use.count));
    requireOk(error);
    return out;
}

} // namespace

TEST_CASE("Tag names are trimmed, compared without case, at most 40 characters, spelt as first "
          "written",
          "[tags]")
{
    HistoryFixture f("tags");
    const ReflectionId a = f.add(QStringLiteral("first"), T0);
    const ReflectionId b = f.add(QStringLiteral("second"), T0 + 1);

    requireOk(f.tags.addTag(a, QStringLiteral("  Project \t  X \n")));
    CHECK(tagsOf(f, a) == QStringList{QStringLiteral("Project X")});
    requireOk(f.tags.addTag(a, QStringLiteral("project x"))); // already there: nothing changes
    CHECK(tagsOf(f, a) == QStringList{QStringLiteral("Project X")});
    requireOk(f.tags.addTag(b, QStringLiteral("PROJECT X")));
    CHECK(tagsOf(f, b) == QStringList{QStringLiteral("Project X")});
    CHECK(queryInt(*f.db, "SELECT count(*) FROM tags;") == 1);
    CHECK(queryInt(*f.db, "SELECT use_count FROM tags;") == 2);

    // Case beyond ASCII; accents make another tag.
    requireOk(f.tags.addTag(a, QStringLiteral("Über")));
    requireOk(f.tags.addTag(b, QStringLiteral("ÜBER")));
    requireOk(f.tags.addTag(b, QStringLiteral("uber")));
    CHECK(tagsOf(f, b) ==
          QStringList{QStringLiteral("Project X"), QStringLiteral("uber"), QStringLiteral("Über")});
    // Sorted without case or accents; control characters dropped.
    requireOk(f.tags.addTag(a, QStringLiteral("zeta")));
    requireOk(f.tags.addTag(a, QStringLiteral("été")));
    requireOk(f.tags.addTag(a, QStringLiteral("al\x01pha")));
    CHECK(tagsOf(f, a) == QStringList{QStringLiteral("alpha"), QStringLiteral("été"),
                                      QStringLiteral("Project X"), QStringLiteral("Über"),
                                      QStringLiteral("zeta")});

    // Forty characters (emoji count as one each), not forty-one; nothing but spaces is no name.
    const QString forty = QString(39, QLatin1Char('x')) + QStringLiteral("🙂");
    CHECK(TagStore::isValidName(forty));
    requireOk(f.tags.addTag(b, forty));
    const int before = int(queryInt(*f.db, "SELECT count(*) FROM entry_tags;"));
    for (const QString& bad :
         {forty + QLatin1Char('y'), QStringLiteral("   "), QString(), QStringLiteral("\x01\x02")}) {
        CAPTURE(bad);
        CHECK_FALSE(TagStore::isValidName(bad));
        CHECK(f.tags.addTag(b, bad).kind == K::InvalidTag);
        CHECK_FALSE(f.tags.addTag(b, bad).message().isEmpty());
    }
    CHECK(queryInt(*f.db, "SELECT count(*) FROM entry_tags;") == before);
    CHECK(f.tags.addTag(9999, QStringLiteral("work")).kind == K::NotFound);
    CHECK(f.tags.removeTag(9999, QStringLiteral("work")).kind == K::NotFound);
    VaultError error;
    f.tags.tagsOf(9999, &error);
    CHECK(error.kind == K::NotFound);
    CHECK_FALSE(ftsIntegrityCheck(*f.db));
}

TEST_CASE("A tag no reflection uses is forgotten, also when its reflection is deleted", "[tags]")
{
    HistoryFixture f("tags-forget");
    const ReflectionId a = f.add(QStringLiteral("first"), T0);
    const ReflectionId b = f.add(QStringLiteral("second"), T0 + 1);
    f.tag(a, QStringLiteral("shared"));
    f.tag(b, QStringLiteral("Shared"));
    f.tag(a, QStringLiteral("only a"));

    requireOk(f.tags.removeTag(a, QStringLiteral("missing"))); // lacking it: nothing changes
    requireOk(f.tags.removeTag(a, QStringLiteral("ONLY A")));
    CHECK(tagsOf(f, a) == QStringList{QStringLiteral("shared")});
    CHECK(queryText(*f.db, "SELECT group_concat(name || ':' || use_count, ' ') FROM tags;") ==
          QStringLiteral("shared:2"));
    requireOk(f.store.remove(a));
    CHECK(queryText(*f.db, "SELECT group_concat(name || ':' || use_count, ' ') FROM tags;") ==
          QStringLiteral("shared:1"));
    requireOk(f.store.remove(b));
    CHECK(queryInt(*f.db, "SELECT count(*) FROM tags;") == 0);
    CHECK(queryInt(*f.db, "SELECT count(*) FROM entry_tags;") == 0);
    CHECK(suggested(f, {}).isEmpty());
    CHECK_FALSE(ftsIntegrityCheck(*f.db));
}

TEST_CASE("Suggestions start with what was typed, accents and case ignored, most used first",
          "[tags]")
{
    HistoryFixture f("tags-suggest");
    QList<ReflectionId> ids;
    for (int i = 0; i < 5; ++i)
        ids.append(f.add(QStringLiteral("entry %1").arg(i), T0 + i));
    for (int i = 0; i < 5; ++i)
        f.tag(ids[i], QStringLiteral("work"));
    for (int i = 0; i < 3; ++i)
        f.tag(ids[i], QStringLiteral("Café"));
    for (int i = 0; i < 2; ++i)
        f.tag(ids[i], QStringLiteral("cake"));
    f.tag(ids[4], QStringLiteral("Cafeteria"));
    f.tag(ids[4], QStringLiteral("会议"));

    CHECK(suggested(f, QStringLiteral("caf")) ==
          QStringList{QStringLiteral("Café:3"), QStringLiteral("Cafeteria:1")});
    CHECK(suggested(f, QStringLiteral("CAFÉ")) ==
          QStringList{QStringLiteral("Café:3"), QStringLiteral("Cafeteria:1")});
    CHECK(suggested(f, QStringLiteral("  Ca")) == QStringList{QStringLiteral("Café:3"),
                                                              QStringLiteral("cake:2"),
                                                              QStringLiteral("Cafeteria:1")});
    CHECK(suggested(f, {}) == QStringList{QStringLiteral("work:5"), QStringLiteral("Café:3"),
                                          QStringLiteral("cake:2"), QStringLiteral("Cafeteria:1"),
                                          QStringLiteral("会议:1")});
    CHECK(suggested(f, {}, 2) == QStringList{QStringLiteral("work:5"), QStringLiteral("Café:3")});
    CHECK(suggested(f, QStringLiteral("会")) == QStringList{QStringLiteral("会议:1")});
    CHECK(suggested(f, QStringLiteral("x")).isEmpty());
    CHECK(suggested(f, QStringLiteral("cafes")).isEmpty());
}

TEST_CASE("Tag names are searchable, and the index follows every change", "[tags][search]")
{
    HistoryFixture f("tags-search");
    const ReflectionId id = f.add(QStringLiteral("A hard conversation"), T0);
    f.tag(id, QStringLiteral("Feedback"));
    f.tag(id, QStringLiteral("团队"));
    CHECK(f.found(QStringLiteral("feedb")) == QList<ReflectionId>{id});
    CHECK(f.found(QStringLiteral("团队")) == QList<ReflectionId>{id});
    CHECK(f.found(QStringLiteral("hard feedback")) == QList<ReflectionId>{id});
    requireOk(f.tags.removeTag(id, QStringLiteral("feedback")));
    CHECK(f.found(QStringLiteral("feedback")).isEmpty());
    CHECK_FALSE(ftsIntegrityCheck(*f.db));
    // The reflection's own search (ReflectionStore::search) sees tags too.
    VaultError error;
    CHECK(f.store.search(QStringLiteral("团队"), 10, &error).size() == 1);
    requireOk(error);
}

TEST_CASE("A deleted reflection comes back with its tags and its example mark (Undo)",
          "[tags][undo]")
{
    HistoryFixture f("tags-undo");
    const ReflectionId id = f.add(QStringLiteral("Launch went badly"), T0);
    const ReflectionId other = f.add(QStringLiteral("Another one"), T0 + 1);
    f.tag(id, QStringLiteral("Launch"));
    f.tag(id, QStringLiteral("product"));
    f.tag(other, QStringLiteral("product"));
    requireOk(f.db->exec("UPDATE reflections SET is_example = 1 WHERE id = 1;"));

    // What EntryController keeps in memory for Undo.
    VaultError error;
    const auto kept = f.store.get(id, &error);
    requireOk(error);
    REQUIRE(kept);
    CHECK(kept->tags == QStringList{QStringLiteral("Launch"), QStringLiteral("product")});
    CHECK(kept->example);

    requireOk(f.store.remove(id));
    CHECK(queryText(*f.db, "SELECT group_concat(name || ':' || use_count, ' ') FROM tags;") ==
          QStringLiteral("product:1"));
    CHECK(f.found(QStringLiteral("launch")).isEmpty());

    requireOk(f.store.restore(*kept));
    CHECK(tagsOf(f, id) == QStringList{QStringLiteral("Launch"), QStringLiteral("product")});
    CHECK(queryText(*f.db,
                    "SELECT group_concat(name || ':' || use_count, ' ') FROM "
                    "(SELECT * FROM tags ORDER BY key);") == QStringLiteral("Launch:1 product:2"));
    CHECK(f.found(QStringLiteral("launch")) == QList<ReflectionId>{id});
    HistoryFilter filter;
    filter.tags = {QStringLiteral("launch")};
    const QVector<HistoryRow> rows = f.page(filter);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].example);
    CHECK(rows[0].tags == kept->tags);
    CHECK_FALSE(ftsIntegrityCheck(*f.db));
}
