// Unit tests of the recovery code: generation, display format and forgiving normalisation.

#include "vault/RecoveryCode.h"
#include "TestStrings.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;

namespace {
const QString Alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ"); // Crockford base32
}

TEST_CASE("generate makes six groups of four Crockford symbols", "[recovery]")
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$"));
    for (int i = 0; i < 20; ++i) {
        const QString code = recoverycode::generate();
        CAPTURE(code);
        CHECK(code.size() == 29);
        CHECK(shape.match(code).hasMatch());
        const QString canonical = recoverycode::normalize(code);
        CHECK(canonical.size() == 24);
        CHECK(recoverycode::format(canonical) == code);
        CHECK(recoverycode::looksLikeCode(code));
    }
}

TEST_CASE("generate carries 120 random bits: 24 symbols over all 32 values", "[recovery]")
{
    REQUIRE(Alphabet.size() == 32); // 5 bits per symbol, 24 x 5 = 120 bits
    QSet<QString> seen;
    QHash<QChar, int> counts;
    const int codes = 400;
    for (int i = 0; i < codes; ++i) {
        const QString canonical = recoverycode::normalize(recoverycode::generate());
        REQUIRE(canonical.size() == 24);
        seen.insert(canonical);
        for (QChar c : canonical)
            ++counts[c];
    }
    CHECK(seen.size() == codes); // no repeats
    // Every symbol is used, roughly evenly (expected 300 each; the bounds are > 10 sigma away).
    CHECK(counts.size() == 32);
    for (QChar c : Alphabet) {
        CAPTURE(QString(c));
        CHECK(counts.value(c) > 150);
        CHECK(counts.value(c) < 450);
    }
}

TEST_CASE("normalize forgives case, spaces, dashes and look-alike letters", "[recovery]")
{
    const QString canonical = QStringLiteral("7K3M0PQR1STV9WXY2Z4A5B6C");
    REQUIRE(recoverycode::normalize(canonical) == canonical);

    CHECK(recoverycode::normalize(QStringLiteral("7K3M-0PQR-1STV-9WXY-2Z4A-5B6C")) == canonical);
    CHECK(recoverycode::normalize(QStringLiteral("7k3m-0pqr-1stv-9wxy-2z4a-5b6c")) == canonical);
    CHECK(recoverycode::normalize(QStringLiteral(" 7K3M 0PQR\t1STV\n9WXY  2Z4A 5B6C ")) ==
          canonical);
    CHECK(recoverycode::normalize(QStringLiteral("7K3M--0PQR-1STV 9WXY-2Z4A-5B6C-")) == canonical);
    // O -> 0 and I / L -> 1, in either case.
    CHECK(recoverycode::normalize(QStringLiteral("7K3M-OPQR-ISTV-9WXY-2Z4A-5B6C")) == canonical);
    CHECK(recoverycode::normalize(QStringLiteral("7k3m-opqr-lstv-9wxy-2z4a-5b6c")) == canonical);
    CHECK(recoverycode::normalize(QStringLiteral("7K3M-oPQR-LSTV-9WXY-2Z4A-5B6C")) == canonical);
    CHECK(recoverycode::normalize(QStringLiteral("7K3M-0PQR-iSTV-9WXY-2Z4A-5B6C")) == canonical);
}

TEST_CASE("normalize rejects the wrong length", "[recovery]")
{
    CHECK(recoverycode::normalize(QString()).isEmpty());
    CHECK(recoverycode::normalize(QStringLiteral("   - - ")).isEmpty());
    CHECK(recoverycode::normalize(QStringLiteral("7K3M-0PQR-1STV-9WXY-2Z4A-5B6")).isEmpty()); // 23
    CHECK(
        recoverycode::normalize(QStringLiteral("7K3M-0PQR-1STV-9WXY-2Z4A-5B6CD")).isEmpty()); // 25
    CHECK_FALSE(recoverycode::looksLikeCode(QStringLiteral("7K3M-0PQR")));
}

TEST_CASE("normalize rejects characters outside the alphabet", "[recovery]")
{
    // U is not in Crockford base32; the rest are punctuation, letters from other scripts and
    // look-alikes that must not be silently mapped.
    for (const QString& bad : {
             QStringLiteral("7K3M-0PQR-1STV-9WXY-2Z4A-5B6U"),
             QStringLiteral("7K3M-0PQR-1STV-9WXY-2Z4A-5B6*"),
             QStringLiteral("7K3M-0PQR-1STV-9WXY-2Z4A-5B6_"),
             QStringLiteral("7K3M.0PQR.1STV.9WXY.2Z4A.5B6C"),
             QString::fromUtf8("7K3M-0PQR-1STV-9WXY-2Z4A-5B6\xC3\x89"),     // É
             QString::fromUtf8("7K3M-0PQR-1STV-9WXY-2Z4\xD0\x90-5B6C"),     // Cyrillic А
             QString::fromUtf8("7K3M-0PQR-1STV-9WXY-2Z4A-5B6\xEF\xBC\x93"), // full-width 3
             QStringLiteral("7K3M-0PQR-1STV-9WXY-2Z4A-5B6") + QChar(0),
         }) {
        CAPTURE(bad);
        CHECK(recoverycode::normalize(bad).isEmpty());
        CHECK_FALSE(recoverycode::looksLikeCode(bad));
    }
    CHECK_FALSE(recoverycode::looksLikeCode(QStringLiteral("correct horse battery staple")));
}

TEST_CASE("format groups a canonical code by four", "[recovery]")
{
    CHECK(recoverycode::format(QStringLiteral("ABCDEFGHJKMNPQRSTVWXYZ01")) ==
          QStringLiteral("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"));
    CHECK(recoverycode::format(QString()).isEmpty());
}
