// Local wall times to instants (resolveLocalTime) and the planner's cached zone offsets
// (ZoneOffsets): exact UTC instants for ordinary times, spring-forward gaps (moved forward by
// the gap, also Lord Howe's 30 minutes) and fall-back overlaps (the first occurrence), and a
// property check that the cache agrees with QTimeZone everywhere.

#include "NudgeTestSupport.h"
#include "TestStrings.h"

#include "core/LocalTime.h"
#include "core/ZoneOffsets.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <random>

using namespace debrief;
using debrief::test::utc;
using debrief::test::zone;

TEST_CASE("Local times resolve to the instant they name", "[core][nudge][localtime]")
{
    struct Row
    {
        const char* zone;
        const char* date;
        const char* time;
        const char* expectedUtc;
        const char* why;
    };
    const Row row = GENERATE(values<Row>({
        {"Europe/London", "2026-01-15", "09:00", "2026-01-15T09:00", "winter: GMT"},
        {"Europe/London", "2026-07-15", "09:00", "2026-07-15T08:00", "summer: BST"},
        {"Europe/London", "2026-03-29", "00:59", "2026-03-29T00:59", "just before the gap"},
        {"Europe/London", "2026-03-29", "01:00", "2026-03-29T01:00", "gap start -> 02:00 BST"},
        {"Europe/London", "2026-03-29", "01:30", "2026-03-29T01:30", "gap -> 02:30 BST"},
        {"Europe/London", "2026-03-29", "02:00", "2026-03-29T01:00", "just after the gap"},
        {"Europe/London", "2026-10-25", "00:59", "2026-10-24T23:59", "before the overlap"},
        {"Europe/London", "2026-10-25", "01:00", "2026-10-25T00:00", "overlap: first (BST)"},
        {"Europe/London", "2026-10-25", "01:30", "2026-10-25T00:30", "overlap: first (BST)"},
        {"Europe/London", "2026-10-25", "02:00", "2026-10-25T02:00", "after the overlap: GMT"},
        {"America/New_York", "2026-01-15", "09:00", "2026-01-15T14:00", "EST"},
        {"America/New_York", "2026-03-08", "02:30", "2026-03-08T07:30", "gap -> 03:30 EDT"},
        {"America/New_York", "2026-03-08", "03:00", "2026-03-08T07:00", "after the gap: EDT"},
        {"America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30", "overlap: first (EDT)"},
        {"America/New_York", "2026-11-01", "02:00", "2026-11-01T07:00", "after the overlap: EST"},
        {"Australia/Lord_Howe", "2026-07-15", "09:00", "2026-07-14T22:30", "LHST +10:30"},
        {"Australia/Lord_Howe", "2026-01-15", "09:00", "2026-01-14T22:00", "LHDT +11"},
        {"Australia/Lord_Howe", "2026-10-04", "02:00", "2026-10-03T15:30", "30-min gap start"},
        {"Australia/Lord_Howe", "2026-10-04", "02:15", "2026-10-03T15:45", "gap -> 02:45 LHDT"},
        {"Australia/Lord_Howe", "2026-10-04", "02:30", "2026-10-03T15:30", "after the gap"},
        {"Australia/Lord_Howe", "2026-04-05", "01:45", "2026-04-04T14:45", "overlap: first"},
        {"Australia/Lord_Howe", "2026-04-05", "02:00", "2026-04-04T15:30", "after the overlap"},
        {"UTC", "2026-03-29", "01:30", "2026-03-29T01:30", "no transitions"},
    }));
    CAPTURE(row.zone, row.date, row.time, row.why);
    const QTimeZone z = zone(row.zone);
    REQUIRE(z.isValid());
    const QDate date = QDate::fromString(QString::fromLatin1(row.date), Qt::ISODate);
    const QTime time = QTime::fromString(QString::fromLatin1(row.time), QStringLiteral("HH:mm"));
    const QDateTime resolved = resolveLocalTime(date, time, z);
    CHECK(resolved == utc(row.expectedUtc));
    CHECK(resolved.timeSpec() == Qt::UTC);

    // The cached offsets give the same instant.
    ZoneOffsets offsets(z);
    CHECK(offsets.toUtc(localDayOfDate(date), time) == utc(row.expectedUtc).toMSecsSinceEpoch());
}

TEST_CASE("A gap moves a time forward by the gap's length, shown in the zone",
          "[core][nudge][localtime]")
{
    // Europe/London 01:30 on the spring-forward day reads 02:30 (1 h gap); Lord Howe 02:15 reads
    // 02:45 (30 min gap).
    const QDateTime london =
        resolveLocalTime(QDate(2026, 3, 29), QTime(1, 30), zone("Europe/London"));
    CHECK(london.toTimeZone(zone("Europe/London")).time() == QTime(2, 30));
    const QDateTime lordHowe =
        resolveLocalTime(QDate(2026, 10, 4), QTime(2, 15), zone("Australia/Lord_Howe"));
    CHECK(lordHowe.toTimeZone(zone("Australia/Lord_Howe")).time() == QTime(2, 45));
}

TEST_CASE("Fixed offsets, invalid zones and invalid input", "[core][nudge][localtime]")
{
    CHECK(resolveLocalTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone(5 * 3600 + 1800)) ==
          utc("2026-03-28T20:00"));
    // An unknown zone is read as UTC rather than failing.
    CHECK(resolveLocalTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone("Nowhere/Atlantis")) ==
          utc("2026-03-29T01:30"));
    CHECK_FALSE(resolveLocalTime(QDate(), QTime(9, 0), zone("Europe/London")).isValid());
    CHECK_FALSE(resolveLocalTime(QDate(2026, 1, 1), QTime(), zone("Europe/London")).isValid());
}

TEST_CASE("Local day arithmetic matches QDate", "[core][nudge][localtime]")
{
    CHECK(localDayOfDate(QDate(1970, 1, 1)) == 0);
    CHECK(dateOfLocalDay(-1) == QDate(1969, 12, 31));
    CHECK(localDayOf(-1) == -1);
    CHECK(msOfDay(-1) == MsPerDay - 1);
    CHECK(localDayOf(MsPerDay) == 1);
    for (QDate d(1999, 12, 25); d < QDate(2001, 1, 10); d = d.addDays(1))
        REQUIRE(dateOfLocalDay(localDayOfDate(d)) == d);
}

TEST_CASE("Cached offsets agree with QTimeZone at any instant and wall time (property)",
          "[core][nudge][localtime]")
{
    const char* zoneIds[] = {
        "Europe/London", "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham",
        "Asia/Kolkata",  "America/Santiago", "Africa/Casablanca",   "UTC"};
    std::mt19937_64 rng(20260329);
    const qint64 from = utc("2000-01-01T00:00").toMSecsSinceEpoch();
    const qint64 span = utc("2040-01-01T00:00").toMSecsSinceEpoch() - from;
    for (const char* id : zoneIds) {
        CAPTURE(id);
        const QTimeZone z = zone(id);
        REQUIRE(z.isValid());
        ZoneOffsets offsets(z);
        for (int i = 0; i < 2000; ++i) {
            // Whole minutes, and a third of them right at a transition of the zone.
            qint64 t = from + qint64(rng() % quint64(span / 60000)) * 60000;
            if (i % 3 == 0) {
                const auto next = z.nextTransition(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC));
                if (next.atUtc.isValid())
                    t = next.atUtc.toMSecsSinceEpoch() + qint64(rng() % 5) * 60000 - 2 * 60000;
            }
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
            CAPTURE(at);
            REQUIRE(offsets.offsetAt(t) == z.offsetFromUtc(at));

            // A wall time: resolved the same way by both, never earlier than asked, exact
            // unless it does not exist, and the first of two when it exists twice.
            const qint64 wall = offsets.toLocal(t) + qint64(rng() % 121) * 60000 - 60 * 60000;
            const QDate date = dateOfLocalDay(localDayOf(wall));
            const QTime time = QTime::fromMSecsSinceStartOfDay(msOfDay(wall));
            const QDateTime resolved = resolveLocalTime(date, time, z);
            CAPTURE(date.toString(Qt::ISODate).toStdString(), time.toString().toStdString());
            REQUIRE(offsets.toUtc(wall) == resolved.toMSecsSinceEpoch());
            const qint64 u = resolved.toMSecsSinceEpoch();
            const qint64 shown = u + qint64(z.offsetFromUtc(resolved)) * 1000;
            REQUIRE(shown >= wall);
            if (shown != wall) { // a gap: nothing in the hours before shows that wall time
                for (qint64 probe = u - 3 * 3600000; probe < u + 3 * 3600000; probe += 60000)
                    REQUIRE(offsets.toLocal(probe) != wall);
            } else { // no earlier instant shows it
                for (qint64 probe = u - 3 * 3600000; probe < u; probe += 60000)
                    REQUIRE(offsets.toLocal(probe) != wall);
            }
        }
    }
}
