// Unit tests of the domain helpers in app/core: the list row's first line and LocalMoment.

#include "core/Reflection.h"
#include "TestStrings.h"

#include <QTimeZone>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace debrief;

namespace {
constexpr QChar Ellipsis = QChar(0x2026);
}

TEST_CASE("firstLineOf returns the first non-blank line, trimmed", "[core][firstLine]")
{
    CHECK(firstLineOf(QStringLiteral("Missed the deadline\nbecause of the build")) ==
          QStringLiteral("Missed the deadline"));
    CHECK(firstLineOf(QStringLiteral("\n\n   \n\t  Second try  \nthird")) ==
          QStringLiteral("Second try"));
    CHECK(firstLineOf(QStringLiteral("   only line   ")) == QStringLiteral("only line"));
}

TEST_CASE("firstLineOf of empty or blank text is empty", "[core][firstLine]")
{
    CHECK(firstLineOf(QString()).isEmpty());
    CHECK(firstLineOf(QStringLiteral("")).isEmpty());
    CHECK(firstLineOf(QStringLiteral(" \n\t\n \r\n  ")).isEmpty());
}

TEST_CASE("firstLineOf handles CRLF line ends", "[core][firstLine]")
{
    const QString line = firstLineOf(QStringLiteral("\r\n \r\nLine one\r\nLine two\r\n"));
    CHECK(line == QStringLiteral("Line one"));
    CHECK_FALSE(line.contains(QLatin1Char('\r')));
    CHECK(firstLineOf(QStringLiteral("Alone\r")) == QStringLiteral("Alone"));
}

TEST_CASE("firstLineOf elides long lines to maxChars with an ellipsis", "[core][firstLine]")
{
    const QString exact(120, QLatin1Char('a'));
    CHECK(firstLineOf(exact) == exact); // exactly the limit: unchanged

    const QString longer = QString(121, QLatin1Char('b')) + QStringLiteral("\nnext");
    const QString elided = firstLineOf(longer);
    CHECK(elided.size() == 120);
    CHECK(elided.endsWith(Ellipsis));
    CHECK(elided.left(119) == QString(119, QLatin1Char('b')));

    const QString custom = firstLineOf(QStringLiteral("  0123456789ABCDEF  "), 10);
    CHECK(custom == QStringLiteral("012345678") + Ellipsis);

    // Trimming happens before measuring: surrounding spaces do not cause an elision.
    CHECK(firstLineOf(QStringLiteral("     short     "), 5) == QStringLiteral("short"));
}

TEST_CASE("firstLineOf never cuts a character in half", "[core][firstLine]")
{
    // An emoji is two UTF-16 units; cutting between them would leave a broken character.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\xA4"); // U+1F624
    REQUIRE(emoji.size() == 2);
    const QString text = QString(118, QLatin1Char('x')) + emoji + QString(10, QLatin1Char('y'));
    const QString elided = firstLineOf(text);
    CHECK(elided.endsWith(Ellipsis));
    CHECK(elided.size() <= 120);
    for (int i = 0; i < elided.size(); ++i) {
        const QChar c = elided.at(i);
        if (c.isHighSurrogate()) {
            REQUIRE(i + 1 < elided.size());
            CHECK(elided.at(i + 1).isLowSurrogate());
        }
        if (c.isLowSurrogate()) {
            REQUIRE(i > 0);
            CHECK(elided.at(i - 1).isHighSurrogate());
        }
    }
    // What is kept round-trips through UTF-8 unchanged (no lone surrogate became U+FFFD).
    CHECK(QString::fromUtf8(elided.toUtf8()) == elided);
}

TEST_CASE("LocalMoment keeps the instant and the IANA zone", "[core][moment]")
{
    const QByteArray zoneId =
        GENERATE(QByteArrayLiteral("Europe/Berlin"), QByteArrayLiteral("America/New_York"),
                 QByteArrayLiteral("Asia/Kolkata"), QByteArrayLiteral("Pacific/Chatham"),
                 QByteArrayLiteral("Australia/Lord_Howe"));
    const QTimeZone zone(zoneId);
    REQUIRE(zone.isValid());
    CAPTURE(zoneId.toStdString());

    // One date in northern summer, one in winter (DST on and off).
    for (const QDate date : {QDate(2024, 7, 14), QDate(2024, 1, 9)}) {
        const QDateTime when(date, QTime(21, 40, 12, 345), zone);
        const LocalMoment m = LocalMoment::fromDateTime(when);
        CHECK(m.timeZoneId == zoneId);
        CHECK(m.utc.timeSpec() == Qt::UTC);
        CHECK(m.utc.toMSecsSinceEpoch() == when.toMSecsSinceEpoch());

        // As stored in the vault: UTC milliseconds plus the zone id.
        const LocalMoment restored{
            QDateTime::fromMSecsSinceEpoch(m.utc.toMSecsSinceEpoch(), Qt::UTC), m.timeZoneId};
        CHECK(restored == m);
        const QDateTime local = restored.local();
        CHECK(local.timeZone().id() == zoneId);
        CHECK(local.date() == date);
        CHECK(local.time() == QTime(21, 40, 12, 345)); // the wall clock as the person lived it
        CHECK(local.offsetFromUtc() == when.offsetFromUtc());
    }
}

TEST_CASE("LocalMoment from UTC and from local time", "[core][moment]")
{
    const QDateTime utc(QDate(2023, 3, 1), QTime(8, 0), Qt::UTC);
    const LocalMoment u = LocalMoment::fromDateTime(utc);
    CHECK(u.timeZoneId == QByteArrayLiteral("UTC"));
    CHECK(u.local() == utc);
    CHECK(u.local().time() == QTime(8, 0));

    const QDateTime local(QDate(2023, 3, 1), QTime(8, 0), Qt::LocalTime);
    const LocalMoment l = LocalMoment::fromDateTime(local);
    CHECK_FALSE(l.timeZoneId.isEmpty());
    CHECK(l.timeZoneId == QTimeZone::systemTimeZone().id());
    CHECK(l.utc.toMSecsSinceEpoch() == local.toMSecsSinceEpoch());
    CHECK(l.local().time() == QTime(8, 0));
}

TEST_CASE("LocalMoment with a fixed UTC offset round-trips", "[core][moment]")
{
    const QDateTime when(QDate(2022, 11, 5), QTime(23, 15), Qt::OffsetFromUTC, 5 * 3600 + 1800);
    const LocalMoment m = LocalMoment::fromDateTime(when);
    CHECK(m.utc.toMSecsSinceEpoch() == when.toMSecsSinceEpoch());
    CHECK(m.local().offsetFromUtc() == 5 * 3600 + 1800);
    CHECK(m.local().time() == QTime(23, 15));
}

TEST_CASE("LocalMoment with an unknown zone id falls back to UTC", "[core][moment]")
{
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    const LocalMoment m{instant, QByteArrayLiteral("Mars/Olympus_Mons")};
    CHECK(m.local() == instant);
    CHECK(m.local().offsetFromUtc() == 0);
    CHECK(m.local().time() == instant.time());
    // Equality needs the same instant and the same zone.
    CHECK_FALSE(m == LocalMoment{instant, QByteArrayLiteral("UTC")});
    CHECK_FALSE(m == LocalMoment{instant.addMSecs(1), m.timeZoneId});
}
