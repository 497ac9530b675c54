// HistoryModel against a real vault: lazy loading (a page per fetchMore, and the list asks for
// more only as it scrolls), and QAbstractItemModelTester while it pages, adds, edits, deletes
// and undoes.

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using debrief::HistoryModel;
using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

constexpr int kTotal = 43;
constexpr int kPage = 5;
const QDateTime kFirst(QDate(2024, 3, 1), QTime(9, 0));

// A vault holding kTotal reflections, an hour apart, "Reflection 1" the oldest.
QString vaultWithManyReflections(FakeSecretStore& keyring)
{
    const QString dir = freshDir(QStringLiteral("history"));
    AppUnderTest app(dir, keyring, 390, 844);
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    int n = 0;
    app.entries().setClock([&n] { return kFirst.addSecs(3600 * n); });
    for (n = 1; n <= kTotal; ++n)
        REQUIRE(app.entries().add(QStringLiteral("Reflection %1\nMore about it.").arg(n)) > 0);
    REQUIRE(waitUntil([&] { return keyring.writes() > 0; }));
    return dir;
}

QString firstLineAt(const HistoryModel& model, int row)
{
    return model.data(model.index(row), HistoryModel::FirstLineRole).toString();
}

// Rows are newest first and no reflection appears twice.
void checkOrder(const HistoryModel& model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.data(model.index(row), HistoryModel::IdRole).toLongLong());
        if (row > 0) {
            CHECK(model.data(model.index(row - 1), HistoryModel::CreatedRole).toDateTime() >=
                  model.data(model.index(row), HistoryModel::CreatedRole).toDateTime());
        }
    }
    CHECK(ids.size() == model.rowCount());
}

} // namespace

TEST_CASE("History pages in as the list scrolls, never all at once", "[ui][model]")
{
    FakeSecretStore keyring;
    const QString dir = vaultWithManyReflections(keyring);
    AppUnderTest app(dir, keyring, 390, 844,
                     [](debrief::AppServices& services) { services.history().setPageSize(kPage); });
    REQUIRE(app.waitForState(VaultController::State::Ready));
    HistoryModel& history = app.history();

    // Only what the (hidden) views asked for is loaded.
    CHECK(history.rowCount() >= kPage);
    CHECK(history.rowCount() < kTotal);
    CHECK(history.canFetchMore({}));

    // The phone's history page fills the screen, and a little more, not the whole table.
    app.click(QStringLiteral("historyButton"));
    QQuickItem* list = app.require(QStringLiteral("historyList"));
    const int loaded = history.rowCount();
    CHECK(loaded < kTotal);
    CHECK(list->property("count").toInt() == loaded);
    CHECK(firstLineAt(history, 0) == QStringLiteral("Reflection %1").arg(kTotal));
    CHECK(list->property("contentHeight").toReal() > list->height());

    // Scrolling to the end brings the rest, a page at a time.
    QList<int> counts{loaded};
    for (int i = 0; i < 40 && history.canFetchMore({}); ++i) {
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        app.settle();
        if (history.rowCount() != counts.constLast())
            counts.append(history.rowCount());
    }
    CHECK(history.rowCount() == kTotal);
    CHECK_FALSE(history.canFetchMore({}));
    CHECK(counts.size() > 2);
    CHECK(firstLineAt(history, kTotal - 1) == QStringLiteral("Reflection 1"));
    checkOrder(history);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("HistoryModel: a page per fetchMore; consistent while paging, adding, editing, "
          "deleting, undoing",
          "[ui][model]")
{
    FakeSecretStore keyring;
    const QString dir = vaultWithManyReflections(keyring);
    AppUnderTest app(dir, keyring);
    REQUIRE(app.waitForState(VaultController::State::Ready));

    // A second model over the app's open vault, kept in step with the app's entry controller
    // exactly as AppServices wires the app's own.
    HistoryModel model;
    model.setPageSize(kPage);
    QObject::connect(&app.entries(), &debrief::EntryController::added, &model,
                     &HistoryModel::onAdded);
    QObject::connect(&app.entries(), &debrief::EntryController::changed, &model,
                     &HistoryModel::onChanged);
    QObject::connect(&app.entries(), &debrief::EntryController::removed, &model,
                     &HistoryModel::onRemoved);

    SECTION("rowCount grows only when fetchMore is called")
    {
        model.setQuery(app.services().historyQuery());
        CHECK(model.rowCount() == kPage);
        for (int expected = 2 * kPage; model.canFetchMore({}); expected += kPage) {
            QCoreApplication::processEvents();
            CHECK(model.rowCount() == expected - kPage); // nothing loads by itself
            model.fetchMore({});
            CHECK(model.rowCount() == std::min(expected, kTotal));
        }
        CHECK(model.rowCount() == kTotal);
        checkOrder(model);
    }

    SECTION("under QAbstractItemModelTester")
    {
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        // The tester would call fetchMore itself, even from its modelReset slot before it notes
        // the reset as finished (and then reports the rows that fetchMore inserts as inserted
        // during a reset). Here the test does the fetching, so each page is checked as it comes.
        tester.setUseFetchMore(false);
        model.setQuery(app.services().historyQuery());
        REQUIRE(model.rowCount() == kPage);
        model.fetchMore({});
        REQUIRE(model.rowCount() == 2 * kPage);
        const int loaded = model.rowCount();

        // A new reflection goes on top even while older pages are not loaded yet...
        const qint64 newest = app.entries().add(QStringLiteral("Newest: the launch slipped."));
        REQUIRE(newest > 0);
        CHECK(model.rowCount() == loaded + 1);
        CHECK(firstLineAt(model, 0) == QStringLiteral("Newest: the launch slipped."));

        // ...and one dated before the loaded rows waits for its page (no duplicate later).
        app.entries().setClock([] { return kFirst.addDays(-30); });
        const qint64 oldest = app.entries().add(QStringLiteral("Oldest: a late note."));
        REQUIRE(oldest > 0);
        CHECK(model.rowOf(oldest) == -1);
        CHECK(model.rowCount() == loaded + 1);

        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.rowCount() == kTotal + 2);
        CHECK(model.rowOf(oldest) == kTotal + 1);
        checkOrder(model);

        // Edit, delete, undo.
        const qint64 edited = model.data(model.index(3), HistoryModel::IdRole).toLongLong();
        REQUIRE(app.entries().save(edited, QStringLiteral("Edited first line\nand more")));
        CHECK(firstLineAt(model, 3) == QStringLiteral("Edited first line"));

        REQUIRE(app.entries().remove(edited));
        CHECK(model.rowOf(edited) == -1);
        CHECK(model.rowCount() == kTotal + 1);
        CHECK(app.entries().undoRemove() == edited);
        CHECK(model.rowOf(edited) == 3);
        CHECK(model.rowCount() == kTotal + 2);
        checkOrder(model);

        // The app's own model saw the same changes.
        CHECK(app.history().rowOf(edited) >= 0);
        CHECK(app.history().rowOf(newest) == 0);
    }
    CHECK_NO_QML_PROBLEMS(app);
}
