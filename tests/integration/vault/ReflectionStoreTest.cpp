// ReflectionStore on a real vault file: CRUD, history pages, FTS kept in sync, search.

#include "VaultTestHelpers.h"

#include "vault/Statement.h"

#include <QMap>
#include <QRegularExpression>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;

namespace {

struct StoreFixture
{
    QString dir = freshDir(QStringLiteral("store"));
    VaultKey key = VaultKey::generate();
    std::unique_ptr<Database> db = openMigrated(dir + QStringLiteral("/vault.db"), key);
    ReflectionStore store{*db};

    ReflectionId add(const QString& text, const LocalMoment& when)
    {
        VaultError error;
        const ReflectionId id = store.add(text, when, &error);
        INFO(Catch::StringMaker<VaultError>::convert(error));
        REQUIRE_FALSE(error);
        REQUIRE(id > 0);
        return id;
    }

    QList<ReflectionId> searchIds(const QString& query)
    {
        VaultError error;
        QList<ReflectionId> ids;
        for (const SearchHit& hit : store.search(query, 100, &error))
            ids.append(hit.id);
        INFO(Catch::StringMaker<VaultError>::convert(error));
        CHECK_FALSE(error);
        return ids;
    }
};

} // namespace

TEST_CASE("add, get, update, remove and restore", "[store]")
{
    StoreFixture f;
    const LocalMoment created = momentAt(1700000000123, "Asia/Tokyo");
    const QString text =
        QString::fromUtf8("Pitch went badly.\nNext time: fewer slides \xF0\x9F\x98\x85");
    const ReflectionId id = f.add(text, created);

    VaultError error;
    auto r = f.store.get(id, &error);
    REQUIRE(r);
    CHECK_FALSE(error);
    CHECK(r->id == id);
    CHECK(r->text == text);
    CHECK(r->created == created);
    CHECK(r->updated == created);

    const LocalMoment later = momentAt(1700000999000, "Europe/Lisbon");
    REQUIRE_FALSE(f.store.update(id, QStringLiteral("Rewritten"), later));
    r = f.store.get(id, &error);
    REQUIRE(r);
    CHECK(r->text == QStringLiteral("Rewritten"));
    CHECK(r->created == created); // creation time kept
    CHECK(r->updated == later);
    const Reflection before = *r;

    REQUIRE_FALSE(f.store.remove(id));
    CHECK_FALSE(f.store.get(id, &error));
    CHECK(error.kind == K::NotFound);
    CHECK(f.store.count(&error) == 0);

    REQUIRE_FALSE(f.store.restore(before)); // undo
    r = f.store.get(id, &error);
    REQUIRE(r);
    CHECK(r->id == before.id);
    CHECK(r->text == before.text);
    CHECK(r->created == before.created);
    CHECK(r->updated == before.updated);
    CHECK(f.store.count(&error) == 1);
    CHECK(f.searchIds(QStringLiteral("rewritten")) == QList<ReflectionId>{id});
}

TEST_CASE("Missing entries are NotFound and nothing changes", "[store]")
{
    StoreFixture f;
    const ReflectionId id = f.add(QStringLiteral("exists"), momentAt(1));
    VaultError error;
    CHECK_FALSE(f.store.get(id + 100, &error));
    CHECK(error.kind == K::NotFound);
    CHECK(f.store.update(id + 100, QStringLiteral("x"), momentAt(2)).kind == K::NotFound);
    CHECK(f.store.remove(id + 100).kind == K::NotFound);
    CHECK(f.store.count(&error) == 1);
    CHECK(f.store.get(id, &error)->text == QStringLiteral("exists"));

    // Restoring over an existing id fails and keeps the entry that is there.
    Reflection clash{id, QStringLiteral("impostor"), momentAt(3), momentAt(3)};
    CHECK(static_cast<bool>(f.store.restore(clash)));
    CHECK(f.store.get(id, &error)->text == QStringLiteral("exists"));
    CHECK(f.searchIds(QStringLiteral("impostor")).isEmpty());
    CHECK_FALSE(ftsIntegrityCheck(*f.db));
}

TEST_CASE("Ids are not reused after a remove", "[store]")
{
    StoreFixture f;
    const ReflectionId a = f.add(QStringLiteral("a"), momentAt(1));
    const ReflectionId b = f.add(QStringLiteral("b"), momentAt(2));
    REQUIRE_FALSE(f.store.remove(a));
    const ReflectionId c = f.add(QStringLiteral("c"), momentAt(3));
    CHECK(c != a);
    CHECK(c != b);
}

TEST_CASE("page() walks newest first across pages, ties broken by id", "[store]")
{
    StoreFixture f;
    struct Row
    {
        ReflectionId id;
        qint64 ms;
    };
    QList<Row> rows;
    // 23 entries at 6 instants (several with the same millisecond), added out of order.
    const qint64 base = 1710000000000;
    const qint64 offsets[] = {3, 1, 5, 3, 0, 3, 2, 5, 1, 3, 4, 0, 2, 3, 5, 1, 4, 0, 3, 2, 5, 1, 4};
    for (const qint64 o : offsets) {
        const qint64 ms = base + o * 3600000;
        const ReflectionId id = f.add(QStringLiteral("\n\n  Entry at %1  \nmore text").arg(o),
                                      momentAt(ms, "America/Denver"));
        rows.append({id, ms});
    }
    std::sort(rows.begin(), rows.end(),
              [](const Row& a, const Row& b) { return a.ms != b.ms ? a.ms > b.ms : a.id > b.id; });

    QList<ReflectionId> walked;
    std::optional<HistoryCursor> cursor;
    int pages = 0;
    for (;;) {
        VaultError error;
        const auto page = f.store.page(cursor, 5, &error);
        REQUIRE_FALSE(error);
        if (page.isEmpty())
            break;
        ++pages;
        CHECK(page.size() <= 5);
        for (const ReflectionSummary& s : page) {
            walked.append(s.id);
            CHECK(s.firstLine.startsWith(QStringLiteral("Entry at "))); // first non-blank line
            CHECK(s.created.timeZoneId == QByteArrayLiteral("America/Denver"));
        }
        cursor = ReflectionStore::cursorAfter(page.last());
        REQUIRE(pages < 20);
    }
    CHECK(pages == 5); // 5 + 5 + 5 + 5 + 3
    QList<ReflectionId> expected;
    for (const Row& r : rows)
        expected.append(r.id);
    CHECK(walked == expected);

    VaultError error;
    CHECK(f.store.count(&error) == 23);
    // One big page gives the same order.
    QList<ReflectionId> all;
    for (const auto& s : f.store.page(std::nullopt, 100, &error))
        all.append(s.id);
    CHECK(all == expected);
}

TEST_CASE("page() shows the first line of long texts, elided", "[store]")
{
    StoreFixture f;
    f.add(QString(500, QLatin1Char('w')), momentAt(1));
    VaultError error;
    const auto page = f.store.page(std::nullopt, 10, &error);
    REQUIRE(page.size() == 1);
    CHECK(page.first().firstLine.size() == 120);
    CHECK(page.first().firstLine.endsWith(QChar(0x2026)));
}

TEST_CASE("The full-text index follows inserts, updates and deletes", "[store]")
{
    StoreFixture f;
    const ReflectionId a = f.add(QStringLiteral("the quick brown fox"), momentAt(1));
    const ReflectionId b = f.add(QStringLiteral("a slow grey elephant"), momentAt(2));
    CHECK(f.searchIds(QStringLiteral("quick")) == QList<ReflectionId>{a});
    CHECK(f.searchIds(QStringLiteral("elephant")) == QList<ReflectionId>{b});

    REQUIRE_FALSE(f.store.update(a, QStringLiteral("a lazy dog sleeping"), momentAt(3)));
    CHECK(f.searchIds(QStringLiteral("quick")).isEmpty()); // old words gone
    CHECK(f.searchIds(QStringLiteral("fox")).isEmpty());
    CHECK(f.searchIds(QStringLiteral("lazy")) == QList<ReflectionId>{a}); // new words found

    REQUIRE_FALSE(f.store.remove(b));
    CHECK(f.searchIds(QStringLiteral("elephant")).isEmpty());
    CHECK(f.searchIds(QStringLiteral("grey")).isEmpty());

    // Mixed operations, checked against a model of what each entry says now, then FTS5's own
    // check of the index against the content table.
    QMap<ReflectionId, QString> model{{a, QStringLiteral("a lazy dog sleeping")}};
    QList<ReflectionId> ids;
    for (int i = 0; i < 30; ++i) {
        const QString text = QStringLiteral("note %1 about meeting number%1").arg(i);
        ids.append(f.add(text, momentAt(10 + i)));
        model.insert(ids.last(), text);
    }
    for (int i = 0; i < 30; i += 3) {
        const QString text = QStringLiteral("changed %1 retro").arg(i);
        REQUIRE_FALSE(f.store.update(ids[i], text, momentAt(99)));
        model.insert(ids[i], text);
    }
    VaultError error;
    const auto kept = f.store.get(ids[4], &error);
    REQUIRE(kept);
    REQUIRE_FALSE(f.store.remove(ids[4]));
    model.remove(ids[4]);
    for (int i = 1; i < 30; i += 4) {
        REQUIRE_FALSE(f.store.remove(ids[i]));
        model.remove(ids[i]);
    }
    REQUIRE_FALSE(f.store.restore(*kept));
    model.insert(ids[4], kept->text);
    CHECK(f.searchIds(QStringLiteral("number4")) == QList<ReflectionId>{ids[4]});
    REQUIRE_FALSE(f.store.update(ids[4], QStringLiteral("restored then edited"), momentAt(100)));
    model.insert(ids[4], QStringLiteral("restored then edited"));

    CHECK_FALSE(ftsIntegrityCheck(*f.db));
    CHECK(f.searchIds(QStringLiteral("number4")).isEmpty());
    CHECK(f.searchIds(QStringLiteral("edited")) == QList<ReflectionId>{ids[4]});
    for (const QString& word :
         {QStringLiteral("note"), QStringLiteral("retro"), QStringLiteral("number2"),
          QStringLiteral("number1"), QStringLiteral("changed"), QStringLiteral("lazy"),
          QStringLiteral("meeting"), QStringLiteral("about")}) {
        CAPTURE(word);
        QList<ReflectionId> expected;
        for (auto it = model.cbegin(); it != model.cend(); ++it) {
            const QStringList tokens =
                it.value().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
            if (std::any_of(tokens.begin(), tokens.end(),
                            [&](const QString& t) { return t.startsWith(word); }))
                expected.append(it.key());
        }
        QList<ReflectionId> got = f.searchIds(word);
        std::sort(got.begin(), got.end());
        CHECK(got == expected);
        CHECK_FALSE(expected.isEmpty());
    }
    CHECK(f.store.count(&error) == model.size());
}

TEST_CASE("The integrity check notices an index out of step (control)", "[store]")
{
    StoreFixture f;
    f.add(QStringLiteral("indexed text"), momentAt(1));
    CHECK_FALSE(ftsIntegrityCheck(*f.db));
    // Change the content behind the index's back.
    REQUIRE_FALSE(f.db->exec("UPDATE reflections SET text = 'something else';"));
    CHECK(static_cast<bool>(ftsIntegrityCheck(*f.db)));
}

TEST_CASE("Search ranks by bm25, matches prefixes and ignores accents and case", "[store]")
{
    StoreFixture f;
    const ReflectionId weak = f.add(
        QStringLiteral("A long day of meetings, emails, a lunch, a walk, some anger at the end "
                       "and then dinner with friends and a film and a long sleep"),
        momentAt(1));
    const ReflectionId strong = f.add(QStringLiteral("anger anger, so much anger"), momentAt(2));
    const ReflectionId cafe = f.add(QStringLiteral("Un café à Paris, résumé envoyé"), momentAt(3));
    const ReflectionId plain =
        f.add(QStringLiteral("cafe near the station, resume sent"), momentAt(4));

    CHECK(f.searchIds(QStringLiteral("anger")) == QList<ReflectionId>{strong, weak});
    CHECK(f.searchIds(QStringLiteral("ang")) == QList<ReflectionId>{strong, weak});
    CHECK(f.searchIds(QStringLiteral("meet")) == QList<ReflectionId>{weak});
    CHECK(f.searchIds(QStringLiteral("meetingsx")).isEmpty());

    QList<ReflectionId> both{cafe, plain};
    std::sort(both.begin(), both.end());
    for (const QString& q : {QStringLiteral("cafe"), QString::fromUtf8("caf\xC3\xA9"),
                             QString::fromUtf8("CAF\xC3\x89"), QStringLiteral("resume"),
                             QString::fromUtf8("r\xC3\xA9sum\xC3\xA9")}) {
        CAPTURE(q);
        QList<ReflectionId> got = f.searchIds(q);
        std::sort(got.begin(), got.end());
        CHECK(got == both);
    }
    CHECK(f.searchIds(QStringLiteral("paris cafe")) == QList<ReflectionId>{cafe}); // all words
    CHECK(f.searchIds(QStringLiteral("station paris")).isEmpty());

    VaultError error;
    CHECK(f.store.search(QStringLiteral("anger"), 1, &error).size() == 1); // limit
    CHECK(f.store.search(QStringLiteral("   "), 10, &error).isEmpty());
    CHECK_FALSE(error);
}

TEST_CASE("Search snippets mark the matches with U+E000 and U+E001", "[store]")
{
    StoreFixture f;
    const LocalMoment when = momentAt(1700000000000, "Africa/Nairobi");
    const ReflectionId id =
        f.add(QStringLiteral("Presentation went wrong: the projector failed twice"), when);
    VaultError error;
    const auto hits = f.store.search(QStringLiteral("proj"), 10, &error);
    REQUIRE_FALSE(error);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].id == id);
    CHECK(hits[0].created == when);
    const QString marked = QString(ReflectionStore::MatchStart) + QStringLiteral("projector") +
                           QString(ReflectionStore::MatchEnd);
    CAPTURE(hits[0].snippet);
    CHECK(hits[0].snippet.contains(marked));
    CHECK(hits[0].snippet.count(ReflectionStore::MatchStart) == 1);
    CHECK(hits[0].snippet.count(ReflectionStore::MatchEnd) == 1);
    CHECK(hits[0].snippet.contains(QStringLiteral("failed")));

    const auto two = f.store.search(QStringLiteral("went twice"), 10, &error);
    REQUIRE(two.size() == 1);
    CHECK(two[0].snippet.count(ReflectionStore::MatchStart) == 2);
    CHECK(two[0].snippet.contains(QString(ReflectionStore::MatchStart) + QStringLiteral("twice") +
                                  QString(ReflectionStore::MatchEnd)));
}

TEST_CASE("Search input with FTS5 syntax is never an error", "[store]")
{
    StoreFixture f;
    const ReflectionId id =
        f.add(QStringLiteral("NEAR the AND gate: (wiring) error*"), momentAt(1));
    for (const QString& q :
         {QStringLiteral("\"unbalanced"), QStringLiteral("AND"), QStringLiteral("OR NOT"),
          QStringLiteral("NEAR("), QStringLiteral("*"), QStringLiteral("^gate"),
          QStringLiteral("text:wiring"), QStringLiteral("(wiring)"), QStringLiteral("error*")}) {
        CAPTURE(q);
        VaultError error;
        f.store.search(q, 10, &error);
        CHECK_FALSE(error);
    }
    CHECK(f.searchIds(QStringLiteral("(wiring)")) == QList<ReflectionId>{id});
    CHECK(f.searchIds(QStringLiteral("AND gate")) == QList<ReflectionId>{id});
}

TEST_CASE("Search ranks within the newest matches; specific words still find old entries",
          "[store][search]")
{
    StoreFixture f;
    const int total = ReflectionStore::RankWindow + 200;
    ReflectionId oldest = 0;
    for (int i = 0; i < total; ++i) {
        const QString text = i == 0 ? QStringLiteral("meeting about the budget, meeting again")
                                    : QStringLiteral("weekly meeting number %1").arg(i);
        const ReflectionId id = f.add(text, momentAt(1700000000000 + i * 1000, "UTC"));
        if (i == 0)
            oldest = id;
    }

    // A word in every entry: only the newest RankWindow matches are ranked, so the oldest
    // (which would rank first: "meeting" twice) is not among them.
    const QList<ReflectionId> common = f.searchIds(QStringLiteral("meeting"));
    CHECK(common.size() == 100);
    CHECK_FALSE(common.contains(oldest));
    // Words specific enough find it wherever it is.
    CHECK(f.searchIds(QStringLiteral("budget")) == QList<ReflectionId>{oldest});
    CHECK(f.searchIds(QStringLiteral("meeting budget")) == QList<ReflectionId>{oldest});
}

TEST_CASE("Asking for more results than the rank window widens the window", "[store][search]")
{
    StoreFixture f;
    const int total = ReflectionStore::RankWindow + 50;
    for (int i = 0; i < total; ++i)
        f.add(QStringLiteral("standup number %1").arg(i), momentAt(1700000000000 + i, "UTC"));
    VaultError error;
    CHECK(f.store.search(QStringLiteral("standup"), total + 10, &error).size() == total);
    CHECK_FALSE(error);
}
