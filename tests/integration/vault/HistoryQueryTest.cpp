// HistoryQuery on a real vault: every filter alone and with search, the sorts (needs attention
// and relevance included), snippets, prefixes, accents, Chinese, local-day bounds across DST
// changes, paging without duplicates or gaps (also after writes), and the timeline's periods.

#include "HistoryFixture.h"

#include "vault/ReflectionStore.h"
#include "vault/Statement.h"

#include <QMap>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 T0 = 1700000000000; // 2023-11-14

qint64 localMs(int y, int m, int d, int h, int min, const char* zone)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(zone)).toMSecsSinceEpoch();
}

HistoryFilter words(const QString& w, HistorySort sort = HistorySort::Newest)
{
    HistoryFilter f;
    f.words = w;
    f.sort = sort;
    return f;
}

// Every row of the filter, read a page at a time, with the rows' ids checked to be distinct.
QList<ReflectionId> allPages(HistoryFixture& f, const HistoryFilter& filter, int pageSize)
{
    QList<ReflectionId> all;
    for (int offset = 0;; offset += pageSize) {
        const QList<ReflectionId> page = f.ids(filter, offset, pageSize);
        all += page;
        if (page.size() < pageSize)
            break;
    }
    return all;
}

} // namespace

TEST_CASE("History is newest first, oldest first on request, paged without duplicates or gaps",
          "[history]")
{
    HistoryFixture f;
    // Some share a capture time: their ids break the tie.
    QList<ReflectionId> newestFirst;
    QMap<QPair<qint64, ReflectionId>, ReflectionId> byTime;
    for (int i = 0; i < 53; ++i) {
        const qint64 at = T0 + (i / 3) * Hour;
        const ReflectionId id = f.add(QStringLiteral("entry %1").arg(i), at);
        byTime.insert({at, id}, id);
    }
    for (auto it = byTime.cbegin(); it != byTime.cend(); ++it)
        newestFirst.prepend(it.value());
    QList<ReflectionId> oldestFirst = newestFirst;
    std::reverse(oldestFirst.begin(), oldestFirst.end());

    HistoryFilter filter;
    CHECK(f.ids(filter) == newestFirst);
    CHECK(f.count(filter) == 53);
    for (const int pageSize : {1, 7, 10, 53, 60})
        CHECK(allPages(f, filter, pageSize) == newestFirst);
    // Any offset, not only the next page.
    CHECK(f.ids(filter, 20, 5) == newestFirst.mid(20, 5));
    CHECK(f.ids(filter, 50, 10) == newestFirst.mid(50));
    CHECK(f.ids(filter, 53, 10).isEmpty());

    filter.sort = HistorySort::Oldest;
    CHECK(f.ids(filter) == oldestFirst);
    CHECK(allPages(f, filter, 7) == oldestFirst);
    // Relevance without words is Newest.
    filter.sort = HistorySort::Relevance;
    CHECK(f.ids(filter) == newestFirst);

    const QVector<HistoryRow> rows = f.page({}, 0, 1);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].summary.firstLine == QStringLiteral("entry 52"));
    CHECK(rows[0].summary.stage == Stage::Detect);
    CHECK(rows[0].summary.voiceDurationMs == -1);
    CHECK(rows[0].snippet.isEmpty());
    CHECK_FALSE(rows[0].example);
}

TEST_CASE("Paging counts rows as they are now: a write between pages is not papered over",
          "[history]")
{
    HistoryFixture f;
    for (int i = 0; i < 10; ++i)
        f.add(QStringLiteral("entry %1").arg(i), T0 + i * Minute);
    const HistoryFilter filter;
    const QList<ReflectionId> first = f.ids(filter, 0, 4);
    REQUIRE(first.size() == 4);

    // A new entry at the top moves every row down one: rows 4..7 now start with the old row 3.
    const ReflectionId newest = f.add(QStringLiteral("newest"), T0 + Hour);
    const QList<ReflectionId> after = f.ids(filter, 0, 11);
    CHECK(after.first() == newest);
    CHECK(f.ids(filter, 4, 4) == after.mid(4, 4));
    CHECK(f.ids(filter, 4, 4).first() == first.last());

    // The same when another connection writes (as the recorder's does).
    const QList<ReflectionId> page = f.ids(filter, 0, 3);
    {
        VaultError error;
        auto other = Database::open(f.dir + QStringLiteral("/vault.db"), f.key, &error);
        requireOk(error);
        ReflectionStore(*other).add(QStringLiteral("from elsewhere"), momentAt(T0 + 2 * Hour),
                                    &error);
        requireOk(error);
    }
    const QList<ReflectionId> next = f.ids(filter, 3, 3);
    const QList<ReflectionId> now = f.ids(filter, 0, 20);
    CHECK(next == now.mid(3, 3));
    CHECK(now.mid(1, 3) == page);
}

TEST_CASE("Each filter alone, and every one with words", "[history]")
{
    HistoryFixture f;
    const qint64 T0 = localMs(2024, 5, 6, 9, 0, "Europe/Berlin"); // all on one local day
    const ReflectionId plain = f.add(QStringLiteral("budget meeting went long"), T0);
    const ReflectionId analysed = f.add(QStringLiteral("budget review with finance"), T0 + Hour);
    f.moveTo(analysed, Stage::Analyse, T0 + Hour);
    requireOk(f.loops.setFailureType(analysed, FailureType::Complex));
    const ReflectionId closed = f.add(QStringLiteral("hiring round closed"), T0 + 2 * Hour);
    f.moveTo(closed, Stage::Closed, T0 + 2 * Hour);
    requireOk(f.loops.setFailureType(closed, FailureType::Basic));
    const ReflectionId voice = f.addVoice(QStringLiteral("budget call, spoken"), T0 + 3 * Hour);
    const ReflectionId recording =
        f.addVoice(QStringLiteral("budget still recording"), T0 + 4 * Hour, false);
    f.tag(plain, QStringLiteral("Work"));
    f.tag(plain, QStringLiteral("money"));
    f.tag(analysed, QStringLiteral("work"));
    f.tag(voice, QStringLiteral("Money"));

    auto check = [&](HistoryFilter filter, const QList<ReflectionId>& expected) {
        CAPTURE(filter.words);
        CHECK(sorted(f.ids(filter)) == sorted(expected));
        CHECK(f.count(filter) == expected.size());
        for (const HistorySort sort :
             {HistorySort::Oldest, HistorySort::NeedsAttention, HistorySort::Relevance}) {
            filter.sort = sort;
            CHECK(sorted(f.ids(filter)) == sorted(expected));
        }
    };
    // A reflection still being recorded is not history yet.
    check({}, {plain, analysed, closed, voice});
    HistoryFilter stages;
    stages.stages = {Stage::Analyse, Stage::Closed};
    check(stages, {analysed, closed});
    HistoryFilter types;
    types.failureTypes = {FailureType::Complex};
    check(types, {analysed});
    types.failureTypes = {FailureType::Unknown, FailureType::Basic};
    check(types, {plain, closed, voice});
    HistoryFilter withVoice;
    withVoice.hasVoice = true;
    check(withVoice, {voice});
    withVoice.hasVoice = false;
    check(withVoice, {plain, analysed, closed});
    HistoryFilter tagged;
    tagged.tags = {QStringLiteral("WORK")};
    check(tagged, {plain, analysed});
    tagged.tags = {QStringLiteral("work"), QStringLiteral(" money ")}; // every one of them
    check(tagged, {plain});
    tagged.tags = {QStringLiteral("nobody uses this")};
    check(tagged, {});
    HistoryFilter dates;
    dates.from = QDateTime::fromMSecsSinceEpoch(T0, QTimeZone("Europe/Berlin")).date();
    dates.to = dates.from;
    check(dates, {plain, analysed, closed, voice});
    dates.from = dates.from.addDays(1);
    dates.to = {};
    check(dates, {});

    // With words: the same filters, among the entries that match.
    HistoryFilter all;
    all.words = QStringLiteral("budget");
    check(all, {plain, analysed, voice});
    stages.words = all.words;
    check(stages, {analysed});
    types.words = all.words;
    types.failureTypes = {FailureType::Unknown};
    check(types, {plain, voice});
    withVoice.words = all.words;
    withVoice.hasVoice = true;
    check(withVoice, {voice});
    tagged.words = all.words;
    tagged.tags = {QStringLiteral("money")};
    check(tagged, {plain, voice});
    dates.words = QStringLiteral("hiring");
    dates.from = QDateTime::fromMSecsSinceEpoch(T0, QTimeZone("Europe/Berlin")).date();
    check(dates, {closed});
    // Everything at once.
    HistoryFilter every;
    every.words = QStringLiteral("budg");
    every.stages = {Stage::Detect};
    every.failureTypes = {FailureType::Unknown};
    every.hasVoice = false;
    every.tags = {QStringLiteral("Work"), QStringLiteral("MONEY")};
    every.from = dates.from;
    every.to = dates.from;
    check(every, {plain});
    CHECK_FALSE(f.ids({}).contains(recording));
}

TEST_CASE("Words match as prefixes, ignore accents and case, and may be tag names",
          "[history][search]")
{
    HistoryFixture f;
    const ReflectionId cafe = f.add(QStringLiteral("Un café à Paris, résumé envoyé"), T0);
    const ReflectionId plain = f.add(QStringLiteral("cafe near the station, resume sent"), T0 + 1);
    const ReflectionId meeting = f.add(QStringLiteral("The meeting ran over"), T0 + 2);
    const ReflectionId tagged = f.add(QStringLiteral("Nothing about it in the text"), T0 + 3);
    f.tag(tagged, QStringLiteral("Hiring"));

    for (const QString& q : {QStringLiteral("cafe"), QStringLiteral("CAFÉ"), QStringLiteral("resu"),
                             QStringLiteral("résumé")}) {
        CAPTURE(q);
        CHECK(f.found(q) == sorted({cafe, plain}));
    }
    CHECK(f.found(QStringLiteral("meet")) == QList<ReflectionId>{meeting});
    CHECK(f.found(QStringLiteral("meetings")).isEmpty());
    CHECK(f.found(QStringLiteral("paris cafe")) == QList<ReflectionId>{cafe}); // every word
    CHECK(f.found(QStringLiteral("hiri")) == QList<ReflectionId>{tagged});
    // Removing the tag takes it out of the index.
    requireOk(f.tags.removeTag(tagged, QStringLiteral("hiring")));
    CHECK(f.found(QStringLiteral("hiring")).isEmpty());
    // Syntax and punctuation are text, never an error.
    for (const QString& q : {QStringLiteral("\"unbalanced"), QStringLiteral("NEAR("),
                             QStringLiteral("*"), QStringLiteral("meet*"), QStringLiteral("\"")}) {
        CAPTURE(q);
        f.ids(words(q));
        f.count(words(q));
    }
    CHECK(f.count(words(QStringLiteral("\""))) == 0);
}

TEST_CASE("Relevance puts the better match first; Newest and Oldest keep date order",
          "[history][search]")
{
    HistoryFixture f;
    const ReflectionId weak = f.add(
        QStringLiteral("A long day of meetings, emails, a lunch, a walk, some anger at the end "
                       "and then dinner with friends and a film and a long sleep"),
        T0 + 3 * Hour);
    const ReflectionId strong = f.add(QStringLiteral("anger, anger, so much anger"), T0);
    const ReflectionId middle = f.add(QStringLiteral("some anger about the anger"), T0 + Hour);

    CHECK(f.ids(words(QStringLiteral("anger"), HistorySort::Relevance)) ==
          QList<ReflectionId>{strong, middle, weak});
    CHECK(f.ids(words(QStringLiteral("ang"), HistorySort::Relevance)) ==
          QList<ReflectionId>{strong, middle, weak});
    CHECK(f.ids(words(QStringLiteral("anger"))) == QList<ReflectionId>{weak, middle, strong});
    CHECK(f.ids(words(QStringLiteral("anger"), HistorySort::Oldest)) ==
          QList<ReflectionId>{strong, middle, weak});
    // Paging through the ranking.
    CHECK(f.ids(words(QStringLiteral("anger"), HistorySort::Relevance), 1, 1) ==
          QList<ReflectionId>{middle});
    CHECK(f.count(words(QStringLiteral("anger"), HistorySort::Relevance)) == 3);
}

TEST_CASE("Snippets mark the matching words, in the text or the loop", "[history][search]")
{
    HistoryFixture f;
    const ReflectionId id =
        f.add(QStringLiteral("Presentation went wrong: the projector failed twice"), T0);
    VaultError error;
    f.loops.addLesson(id, Stage::Apply, QStringLiteral("Bring a spare adapter"), momentAt(T0),
                      &error);
    requireOk(error);
    const QString start(ReflectionStore::MatchStart), end(ReflectionStore::MatchEnd);

    QVector<HistoryRow> rows = f.page(words(QStringLiteral("proj")));
    REQUIRE(rows.size() == 1);
    CAPTURE(rows[0].snippet);
    CHECK(rows[0].snippet.contains(start + QStringLiteral("projector") + end));
    CHECK(rows[0].snippet.count(start) == 1);
    CHECK(rows[0].snippet.contains(QStringLiteral("failed")));

    rows = f.page(words(QStringLiteral("adapter")));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].snippet.contains(start + QStringLiteral("adapter") + end));
    CHECK(rows[0].summary.firstLine.startsWith(QStringLiteral("Presentation")));
}

TEST_CASE("Chinese text is found by one, two and three characters, mixed with other words",
          "[history][search][cjk]")
{
    HistoryFixture f;
    const ReflectionId meeting = f.add(QStringLiteral("今天的会议很糟糕，老板很生气。"), T0);
    const ReflectionId mixed = f.add(QStringLiteral("我们用Zoom开会，网络断了三次"), T0 + 1);
    const ReflectionId other = f.add(QStringLiteral("项目延期了"), T0 + 2);
    const ReflectionId japanese = f.add(QStringLiteral("会議はキャンセルされました"), T0 + 3);
    const ReflectionId korean = f.add(QStringLiteral("회의가 취소되었습니다"), T0 + 4);
    const ReflectionId english = f.add(QStringLiteral("The meeting was cancelled"), T0 + 5);

    CHECK(f.found(QStringLiteral("会")) == sorted({meeting, mixed, japanese}));
    CHECK(f.found(QStringLiteral("会议")) == QList<ReflectionId>{meeting});
    CHECK(f.found(QStringLiteral("会议很")) == QList<ReflectionId>{meeting});
    CHECK(f.found(QStringLiteral("议会")).isEmpty()); // the characters in that order only
    CHECK(f.found(QStringLiteral("很生气")) == QList<ReflectionId>{meeting});
    CHECK(f.found(QStringLiteral("zoom")) == QList<ReflectionId>{mixed});
    CHECK(f.found(QStringLiteral("用Zoom开会")) == QList<ReflectionId>{mixed});
    CHECK(f.found(QStringLiteral("zoo 断了")) == QList<ReflectionId>{mixed});
    CHECK(f.found(QStringLiteral("延期")) == QList<ReflectionId>{other});
    CHECK(f.found(QStringLiteral("キャンセル")) == QList<ReflectionId>{japanese});
    CHECK(f.found(QStringLiteral("회의")) == QList<ReflectionId>{korean});
    CHECK(f.found(QStringLiteral("cancel")) == QList<ReflectionId>{english});

    // The snippet marks exactly the matched characters (each CJK character is one of the
    // snippet's twelve tokens).
    auto marked = [](QString snippet) {
        return snippet.replace(ReflectionStore::MatchStart, QLatin1Char('['))
            .replace(ReflectionStore::MatchEnd, QLatin1Char(']'));
    };
    QVector<HistoryRow> rows = f.page(words(QStringLiteral("会议")));
    REQUIRE(rows.size() == 1);
    CHECK(marked(rows[0].snippet).startsWith(QStringLiteral("今天的[会议]很糟糕，老板")));
    rows = f.page(words(QStringLiteral("糟")));
    REQUIRE(rows.size() == 1);
    CHECK(marked(rows[0].snippet).startsWith(QStringLiteral("今天的会议很[糟]糕，老板")));
    rows = f.page(words(QStringLiteral("zoom 三次")));
    REQUIRE(rows.size() == 1);
    CHECK(marked(rows[0].snippet) == QStringLiteral("我们用[Zoom]开会，网络断了[三次]"));
}

TEST_CASE("Date filters are local calendar days, right across both DST changes", "[history][dates]")
{
    HistoryFixture f;
    const char* berlin = "Europe/Berlin";
    // Berlin springs forward on 2024-03-31 (23 hours) and falls back on 2024-10-27 (25 hours).
    const ReflectionId beforeSpring =
        f.add(QStringLiteral("a"), localMs(2024, 3, 30, 23, 30, berlin));
    const ReflectionId springEarly =
        f.add(QStringLiteral("b"), localMs(2024, 3, 31, 0, 10, berlin));
    const ReflectionId springLate =
        f.add(QStringLiteral("c"), localMs(2024, 3, 31, 23, 50, berlin));
    const ReflectionId afterSpring = f.add(QStringLiteral("d"), localMs(2024, 4, 1, 0, 5, berlin));
    const ReflectionId fallEarly = f.add(QStringLiteral("e"), localMs(2024, 10, 27, 0, 5, berlin));
    // 02:30 happens twice that night; the second one is an hour after the first.
    const qint64 secondHalfPast2 =
        QDateTime(QDate(2024, 10, 27), QTime(2, 30), QTimeZone(berlin)).toMSecsSinceEpoch() + Hour;
    const ReflectionId fallTwice = f.add(QStringLiteral("f"), secondHalfPast2);
    const ReflectionId fallLate = f.add(QStringLiteral("g"), localMs(2024, 10, 27, 23, 55, berlin));
    const ReflectionId afterFall = f.add(QStringLiteral("h"), localMs(2024, 10, 28, 0, 1, berlin));

    auto within = [&](const QDate& from, const QDate& to, const char* zone) {
        HistoryFilter filter;
        filter.from = from;
        filter.to = to;
        filter.sort = HistorySort::Oldest;
        return f.ids(filter, 0, 100, QTimeZone(zone));
    };
    CHECK(within(QDate(2024, 3, 31), QDate(2024, 3, 31), berlin) ==
          QList<ReflectionId>{springEarly, springLate});
    CHECK(within(QDate(2024, 10, 27), QDate(2024, 10, 27), berlin) ==
          QList<ReflectionId>{fallEarly, fallTwice, fallLate});
    CHECK(within(QDate(2024, 3, 31), {}, berlin).first() == springEarly);
    CHECK(within({}, QDate(2024, 3, 31), berlin).last() == springLate);
    CHECK(within(QDate(2024, 4, 1), QDate(2024, 10, 26), berlin) ==
          QList<ReflectionId>{afterSpring});
    CHECK(within(QDate(2024, 10, 28), QDate(2024, 10, 28), berlin) ==
          QList<ReflectionId>{afterFall});
    CHECK(within(QDate(2024, 3, 30), QDate(2024, 3, 30), berlin) ==
          QList<ReflectionId>{beforeSpring});
    // The same instants are other days in New York.
    CHECK(within(QDate(2024, 3, 30), QDate(2024, 3, 30), "America/New_York") ==
          QList<ReflectionId>{beforeSpring, springEarly});
    CHECK(within(QDate(2024, 3, 31), QDate(2024, 3, 31), "America/New_York") ==
          QList<ReflectionId>{springLate, afterSpring});
    // A day with no entries, and from after to: nothing.
    CHECK(within(QDate(2024, 6, 1), QDate(2024, 6, 1), berlin).isEmpty());
    CHECK(within(QDate(2024, 4, 1), QDate(2024, 3, 31), berlin).isEmpty());
}

TEST_CASE("Needs attention: the longest waiting first, a check day counting from that day, "
          "closed ones last, newest first",
          "[history]")
{
    HistoryFixture f;
    // Waiting since capture (Detect), since its last move (Analyse), since its experiment's
    // check day (Apply, past), until a check day still ahead, and two closed ones.
    const ReflectionId detect = f.add(QStringLiteral("detect"), T0);
    const ReflectionId analyse = f.add(QStringLiteral("analyse"), T0 + Day);
    f.moveTo(analyse, Stage::Analyse, T0 + 10 * Day);
    const ReflectionId overdue = f.add(QStringLiteral("overdue check"), T0 + 2 * Day);
    f.moveTo(overdue, Stage::Apply, T0 + 3 * Day);
    const ReflectionId ahead = f.add(QStringLiteral("check ahead"), T0 + 4 * Day);
    f.moveTo(ahead, Stage::Apply, T0 + 4 * Day);
    VaultError error;
    auto plan = [&](ReflectionId id, qint64 checkUtc) {
        const ExperimentId x = f.loops.addExperiment(id, 0, momentAt(T0 + 4 * Day), &error);
        requireOk(error);
        requireOk(f.loops.updateExperimentPlan(
            x, 0, QStringLiteral("it helps"), QStringLiteral("try it"),
            QDateTime::fromMSecsSinceEpoch(checkUtc, Qt::UTC).date(), QStringLiteral("we see")));
    };
    plan(overdue, T0 + 5 * Day);
    plan(ahead, T0 + 100 * Day);
    const ReflectionId closedOld = f.add(QStringLiteral("closed old"), T0 + 6 * Day);
    f.moveTo(closedOld, Stage::Closed, T0 + 6 * Day);
    const ReflectionId closedNew = f.add(QStringLiteral("closed new"), T0 + 7 * Day);
    f.moveTo(closedNew, Stage::Closed, T0 + 7 * Day);

    HistoryFilter filter;
    filter.sort = HistorySort::NeedsAttention;
    const QList<ReflectionId> expected{detect, overdue, analyse, ahead, closedNew, closedOld};
    CHECK(f.ids(filter) == expected);
    CHECK(allPages(f, filter, 2) == expected);
    CHECK(f.ids(filter, 3, 2) == expected.mid(3, 2));
    filter.words = QStringLiteral("check");
    CHECK(f.ids(filter) == QList<ReflectionId>{overdue, ahead});

    // Checking the experiment ends that wait: the entry counts from its last move again.
    const LoopRecord record = *f.loops.load(overdue, &error);
    requireOk(f.loops.decideExperiment(record.experiments.last().id, ExperimentDecision::Keep,
                                       momentAt(T0 + 20 * Day)));
    filter.words.clear();
    CHECK(f.ids(filter) ==
          QList<ReflectionId>{detect, overdue, analyse, ahead, closedNew, closedOld});
    f.moveTo(overdue, Stage::Continue, T0 + 30 * Day);
    CHECK(f.ids(filter) ==
          QList<ReflectionId>{detect, analyse, overdue, ahead, closedNew, closedOld});
}

TEST_CASE("Common words in a large vault: pages by date match the full ordering, also when "
          "capture times and ids disagree",
          "[history][search][large]")
{
    HistoryFixture f;
    // 10,400 entries (more matches than the query counts before it looks in windows), in one
    // transaction. Every seventh was captured years earlier than its id suggests (an import),
    // every fifth is closed; "common" is in all, "rare" in one in 97, "every" in four in five.
    struct Entry
    {
        ReflectionId id;
        qint64 at;
        bool closed;
        bool rare;
        bool every;
    };
    QVector<Entry> entries;
    requireOk(f.db->begin());
    Statement close(*f.db, "UPDATE reflections SET stage = 5 WHERE id = ?1;");
    for (int i = 0; i < 10400; ++i) {
        const qint64 at = i % 7 == 0 ? T0 - qint64(i) * Day : T0 + qint64(i) * Minute;
        const bool rare = i % 97 == 0, every = i % 5 != 0;
        QString text = QStringLiteral("common entry number %1").arg(i);
        if (rare)
            text += QStringLiteral(" rare");
        if (every)
            text += QStringLiteral(" everyday");
        const ReflectionId id = f.add(text, at);
        const bool closed = i % 5 == 1;
        if (closed) {
            close.reset();
            requireOk(close.bind(1, id).run());
        }
        entries.append({id, at, closed, rare, every});
    }
    requireOk(f.db->commit());

    auto expected = [&](auto keep, bool newest) {
        QVector<Entry> kept;
        for (const Entry& e : entries) {
            if (keep(e))
                kept.append(e);
        }
        std::sort(kept.begin(), kept.end(), [&](const Entry& a, const Entry& b) {
            return newest ? std::tie(a.at, a.id) > std::tie(b.at, b.id)
                          : std::tie(a.at, a.id) < std::tie(b.at, b.id);
        });
        QList<ReflectionId> ids;
        for (const Entry& e : kept)
            ids.append(e.id);
        return ids;
    };
    auto firstPages = [&](const HistoryFilter& filter, int pages) {
        QList<ReflectionId> got;
        for (int p = 0; p < pages; ++p)
            got += f.ids(filter, p * 50, 50);
        return got;
    };
    const auto all = [](const Entry&) {
        return true;
    };
    for (const bool newest : {true, false}) {
        HistoryFilter filter =
            words(QStringLiteral("common"), newest ? HistorySort::Newest : HistorySort::Oldest);
        CHECK(firstPages(filter, 4) == expected(all, newest).mid(0, 200));
        filter.words = QStringLiteral("everyd");
        CHECK(firstPages(filter, 3) ==
              expected([](const Entry& e) { return e.every; }, newest).mid(0, 150));
        filter.stages = {Stage::Closed};
        CHECK(firstPages(filter, 3) ==
              expected([](const Entry& e) { return e.every && e.closed; }, newest).mid(0, 150));
        filter.words = QStringLiteral("rare");
        filter.stages = {};
        CHECK(allPages(f, filter, 50) == expected([](const Entry& e) { return e.rare; }, newest));
    }
    // A page deep in the list, asked for directly.
    CHECK(f.ids(words(QStringLiteral("common")), 5000, 50) == expected(all, true).mid(5000, 50));
    CHECK(f.count(words(QStringLiteral("common"))) == 10400);

    // Relevance ranks the RankWindow newest matches, and says so in count().
    const HistoryFilter ranked = words(QStringLiteral("common"), HistorySort::Relevance);
    CHECK(f.count(ranked) == ReflectionStore::RankWindow);
    const QList<ReflectionId> rankedIds = allPages(f, ranked, 200);
    CHECK(sorted(rankedIds) == sorted(expected(all, true).mid(0, ReflectionStore::RankWindow)));
}

TEST_CASE("The timeline's periods: weeks from the locale's first day, or months, newest first",
          "[history][timeline]")
{
    HistoryFixture f;
    const char* berlin = "Europe/Berlin";
    // Sunday 2024-03-03, Monday 2024-03-04, Wednesday 2024-03-13, and 2024-04-02.
    const ReflectionId sunday =
        f.add(QStringLiteral("sunday"), localMs(2024, 3, 3, 23, 30, berlin));
    const ReflectionId monday =
        f.addVoice(QStringLiteral("monday"), localMs(2024, 3, 4, 0, 30, berlin));
    const ReflectionId wednesday =
        f.add(QStringLiteral("wednesday budget"), localMs(2024, 3, 13, 12, 0, berlin));
    f.moveTo(wednesday, Stage::Closed, localMs(2024, 3, 13, 12, 0, berlin));
    const ReflectionId april =
        f.add(QStringLiteral("april budget"), localMs(2024, 4, 2, 9, 0, berlin));
    f.moveTo(april, Stage::Apply, localMs(2024, 4, 2, 9, 0, berlin));
    VaultError error;
    const ExperimentId x =
        f.loops.addExperiment(april, 0, momentAt(localMs(2024, 4, 2, 10, 0, berlin)), &error);
    requireOk(error);
    // An experiment counts once it has a plan.
    auto periods = [&](const HistoryFilter& filter, TimelineGrouping grouping,
                       Qt::DayOfWeek first) {
        const QVector<HistoryPeriod> out =
            f.history.periods(filter, grouping, QTimeZone(berlin), first, &error);
        requireOk(error);
        return out;
    };
    CHECK(periods({}, TimelineGrouping::Month, Qt::Monday).first().experiments == 0);
    requireOk(f.loops.updateExperimentPlan(x, 0, QStringLiteral("h"), QStringLiteral("a"), {}, {}));
    (void)sunday;
    (void)monday;

    const QVector<HistoryPeriod> weeks = periods({}, TimelineGrouping::Week, Qt::Monday);
    REQUIRE(weeks.size() == 4);
    CHECK(weeks[0].start == QDate(2024, 4, 1));
    CHECK(weeks[0].reflections == 1);
    CHECK(weeks[0].experiments == 1);
    CHECK(weeks[1].start == QDate(2024, 3, 11));
    CHECK(weeks[1].closed == 1);
    CHECK(weeks[2].start == QDate(2024, 3, 4));
    CHECK(weeks[2].reflections == 1);
    CHECK(weeks[2].voice == 1);
    CHECK(weeks[3].start == QDate(2024, 2, 26));
    CHECK(weeks[3].reflections == 1);
    CHECK(weeks[3].voice == 0);

    // Weeks starting on Sunday put Sunday and Monday together.
    const QVector<HistoryPeriod> sundays = periods({}, TimelineGrouping::Week, Qt::Sunday);
    REQUIRE(sundays.size() == 3);
    CHECK(sundays[2].start == QDate(2024, 3, 3));
    CHECK(sundays[2].reflections == 2);
    CHECK(sundays[2].voice == 1);

    const QVector<HistoryPeriod> months = periods({}, TimelineGrouping::Month, Qt::Monday);
    REQUIRE(months.size() == 2);
    CHECK(months[0].start == QDate(2024, 4, 1));
    CHECK(months[1].start == QDate(2024, 3, 1));
    CHECK(months[1].reflections == 3);
    CHECK(months[1].voice == 1);
    CHECK(months[1].closed == 1);

    // The periods of a filter hold its rows only.
    const QVector<HistoryPeriod> budget =
        periods(words(QStringLiteral("budget")), TimelineGrouping::Month, Qt::Monday);
    REQUIRE(budget.size() == 2);
    CHECK(budget[1].reflections == 1);
    CHECK(budget[1].closed == 1);
    CHECK(periods(words(QStringLiteral("nowhere")), TimelineGrouping::Week, Qt::Monday).isEmpty());
}
