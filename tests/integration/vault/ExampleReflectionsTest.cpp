// "Try it with examples" on a real vault next to a person's own reflections: the examples are
// marked, in every stage with real answers (catalog prompts), lessons, changes, experiments and
// tags, translated, muted for nudges; removing them takes exactly them away and leaves the
// vault as it was.

#include "HistoryFixture.h"

#include "core/PromptCatalog.h"
#include "vault/ExampleReflections.h"
#include "vault/InsightsStore.h"
#include "vault/NudgeStore.h"
#include "vault/Statement.h"

#include <QCoreApplication>
#include <QSet>
#include <QTranslator>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

constexpr qint64 T0 = 1700000000000;
const QDateTime Now = QDateTime(QDate(2024, 5, 20), QTime(18, 0), Qt::UTC);

// A "translation" that marks every text of the examples, to prove they go through tr().
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int = -1) const override
    {
        if (QByteArray(context) != "ExampleReflections")
            return {};
        return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
    }
};

// The person's own reflections, with a loop and tags, one tag shared with the examples' words.
struct OwnEntries
{
    ReflectionId first = 0;
    ReflectionId second = 0;
};

OwnEntries addOwn(HistoryFixture& f)
{
    OwnEntries own;
    own.first = f.add(QStringLiteral("My own setback at the budget meeting"), T0);
    own.second = f.add(QStringLiteral("Another of mine"), T0 + 1000);
    f.moveTo(own.first, Stage::Apply, T0);
    VaultError error;
    f.loops.addLesson(own.first, Stage::Apply, QStringLiteral("Mine to keep"), momentAt(T0),
                      &error);
    requireOk(error);
    f.tag(own.first, QStringLiteral("work"));
    f.tag(own.second, QStringLiteral("mine"));
    return own;
}

QString dumpOf(Database& db, const char* sql)
{
    Statement q(db, sql);
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 8; ++i)
            cells.append(q.isNull(i) ? QStringLiteral("-") : q.text(i));
        rows.append(cells.join(QLatin1Char('|')));
    }
    requireOk(q.error());
    return rows.join(QLatin1Char('\n'));
}

// Everything of the person's own reflections that the examples must leave alone.
QString ownState(Database& db)
{
    return dumpOf(db, "SELECT id, text, stage, failure_type, reached, waiting_since_utc, "
                      "experiment_count, is_example FROM reflections ORDER BY id;") +
           dumpOf(db, "SELECT name, key, use_count, 0, 0, 0, 0, 0 FROM tags ORDER BY key;") +
           dumpOf(db, "SELECT reflection_id, text, 0, 0, 0, 0, 0, 0 FROM lessons ORDER BY id;") +
           dumpOf(db, "SELECT reflection_id, to_stage, at_utc, 0, 0, 0, 0, 0 FROM "
                      "stage_transitions ORDER BY id;");
}

} // namespace

TEST_CASE("Examples are marked, in every stage, with answers, lessons, experiments and tags",
          "[examples]")
{
    HistoryFixture f("examples");
    const OwnEntries own = addOwn(f);
    ExampleReflections examples(*f.db);
    VaultError error;
    CHECK_FALSE(examples.present(&error));
    requireOk(error);
    requireOk(examples.add(Now, "Europe/Berlin"));
    CHECK(examples.present(&error));
    CHECK_FALSE(ftsIntegrityCheck(*f.db));

    const QVector<HistoryRow> rows = f.page({}, 0, 100);
    QVector<HistoryRow> shown;
    for (const HistoryRow& row : rows) {
        if (row.example)
            shown.append(row);
        else
            CHECK((row.summary.id == own.first || row.summary.id == own.second));
    }
    REQUIRE(shown.size() >= 8);
    REQUIRE(shown.size() <= 12);
    QSet<Stage> stages;
    QSet<FailureType> types;
    for (const HistoryRow& row : shown) {
        CAPTURE(row.summary.firstLine);
        CHECK(row.summary.firstLine.startsWith(QStringLiteral("Example: ")));
        CHECK_FALSE(row.tags.isEmpty());
        CHECK(row.summary.created.utc < Now);
        CHECK(row.summary.created.utc > Now.addDays(-60));
        CHECK(row.summary.created.timeZoneId == QByteArray("Europe/Berlin"));
        stages.insert(row.summary.stage);
        types.insert(row.failureType);
    }
    CHECK(stages ==
          QSet<Stage>{Stage::Detect, Stage::Analyse, Stage::Apply, Stage::Continue, Stage::Closed});
    CHECK(types.contains(FailureType::Basic));
    CHECK(types.contains(FailureType::Complex));
    CHECK(types.contains(FailureType::Intelligent));
    // Only examples say "Example: " and every example is marked.
    CHECK(queryInt(*f.db, "SELECT count(*) FROM reflections WHERE is_example = 1") == shown.size());
    CHECK(queryInt(*f.db, "SELECT count(*) FROM reflections WHERE is_example = 0 AND text LIKE "
                          "'Example: %'") == 0);

    // Answers are to the catalog's prompts, with the version asked.
    const PromptCatalog catalog = PromptCatalog::standard();
    Statement answers(*f.db, "SELECT a.prompt_id, a.prompt_version FROM stage_answers a JOIN "
                             "reflections r ON r.id = a.reflection_id WHERE r.is_example = 1;");
    int answerCount = 0;
    while (answers.next()) {
        const Prompt* prompt = catalog.find(answers.text(0));
        CAPTURE(answers.text(0));
        REQUIRE(prompt);
        CHECK(answers.int64(1) == prompt->version());
        ++answerCount;
    }
    CHECK(answerCount >= 20);
    for (const Stage s : LoopStages) {
        CAPTURE(stageKey(s));
        Statement q(*f.db, "SELECT count(*) FROM stage_answers a JOIN reflections r ON "
                           "r.id = a.reflection_id WHERE r.is_example = 1 AND "
                           "a.prompt_id LIKE ?1 || '.%';");
        q.bind(1, stageKey(s));
        REQUIRE(q.next());
        CHECK(q.int64(0) > 0);
    }

    // The loop's other parts, and experiments in every state: open (one overdue), each decision.
    const Insights in = [&] {
        VaultError e;
        const Insights out =
            InsightsStore(*f.db).compute(QTimeZone("Europe/Berlin"), Now.date(), 60, &e);
        requireOk(e);
        return out;
    }();
    CHECK(in.lessons >= shown.size() / 2);
    CHECK(in.experimentsOpen == 2);
    CHECK(in.kept >= 1);
    CHECK(in.adjusted >= 1);
    CHECK(in.dropped >= 1);
    CHECK(queryInt(*f.db, "SELECT count(*) FROM possible_changes c JOIN reflections r ON "
                          "r.id = c.reflection_id WHERE r.is_example = 1") >= 6);
    const QString today = Now.toTimeZone(QTimeZone("Europe/Berlin")).date().toString(Qt::ISODate);
    Statement checks(*f.db, "SELECT count(*) FILTER (WHERE check_date < ?1), count(*) FILTER "
                            "(WHERE check_date > ?1) FROM experiments WHERE status = 0;");
    checks.bind(1, today);
    REQUIRE(checks.next());
    CHECK(checks.int64(0) == 1); // overdue
    CHECK(checks.int64(1) == 1); // ahead

    // Nobody is nudged about an example.
    NudgeStore nudges(*f.db);
    for (const NudgeEntry& entry : nudges.plannerEntries(&error)) {
        if (entry.id != own.first && entry.id != own.second)
            CHECK(entry.muted);
    }
    requireOk(error);

    // Searchable like any entry, tags included.
    CHECK_FALSE(f.found(QStringLiteral("pitch")).isEmpty());
    CHECK_FALSE(f.found(QStringLiteral("hiring")).isEmpty());

    // Adding again adds nothing.
    requireOk(examples.add(Now, "Europe/Berlin"));
    CHECK(queryInt(*f.db, "SELECT count(*) FROM reflections WHERE is_example = 1") == shown.size());
}

TEST_CASE("Removing the examples takes exactly them away, with everything hanging off them",
          "[examples]")
{
    HistoryFixture f("examples-remove");
    addOwn(f);
    const QString before = ownState(*f.db);
    const QList<ReflectionId> ownBudget = f.found(QStringLiteral("budget"));
    ExampleReflections examples(*f.db);
    requireOk(examples.add(Now, "Europe/Berlin"));
    REQUIRE(queryInt(*f.db, "SELECT count(*) FROM reflections WHERE is_example = 1") > 0);

    requireOk(examples.remove());
    VaultError error;
    CHECK_FALSE(examples.present(&error));
    CHECK(ownState(*f.db) == before);
    for (const char* table : {"stage_answers", "lessons", "possible_changes", "experiments",
                              "stage_transitions", "entry_tags", "nudge_states"}) {
        CAPTURE(table);
        const QString sql =
            QStringLiteral("SELECT count(*) FROM %1 WHERE reflection_id NOT IN (SELECT id FROM "
                           "reflections);")
                .arg(QString::fromLatin1(table));
        CHECK(queryInt(*f.db, sql.toUtf8().constData()) == 0);
    }
    CHECK(queryInt(*f.db, "SELECT count(*) FROM experiments") == 0);
    CHECK(queryInt(*f.db, "SELECT count(*) FROM nudge_states") == 0);
    CHECK_FALSE(ftsIntegrityCheck(*f.db));
    CHECK(f.found(QStringLiteral("pitch")).isEmpty());
    CHECK(f.found(QStringLiteral("budget")) == ownBudget);
    CHECK(f.count({}) == 2);
    requireOk(examples.remove()); // none left: nothing to do
    CHECK(f.count({}) == 2);
}

TEST_CASE("The examples are written in the person's language", "[examples][i18n]")
{
    HistoryFixture f("examples-i18n");
    MarkingTranslator translator;
    REQUIRE(QCoreApplication::installTranslator(&translator));
    const VaultError added = ExampleReflections(*f.db).add(Now, "Asia/Shanghai");
    QCoreApplication::removeTranslator(&translator);
    requireOk(added);

    Statement texts(*f.db, "SELECT text FROM reflections;");
    int n = 0;
    while (texts.next()) {
        CAPTURE(texts.text(0));
        // "Example: %1" and the title, each translated.
        CHECK(texts.text(0).startsWith(QStringLiteral("«Example: «")));
        ++n;
    }
    CHECK(n > 0);
    CHECK(queryInt(*f.db, "SELECT count(*) FROM tags WHERE name NOT LIKE '«%»'") == 0);
    CHECK(queryInt(*f.db, "SELECT count(*) FROM lessons WHERE text NOT LIKE '«%»'") == 0);
    CHECK(queryInt(*f.db, "SELECT count(*) FROM stage_answers WHERE text <> '' AND "
                          "text NOT LIKE '«%»'") == 0);
    CHECK(queryInt(*f.db, "SELECT count(*) FROM reflections WHERE created_tz <> "
                          "'Asia/Shanghai'") == 0);
}
