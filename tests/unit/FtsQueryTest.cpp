// Unit tests of ftsQueryFor: what a person types becomes a safe FTS5 expression in which every
// word is plain text. Checked on the string and against an in-memory FTS5 table.

#include "vault/FtsQuery.h"
#include "TestStrings.h"
#include "vault/Database.h"
#include "vault/Statement.h"

#include <QList>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;

namespace {

// An in-memory FTS5 table with the vault's tokenizer (no files).
class FtsTable
{
public:
    FtsTable(std::initializer_list<const char*> rows)
    {
        VaultError error;
        m_db = Database::open(QStringLiteral(":memory:"), VaultKey(), &error);
        REQUIRE(m_db);
        REQUIRE_FALSE(error);
        REQUIRE_FALSE(m_db->exec("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = "
                                 "'debrief remove_diacritics 2');"));
        qint64 id = 0;
        for (const char* row : rows) {
            Statement insert(*m_db, "INSERT INTO t (rowid, text) VALUES (?1, ?2);");
            REQUIRE_FALSE(insert.bind(1, ++id).bind(2, QString::fromUtf8(row)).run());
        }
    }

    // The rowids matching what the person typed; fails the test on any FTS5 error.
    QList<qint64> match(const QString& typed) const
    {
        const QString expression = ftsQueryFor(typed);
        CAPTURE(typed, expression);
        Statement q(*m_db, "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid;");
        q.bind(1, expression);
        QList<qint64> ids;
        while (q.next())
            ids.append(q.int64(0));
        CHECK_FALSE(q.error());
        return ids;
    }

private:
    std::unique_ptr<Database> m_db;
};

// Every double quote in the expression is part of a balanced "…" pair.
bool quotesBalanced(const QString& expression)
{
    return expression.count(QLatin1Char('"')) % 2 == 0;
}

} // namespace

TEST_CASE("ftsQueryFor of empty input is empty", "[fts]")
{
    CHECK(ftsQueryFor(QString()).isEmpty());
    CHECK(ftsQueryFor(QStringLiteral("   \t\n ")).isEmpty());
    CHECK(ftsQueryFor(QStringLiteral("\"\"  \" ")).isEmpty());
}

TEST_CASE("ftsQueryFor quotes every word and makes it a prefix", "[fts]")
{
    CHECK(ftsQueryFor(QStringLiteral("hello")) == QStringLiteral("\"hello\"*"));
    CHECK(ftsQueryFor(QStringLiteral("  hard   day ")) == QStringLiteral("\"hard\"* \"day\"*"));
}

TEST_CASE("ftsQueryFor neutralises quotes typed by the person", "[fts]")
{
    for (const QString& typed : {QStringLiteral("say \"hi"), QStringLiteral("\"unbalanced"),
                                 QStringLiteral("a\"b\"c"), QStringLiteral("\"\"\"")}) {
        CAPTURE(typed);
        CHECK(quotesBalanced(ftsQueryFor(typed)));
    }
    CHECK(ftsQueryFor(QStringLiteral("say \"hi")) == QStringLiteral("\"say\"* \"hi\""));

    FtsTable t({"they say hi every morning", "hi there"});
    CHECK(t.match(QStringLiteral("say \"hi")) == QList<qint64>{1});
    CHECK(t.match(QStringLiteral("\"hi")) == QList<qint64>{1, 2});
}

TEST_CASE("ftsQueryFor: words shorter than three characters match whole", "[fts]")
{
    CHECK(ftsQueryFor(QStringLiteral("we lost")) == QStringLiteral("\"we\" \"lost\"*"));
    FtsTable t({"we lost the pitch", "west coast launch", "his demo", "hi all"});
    CHECK(t.match(QStringLiteral("we")) == QList<qint64>{1});  // not "west"
    CHECK(t.match(QStringLiteral("hi")) == QList<qint64>{4});  // not "his"
    CHECK(t.match(QStringLiteral("wes")) == QList<qint64>{2}); // three letters: a prefix
}

TEST_CASE("FTS5 operators typed by the person are plain words", "[fts]")
{
    FtsTable t({
        "anger and work",            // 1
        "anger only",                // 2
        "calm at work",              // 3
        "anger or calm, who knows",  // 4
        "we went near the sea",      // 5
        "sea went by",               // 6
        "not today",                 // 7
        "the text foo appeared",     // 8
        "start here",                // 9
        "they said it at the start", // 10
    });
    // As operators these would mean something else; as text each word must simply appear.
    CHECK(t.match(QStringLiteral("anger AND work")) == QList<qint64>{1});
    CHECK(t.match(QStringLiteral("anger OR calm")) == QList<qint64>{4}); // not 1, 2, 3
    CHECK(t.match(QStringLiteral("NOT")) == QList<qint64>{7});
    CHECK(t.match(QStringLiteral("anger NOT work")) == QList<qint64>{});
    CHECK(t.match(QStringLiteral("NEAR( sea went )")) == QList<qint64>{5}); // 6 lacks "near"
    CHECK(t.match(QStringLiteral("text:foo")) == QList<qint64>{8});         // no column filter
    CHECK(t.match(QStringLiteral("^start")) == QList<qint64>{9, 10});       // not only at the start
    CHECK(t.match(QStringLiteral("(calm)")) == QList<qint64>{3, 4});
    CHECK(t.match(QStringLiteral("wor*")) == QList<qint64>{1, 3});
    CHECK(t.match(QStringLiteral("+anger -work")) == QList<qint64>{1});

    // Input made only of syntax characters must not be an error either.
    for (const QString& typed :
         {QStringLiteral("*"), QStringLiteral("^"), QStringLiteral(":"), QStringLiteral("("),
          QStringLiteral(")"), QStringLiteral("( ) * ^ : + -"), QStringLiteral("NEAR("),
          QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("{text}: anger")}) {
        const QString expression = ftsQueryFor(typed);
        CAPTURE(typed, expression);
        CHECK(quotesBalanced(expression));
        t.match(typed); // checks that SQLite accepted the expression
    }
}

TEST_CASE("ftsQueryFor: all words must match, each as a prefix, accents ignored", "[fts]")
{
    FtsTable t({"Un café à Paris", "reflection on the meeting", "meeting notes"});
    CHECK(t.match(QStringLiteral("cafe")) == QList<qint64>{1});
    CHECK(t.match(QStringLiteral("CAFÉ paris")) == QList<qint64>{1});
    CHECK(t.match(QStringLiteral("refl meet")) == QList<qint64>{2});
    CHECK(t.match(QStringLiteral("meet")) == QList<qint64>{2, 3});
    CHECK(t.match(QStringLiteral("meetings")) == QList<qint64>{});
}

TEST_CASE("ftsQueryFor: a run of CJK characters is the phrase of its characters", "[fts][cjk]")
{
    CHECK(ftsQueryFor(QStringLiteral("会")) == QStringLiteral("\"会\""));
    CHECK(ftsQueryFor(QStringLiteral("会议")) == QStringLiteral("\"会 议\""));
    CHECK(ftsQueryFor(QStringLiteral("会议 budget")) == QStringLiteral("\"会 议\" \"budget\"*"));
    CHECK(ftsQueryFor(QStringLiteral("用Zoom开会")) ==
          QStringLiteral("\"用\" \"Zoom\"* \"开 会\""));
    CHECK(ftsQueryFor(QStringLiteral("キャンセル")) == QStringLiteral("\"キ ャ ン セ ル\""));
    CHECK(ftsQueryFor(QStringLiteral("회의")) == QStringLiteral("\"회 의\""));
    // Characters outside the BMP (Extension B) stay whole.
    CHECK(ftsQueryFor(QStringLiteral("𠀀𠀁")) == QStringLiteral("\"𠀀 𠀁\""));

    FtsTable t({
        "今天的会议很糟糕",           // 1
        "会后我们讨论了议程",         // 2: both characters, not side by side
        "我们用Zoom开会",             // 3
        "会議はキャンセルされました", // 4
        "회의가 취소되었습니다",      // 5
        "Café meeting, 会议室",       // 6
    });
    CHECK(t.match(QStringLiteral("会议")) == QList<qint64>{1, 6});
    CHECK(t.match(QStringLiteral("会")) == QList<qint64>{1, 2, 3, 4, 6});
    CHECK(t.match(QStringLiteral("会议很")) == QList<qint64>{1});
    CHECK(t.match(QStringLiteral("zoom开会")) == QList<qint64>{3});
    CHECK(t.match(QStringLiteral("开会 zoo")) == QList<qint64>{3});
    CHECK(t.match(QStringLiteral("キャンセル")) == QList<qint64>{4});
    CHECK(t.match(QStringLiteral("회의")) == QList<qint64>{5});
    CHECK(t.match(QStringLiteral("cafe 会议室")) == QList<qint64>{6});
    CHECK(t.match(QStringLiteral("会议。")) == QList<qint64>{1, 6}); // punctuation is no word
}
