// Unit tests of the vault's FTS5 tokenizer "debrief" on in-memory tables (no files): CJK
// characters are single tokens at their exact byte offsets, everything else is unicode61's,
// and the tokenizer's arguments reach unicode61.

#include "vault/FtsTokenizer.h"
#include "TestStrings.h"
#include "vault/Database.h"
#include "vault/Statement.h"

#include <QStringList>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;

namespace {

// One in-memory table per tokenizer setting, with a vocabulary of token instances.
class Table
{
public:
    explicit Table(const char* tokenize)
    {
        VaultError error;
        m_db = Database::open(QStringLiteral(":memory:"), VaultKey(), &error);
        REQUIRE(m_db);
        REQUIRE_FALSE(error);
        const QByteArray sql = "CREATE VIRTUAL TABLE t USING fts5(text, tokenize = '" +
                               QByteArray(tokenize) +
                               "'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');";
        REQUIRE_FALSE(m_db->exec(sql.constData()));
    }

    void add(const QString& text)
    {
        Statement q(*m_db, "INSERT INTO t (text) VALUES (?1);");
        REQUIRE_FALSE(q.bind(1, text).run());
    }

    // The tokens of row 1, in order.
    QStringList tokens() const
    {
        Statement q(*m_db, "SELECT term FROM v WHERE doc = 1 ORDER BY offset;");
        QStringList out;
        while (q.next())
            out.append(q.text(0));
        CHECK_FALSE(q.error());
        return out;
    }

    // Row 1 with the matches of an FTS5 expression in brackets.
    QString highlighted(const QString& expression) const
    {
        Statement q(*m_db, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?1 AND "
                           "rowid = 1;");
        q.bind(1, expression);
        const QString out = q.next() ? q.text(0) : QStringLiteral("(no match)");
        CHECK_FALSE(q.error());
        return out;
    }

private:
    std::unique_ptr<Database> m_db;
};

QStringList split(const char* tokens)
{
    return QString::fromUtf8(tokens).split(QLatin1Char(' '));
}

} // namespace

TEST_CASE("CJK characters are one token each; other text is unicode61's", "[fts][cjk]")
{
    Table t("debrief remove_diacritics 2");
    t.add(QStringLiteral("今天的会议, Café résumé! 会議はキャンセル 회의가 Москва 2024年"));
    CHECK(t.tokens() == split("今 天 的 会 议 cafe resume 会 議 は キ ャ ン セ ル 회 의 가 москва "
                              "2024 年"));

    Table punctuation("debrief remove_diacritics 2");
    punctuation.add(QStringLiteral("会议，很好。「真的」・ok"));
    CHECK(punctuation.tokens() == split("会 议 很 好 真 的 ok"));
}

TEST_CASE("Text without CJK is tokenized exactly as by unicode61", "[fts]")
{
    const QString text = QStringLiteral("Ünïcödé naïve façade — don't stop: e-mail 3.14 ÆØÅ "
                                        "İstanbul straße مرحبا नमस्ते");
    Table ours("debrief remove_diacritics 2");
    Table theirs("unicode61 remove_diacritics 2");
    ours.add(text);
    theirs.add(text);
    CHECK_FALSE(ours.tokens().isEmpty());
    CHECK(ours.tokens() == theirs.tokens());
}

TEST_CASE("Highlights mark exactly the matched characters, whatever their UTF-8 length",
          "[fts][cjk]")
{
    Table t("debrief remove_diacritics 2");
    t.add(QStringLiteral("a𠀀b 今天的会议很糟糕 Zoom开会 café"));
    CHECK(t.highlighted(QStringLiteral("\"会 议\"")) ==
          QStringLiteral("a𠀀b 今天的[会议]很糟糕 Zoom开会 café"));
    CHECK(t.highlighted(QStringLiteral("\"糟\"")) ==
          QStringLiteral("a𠀀b 今天的会议很[糟]糕 Zoom开会 café"));
    CHECK(t.highlighted(QStringLiteral("\"𠀀\"")) ==
          QStringLiteral("a[𠀀]b 今天的会议很糟糕 Zoom开会 café"));
    CHECK(t.highlighted(QStringLiteral("\"b\"")) ==
          QStringLiteral("a𠀀[b] 今天的会议很糟糕 Zoom开会 café"));
    CHECK(t.highlighted(QStringLiteral("\"zoom\"")) ==
          QStringLiteral("a𠀀b 今天的会议很糟糕 [Zoom]开会 café"));
    CHECK(t.highlighted(QStringLiteral("\"cafe\"")) ==
          QStringLiteral("a𠀀b 今天的会议很糟糕 Zoom开会 [café]"));
}

TEST_CASE("The tokenizer's arguments reach unicode61", "[fts]")
{
    Table keep("debrief remove_diacritics 0");
    keep.add(QStringLiteral("Café 会议"));
    CHECK(keep.tokens() == split("café 会 议"));
    Table strip("debrief");
    strip.add(QStringLiteral("Café 会议"));
    CHECK(strip.tokens() == split("cafe 会 议")); // unicode61's default: remove_diacritics 1
}

TEST_CASE("Which characters are CJK", "[fts][cjk]")
{
    for (const char32_t c :
         {U'会', U'㐀', U'鿿', U'あ', U'ア', U'ー', U'가', U'힣', U'豈', U'𠀀', U'々', U'ｱ'})
        CHECK(isCjkCharacter(c));
    for (const char32_t c : {U'a', U'é', U'Ж', U'٣', U'。', U'，', U'・', U'「', U' ', U'ᄀ'})
        CHECK_FALSE(isCjkCharacter(c));
}
