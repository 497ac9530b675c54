// Screenshots of every screen for people to look at, rendered under Xvfb with the real
// Material style (the offscreen platform drops backgrounds and shadows): setup, unlock,
// capture, history and entry on a phone (390x844) and the desktop view (1280x800); the loop's
// entry summary, each stage page, the Lessons and Experiments pages on both.
// PNGs go to $DEBRIEF_SCREENSHOT_DIR (default: <build>/test-output/screenshots).

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"
#include "vault/AudioStore.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QQmlContext>
#include <QQmlProperty>
#include <QSet>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

QString screenshotDir()
{
    QString dir = qEnvironmentVariable("DEBRIEF_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(DEBRIEF_DEFAULT_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

// Saves the window as <name>.png and checks it is a real picture of it.
void shoot(AppUnderTest& app, const QString& name)
{
    // Park the pointer over the title bar's text, so no button shows a hover state.
    QPoint park(app.window()->width() / 2, 8);
    if (QQuickItem* title = app.visibleItem(QStringLiteral("pageTitle")))
        park = title->mapToScene(QPointF(title->width() / 2, title->height() / 2)).toPoint();
    QTest::mouseMove(app.window(), park);
    app.settle();
    QTest::qWait(300); // ripples and animations come to rest
    const QImage image = app.window()->grabWindow();
    INFO(name.toStdString());
    REQUIRE_FALSE(image.isNull());
    const qreal dpr = app.window()->devicePixelRatio();
    CHECK(image.size() == app.window()->size() * dpr);

    // Not blank: many colours, and no single colour covers nearly everything.
    QHash<QRgb, int> histogram;
    for (int y = 0; y < image.height(); y += 2) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            ++histogram[line[x] & 0xffffff];
    }
    int samples = 0;
    int largest = 0;
    for (int n : std::as_const(histogram)) {
        samples += n;
        largest = std::max(largest, n);
    }
    CHECK(histogram.size() > 16);
    CHECK(largest < samples * 0.97);

    const QString path = QDir(screenshotDir()).filePath(name + QStringLiteral(".png"));
    REQUIRE(image.save(path));
    UNSCOPED_INFO("saved " << path.toStdString());
}

struct Sample
{
    int daysAgo;
    int hour;
    int minute;
    const char* text;
};

// Realistic reflections written over the last weeks.
const Sample kSamples[] = {
    {19, 17, 40,
     "Quarterly review: my numbers did not add up.\n"
     "I had copied last quarter's totals into the summary slide. Finance caught it in the "
     "meeting. Next time I check every figure against the source sheet the day before."},
    {12, 21, 5,
     "Lost the chess club final in twelve moves.\n"
     "I played the opening from memory and missed his knight sacrifice. I was tired and rushed. "
     "Try: one slow game a week, and sleep before tournaments."},
    {6, 9, 15,
     "Missed the train to the offsite.\n"
     "I left at the usual time and forgot the Monday timetable. Arrived during the first "
     "session and felt on the back foot all day."},
    {1, 18, 30,
     "The demo crashed in front of the client.\n"
     "The build on the laptop was not the one we tested. Keep a checklist for demo day: same "
     "build, offline data, a recorded fallback."},
    {0, 11, 20,
     "The pitch to Northwind fell flat.\n"
     "I expected questions about the product; they only cared about pricing, and I had no "
     "answer ready. I talked too fast and never asked what they needed.\n\n"
     "Next time: send a one-page price sheet before the meeting, and open with a question."},
};

} // namespace

TEST_CASE("Screenshots of setup, unlock, capture, history and the desktop view",
          "[ui][screenshots]")
{
    if (QGuiApplication::platformName() != QStringLiteral("xcb"))
        WARN("not under X11 (" << QGuiApplication::platformName().toStdString()
                               << "): screenshots miss Material backgrounds");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString dir = freshDir(QStringLiteral("screenshots"));
    FakeSecretStore keyring;
    QString code;
    {
        AppUnderTest app(dir, keyring, 390, 844);
        REQUIRE(app.waitForState(VaultController::State::FirstStart));
        code = textOf(app.require(QStringLiteral("recoveryCodeText")));
        shoot(app, QStringLiteral("phone-setup-recovery-code"));
        app.click(QStringLiteral("usePassphraseButton"));
        app.click(QStringLiteral("passphraseField"));
        app.type(QStringLiteral("short"));
        app.click(QStringLiteral("createWithPassphraseButton"));
        shoot(app, QStringLiteral("phone-setup-passphrase-error"));
        app.click(QStringLiteral("useRecoveryCodeButton"));
        app.resize(1280, 800);
        shoot(app, QStringLiteral("desktop-setup-recovery-code"));
        app.resize(390, 844);

        app.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(app.waitForState(VaultController::State::Ready));
        const QDateTime today(QDate::currentDate(), QTime(0, 0));
        for (const Sample& s : kSamples) {
            const QDateTime when = today.addDays(-s.daysAgo).addSecs(s.hour * 3600 + s.minute * 60);
            app.entries().setClock([when] { return when; });
            REQUIRE(app.entries().add(QString::fromUtf8(s.text)) > 0);
        }
        app.entries().setClock([] { return QDateTime::currentDateTime(); });
        app.settle();
        shoot(app, QStringLiteral("phone-capture-empty"));

        app.type(QStringLiteral("Asked for the raise and got a \"not this year\".\n"
                                "I expected a yes because of the Northwind work"));
        shoot(app, QStringLiteral("phone-capture-typing"));

        app.click(QStringLiteral("historyButton"));
        app.require(QStringLiteral("historyPage"));
        shoot(app, QStringLiteral("phone-history"));

        app.click(QStringLiteral("historyRow_0"));
        app.require(QStringLiteral("entryPage"));
        shoot(app, QStringLiteral("phone-entry"));
        app.click(QStringLiteral("backButton"));
        app.click(QStringLiteral("backButton"));

        app.resize(1280, 800);
        app.require(QStringLiteral("capturePage"));
        shoot(app, QStringLiteral("desktop-capture"));
        app.click(app.require(QStringLiteral("historyRow_0"),
                              app.require(QStringLiteral("historyList"))));
        app.require(QStringLiteral("entryPage"));
        shoot(app, QStringLiteral("desktop-entry"));

        app.click(QStringLiteral("deleteButton"));
        app.require(QStringLiteral("snackbarAction"));
        shoot(app, QStringLiteral("desktop-deleted-undo"));
        app.click(QStringLiteral("snackbarAction"));
        CHECK_NO_QML_PROBLEMS(app);
    }
    {
        // Dark, as on a system set to dark (Main.qml follows the system; here it is forced).
        AppUnderTest app(dir, keyring, 1280, 800);
        REQUIRE(app.waitForState(VaultController::State::Ready));
        QQmlProperty theme(app.window(), QStringLiteral("Material.theme"),
                           qmlContext(app.window()));
        REQUIRE(theme.isValid());
        REQUIRE(theme.write(1)); // Material.Dark
        app.click(app.require(QStringLiteral("historyRow_0"),
                              app.require(QStringLiteral("historyList"))));
        shoot(app, QStringLiteral("desktop-entry-dark"));
        app.click(QStringLiteral("newReflectionButton"));
        app.resize(390, 844);
        app.type(QStringLiteral("Asked for the raise and got a \"not this year\"."));
        app.key(Qt::Key_Return, Qt::ControlModifier);
        shoot(app, QStringLiteral("phone-capture-saved-dark"));
        CHECK_NO_QML_PROBLEMS(app);
    }
    {
        FakeSecretStore noKeyring;
        noKeyring.setAvailable(false);
        AppUnderTest app(dir, noKeyring, 390, 844);
        REQUIRE(app.waitForState(VaultController::State::Locked));
        shoot(app, QStringLiteral("phone-unlock"));
        app.type(QStringLiteral("wrong code"));
        app.key(Qt::Key_Return);
        REQUIRE(app.waitForState(VaultController::State::Locked));
        shoot(app, QStringLiteral("phone-unlock-error"));
        app.resize(1280, 800);
        shoot(app, QStringLiteral("desktop-unlock-error"));
        app.click(QStringLiteral("secretField"));
        app.key(Qt::Key_A, Qt::ControlModifier);
        app.type(code);
        app.key(Qt::Key_Return);
        REQUIRE(app.waitForState(VaultController::State::Ready));
        shoot(app, QStringLiteral("desktop-no-keyring-notice"));
        CHECK_NO_QML_PROBLEMS(app);
    }
}

namespace {

// The loop filled in as a person would over a few days: the newest reflection taken to Continue
// with answers on every stage page, the demo one at Apply with an overdue experiment, one closed
// early, the others at Detect. Returns the newest reflection's id.
qint64 fillLoops(AppUnderTest& app)
{
    const QDateTime today(QDate::currentDate(), QTime(0, 0));
    QList<qint64> ids;
    for (const Sample& s : kSamples) {
        const QDateTime when = today.addDays(-s.daysAgo).addSecs(s.hour * 3600 + s.minute * 60);
        app.entries().setClock([when] { return when; });
        ids.append(app.entries().add(QString::fromUtf8(s.text)));
        REQUIRE(ids.constLast() > 0);
    }
    app.entries().setClock([] { return QDateTime::currentDateTime(); });
    debrief::LoopController& loop = app.services().loop();
    const auto answer = [&](const char* prompt, const char* text, int value = 0,
                            const char* field = "") {
        loop.setAnswer(QString::fromLatin1(prompt), QString::fromLatin1(field),
                       QString::fromUtf8(text), value);
    };

    // The pitch: all four stages.
    const qint64 pitch = ids.at(4);
    REQUIRE(loop.load(pitch));
    answer("detect.expected", "Questions about the product, then a second meeting.");
    answer("detect.facts", "They asked about pricing three times. I had no numbers with me, "
                           "talked fast and we ended early.");
    answer("detect.feeling", "deflated", 3);
    answer("detect.plainly", "I lost the room when pricing came up.");
    answer("detect.novelty", "", 1);
    REQUIRE(loop.advance());
    answer("analyse.why_difference", "I prepared for the product demo, not for the buyer.");
    answer("analyse.what_not_who", "Nobody told us the finance lead would join; our deck had no "
                                   "pricing page.");
    answer("analyse.known_missing", "Known: their budget cycle. Missing: who decides.");
    {
        // Said rather than typed: a spoken answer of 12 s (its player shows the length).
        debrief::AudioStore* audio = app.services().audioStore();
        debrief::VaultError error;
        const debrief::RecordingInfo spoken = audio->startAnswer(
            pitch, QStringLiteral("analyse.what_not_who"), debrief::oggOpusFormat(), &error);
        REQUIRE_FALSE(error);
        REQUIRE_FALSE(audio->finish(spoken.id, QByteArrayLiteral("OggS"), 12400));
        loop.onRecorded(pitch);
    }
    REQUIRE(loop.setSpectrumPoint(int(debrief::SpectrumPoint::Uncertainty)));
    answer("analyse.scr", "We pitched a new product to a new client.", 0, "situation");
    answer("analyse.scr", "The finance lead only cared about price, and we had none.", 0,
           "complication");
    answer("analyse.scr", "Send a price sheet ahead and open with their needs.", 0, "resolution");
    REQUIRE(loop.advance());
    answer("apply.learned", "Ask who will be in the room, and what they need to decide.");
    answer("apply.sustain", "The demo itself worked: keep it short and live.");
    REQUIRE(loop.addLesson(QStringLiteral("When a budget owner joins, I lead with the price."),
                           debrief::LoopController::Apply) > 0);
    const qint64 sheet =
        loop.addChange(QStringLiteral("Send a one-page price sheet before the meeting"), 0.85, 0.8);
    REQUIRE(loop.addChange(QStringLiteral("Open with a question about their needs"), 0.65, 0.9) >
            0);
    REQUIRE(loop.addChange(QStringLiteral("Rehearse pricing objections with Sam"), 0.7, 0.3) > 0);
    REQUIRE(loop.addChange(QStringLiteral("Redesign the whole deck"), 0.3, 0.2) > 0);
    REQUIRE(loop.chooseExperiment(sheet) > 0);
    REQUIRE(loop.saveExperiment(
        QStringLiteral("With prices sent ahead, the next pitch ends with a second meeting."),
        QStringLiteral("Send the sheet to Contoso two days before Friday's call."),
        loop.suggestedCheckDate(7), QStringLiteral("They book a follow-up before we hang up.")));
    REQUIRE(loop.advance());
    REQUIRE(loop.setExperimentResult(
        QStringLiteral("Contoso read the sheet and asked about the rollout instead.")));
    answer("continue.smart_risk_check", "", 1 | 2 | 8);
    answer("continue.next_risk", "Ask the client's finance lead for ten minutes before the "
                                 "next pitch.");
    REQUIRE(loop.saveNow());

    // The demo: at Apply, its check date two days past.
    const qint64 demo = ids.at(3);
    REQUIRE(loop.load(demo));
    REQUIRE(loop.advance());
    answer("analyse.why_difference", "The laptop ran a build we had not tested.");
    REQUIRE(loop.advance());
    REQUIRE(loop.addLesson(QStringLiteral("I demo only the build we tested, from a checklist."),
                           debrief::LoopController::Apply) > 0);
    REQUIRE(loop.saveExperiment(QStringLiteral("A demo-day checklist stops the surprises."),
                                QStringLiteral("Use the checklist before Thursday's demo."),
                                loop.suggestedCheckDate(-2),
                                QStringLiteral("No crash, no apology.")));

    // The chess final: closed early, with a reason.
    REQUIRE(loop.load(ids.at(1)));
    REQUIRE(loop.close(QStringLiteral("Not a priority this season")));
    REQUIRE(loop.load(pitch));
    app.settle();
    return pitch;
}

// Scrolls the stage page to the item, then shoots.
void shootAt(AppUnderTest& app, const QString& objectName, const QString& name)
{
    app.reveal(app.require(objectName));
    shoot(app, name);
}

void shootLoopPages(AppUnderTest& app, const QString& prefix, bool phone)
{
    const auto open = [&](const char* button) {
        if (phone)
            app.click(QStringLiteral("moreButton"));
        app.click(QString::fromLatin1(button));
    };
    // A step of the indicator, scrolled back into view first.
    const auto step = [&](const char* name) {
        QQuickItem* item = app.require(QString::fromLatin1(name));
        app.reveal(item);
        app.click(item);
    };
    app.require(QStringLiteral("entryPage"));
    shoot(app, prefix + QStringLiteral("entry-loop"));

    step("loopStep_detect");
    app.require(QStringLiteral("stagePage"));
    shoot(app, prefix + QStringLiteral("stage-detect"));
    shootAt(app, QStringLiteral("prompt_detect_novelty"),
            prefix + QStringLiteral("stage-detect-feeling"));
    step("loopStep_analyse");
    shoot(app, prefix + QStringLiteral("stage-analyse"));
    shootAt(app, QStringLiteral("answerPlayer_analyse_what_not_who"),
            prefix + QStringLiteral("stage-analyse-spoken"));
    shootAt(app, QStringLiteral("failureTypeText"),
            prefix + QStringLiteral("stage-analyse-spectrum"));
    shootAt(app, QStringLiteral("scr_complication"), prefix + QStringLiteral("stage-analyse-scr"));
    step("loopStep_apply");
    shoot(app, prefix + QStringLiteral("stage-apply"));
    shootAt(app, QStringLiteral("changesGrid"), prefix + QStringLiteral("stage-apply-grid"));
    shootAt(app, QStringLiteral("checkDateField"),
            prefix + QStringLiteral("stage-apply-experiment"));
    step("loopStep_continue");
    shoot(app, prefix + QStringLiteral("stage-continue"));
    shootAt(app, QStringLiteral("nextRiskField"),
            prefix + QStringLiteral("stage-continue-next-risk"));
    app.click(QStringLiteral("skipStageButton"));
    app.click(QStringLiteral("skipReasonField"));
    app.type(QStringLiteral("Waiting for Contoso's answer"));
    shoot(app, prefix + QStringLiteral("stage-skip-dialog"));
    app.click(QStringLiteral("cancelReasonButton"));
    REQUIRE(
        waitUntil([&] { return app.visibleItem(QStringLiteral("skipReasonField")) == nullptr; }));

    open("lessonsButton");
    app.require(QStringLiteral("lessonsPage"));
    shoot(app, prefix + QStringLiteral("lessons"));
    app.click(QStringLiteral("lessonsSearchField"));
    app.type(QStringLiteral("price"));
    shoot(app, prefix + QStringLiteral("lessons-search"));
    app.click(QStringLiteral("backButton"));
    open("experimentsButton");
    app.require(QStringLiteral("experimentsPage"));
    shoot(app, prefix + QStringLiteral("experiments"));
}

} // namespace

TEST_CASE("Screenshots of the loop: entry, each stage page, Lessons and Experiments",
          "[ui][screenshots]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString dir = freshDir(QStringLiteral("screenshots-loop"));
    FakeSecretStore keyring;
    {
        AppUnderTest app(dir, keyring, 390, 844);
        REQUIRE(app.waitForState(VaultController::State::FirstStart));
        app.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(app.waitForState(VaultController::State::Ready));
        // Before the first recording: why Debrief needs the microphone (Not now, then).
        app.permissions().setMicrophone(debrief::platform::Permissions::Status::Undetermined);
        app.click(QStringLiteral("recordButton"));
        app.require(QStringLiteral("micRationaleContinue"));
        shoot(app, QStringLiteral("phone-mic-rationale"));
        app.click(QStringLiteral("micRationaleCancel"));
        REQUIRE(waitUntil(
            [&] { return app.visibleItem(QStringLiteral("micRationaleCancel")) == nullptr; }));
        fillLoops(app);
        app.click(QStringLiteral("historyButton"));
        app.require(QStringLiteral("historyPage"));
        shoot(app, QStringLiteral("phone-history-stages"));
        app.click(QStringLiteral("historyRow_0"));
        shootLoopPages(app, QStringLiteral("phone-"), true);
        CHECK_NO_QML_PROBLEMS(app);
    }
    {
        AppUnderTest app(dir, keyring, 1280, 800);
        REQUIRE(app.waitForState(VaultController::State::Ready));
        app.click(app.require(QStringLiteral("historyRow_0"),
                              app.require(QStringLiteral("historyList"))));
        shootLoopPages(app, QStringLiteral("desktop-"), false);
        // The closed one.
        app.click(app.require(QStringLiteral("historyRow_3"),
                              app.require(QStringLiteral("historyList"))));
        app.require(QStringLiteral("entryPage"));
        app.click(QStringLiteral("loopStep_detect"));
        shoot(app, QStringLiteral("desktop-stage-closed"));
        // Dark, as on a system set to dark.
        QQmlProperty theme(app.window(), QStringLiteral("Material.theme"),
                           qmlContext(app.window()));
        REQUIRE(theme.write(1)); // Material.Dark
        app.click(app.require(QStringLiteral("historyRow_0"),
                              app.require(QStringLiteral("historyList"))));
        app.click(QStringLiteral("loopStep_analyse"));
        shootAt(app, QStringLiteral("failureTypeText"),
                QStringLiteral("desktop-stage-analyse-spectrum-dark"));
        app.resize(390, 844);
        app.reveal(app.require(QStringLiteral("loopStepper")));
        app.click(QStringLiteral("loopStep_apply"));
        shootAt(app, QStringLiteral("changesGrid"), QStringLiteral("phone-stage-apply-grid-dark"));
        CHECK_NO_QML_PROBLEMS(app);
    }
}

TEST_CASE("Screenshots of reminders: the Due page and Settings > Reminders", "[ui][screenshots]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString dir = freshDir(QStringLiteral("screenshots-reminders"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring, 1280, 800);
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    fillLoops(app);
    app.click(QStringLiteral("dueButton"));
    app.require(QStringLiteral("duePage"));
    REQUIRE(waitUntil([&] { return app.services().nudges().due()->rowCount() > 0; }));
    shoot(app, QStringLiteral("desktop-due"));
    app.click(QStringLiteral("settingsButton"));
    shootAt(app, QStringLiteral("remindersEnabled"), QStringLiteral("desktop-settings-reminders"));
    app.resize(390, 844);
    shootAt(app, QStringLiteral("showTitles"), QStringLiteral("phone-settings-reminders"));
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Screenshots of history review: three panes, search with a filter, tags, the "
          "insights page, the empty state",
          "[ui][screenshots]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString dir = freshDir(QStringLiteral("screenshots-history"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring, 1280, 800);
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    app.require(QStringLiteral("historyEmptyVault"));
    shoot(app, QStringLiteral("desktop-history-empty"));

    // The examples, one of them open beside the list.
    app.click(QStringLiteral("tryExamplesButton"));
    QQuickItem* list = app.require(QStringLiteral("historyList"));
    REQUIRE(waitUntil([&] { return list->property("count").toInt() > 0; }));
    app.click(app.require(QStringLiteral("historyRow_1"), list));
    app.require(QStringLiteral("entryPage"));
    shoot(app, QStringLiteral("desktop-history-three-panes"));

    // A stage filter and a search word together, the matches in bold.
    app.click(QStringLiteral("filterStage_apply"));
    app.click(QStringLiteral("filterStage_continue"));
    app.key(Qt::Key_F, Qt::ControlModifier);
    app.type(QStringLiteral("meet"));
    REQUIRE(waitUntil([&] { return app.history().searching(); }));
    app.key(Qt::Key_Down);
    shoot(app, QStringLiteral("desktop-history-search-filter"));
    app.click(QStringLiteral("clearFiltersButton"));
    app.click(QStringLiteral("clearSearchButton"));

    // Grouped by week; the tag field with its suggestions on the entry page.
    app.click(QStringLiteral("historyViewButton"));
    app.click(QStringLiteral("groupWeek"));
    app.click(app.require(QStringLiteral("historyRow_0"), list));
    app.click(QStringLiteral("entryTagField"));
    app.type(QStringLiteral("w"));
    shoot(app, QStringLiteral("desktop-history-weeks-tags"));
    app.key(Qt::Key_Escape);

    app.click(QStringLiteral("insightsButton"));
    app.require(QStringLiteral("insightsPage"));
    REQUIRE(waitUntil([&] { return app.visibleItem(QStringLiteral("funnelText")) != nullptr; }));
    shoot(app, QStringLiteral("desktop-insights"));
    shootAt(app, QStringLiteral("heatText"), QStringLiteral("desktop-insights-heat-map"));

    app.resize(390, 844);
    app.require(QStringLiteral("insightsPage"));
    shoot(app, QStringLiteral("phone-insights"));
    shootAt(app, QStringLiteral("heatText"), QStringLiteral("phone-insights-heat-map"));
    app.click(QStringLiteral("backButton"));
    app.click(QStringLiteral("historyButton"));
    app.require(QStringLiteral("historyPage"));
    shoot(app, QStringLiteral("phone-history-timeline"));
    app.click(QStringLiteral("filtersButton"));
    app.require(QStringLiteral("historyFiltersPage"));
    app.click(QStringLiteral("filterStage_analyse"));
    shoot(app, QStringLiteral("phone-history-filters"));
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Screenshots in German and Simplified Chinese: capture, history, the entry, stage "
          "pages and Settings on a phone",
          "[ui][screenshots]")
{
    for (const char* language : {"de", "zh_CN"}) {
        const QString prefix = QStringLiteral("phone-%1-").arg(QLatin1String(language));
        AppUnderTest::chooseLanguage(QString::fromLatin1(language));
        const QString dir = freshDir(QStringLiteral("screenshots-") + QLatin1String(language));
        FakeSecretStore keyring;
        AppUnderTest app(dir, keyring, 390, 844);
        REQUIRE(app.waitForState(VaultController::State::FirstStart));
        shoot(app, prefix + QStringLiteral("setup"));
        app.click(QStringLiteral("confirmRecoveryCodeButton"));
        REQUIRE(app.waitForState(VaultController::State::Ready));
        fillLoops(app);
        shoot(app, prefix + QStringLiteral("capture"));
        app.click(QStringLiteral("historyButton"));
        app.require(QStringLiteral("historyPage"));
        shoot(app, prefix + QStringLiteral("history"));
        app.click(QStringLiteral("historyRow_0"));
        app.require(QStringLiteral("entryPage"));
        shoot(app, prefix + QStringLiteral("entry"));
        for (const char* stage : {"detect", "analyse", "apply", "continue"}) {
            QQuickItem* step = app.require(QStringLiteral("loopStep_") + QLatin1String(stage));
            app.reveal(step);
            app.click(step);
            app.require(QStringLiteral("stagePage"));
            shoot(app, prefix + QStringLiteral("stage-") + QLatin1String(stage));
        }
        app.click(QStringLiteral("settingsButton"));
        app.require(QStringLiteral("settingsPage"));
        shoot(app, prefix + QStringLiteral("settings"));
        CHECK_NO_QML_PROBLEMS(app);
    }
    AppUnderTest::chooseLanguage(QString());
}
