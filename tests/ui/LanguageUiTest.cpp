// Settings > Language (issue 9): Debrief started in German or Simplified Chinese shows the
// translations from i18n/*.ts and formats dates in that language; a change in Settings applies
// at once (texts from QML and from the C++ models, dates) and again at the next start.
// Expected texts are copied from i18n/debrief_de.ts and i18n/debrief_zh_CN.ts.

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"

#include <QLocale>
#include <QQmlContext>
#include <QQmlProperty>
#include <catch2/catch_test_macros.hpp>

using debrief::VaultController;
using debrief::platform::FakeSecretStore;
using namespace debrief::test;

namespace {

// What one language must show.
struct Expected
{
    const char* language;
    const char* save;          // CapturePage "Save"
    const char* newReflection; // the capture page's title
    const char* history;       // the History button and page title
    const char* question;      // PromptCatalog detect.expected
    const char* detect;        // the stage Detect, as HistoryModel and the stepper say it
    const char* rowDate;       // HistoryList "MMMM d, yyyy" for 5 March 2024
    const char* entryDate;     // EntryPage: the long date of Tuesday 5 March 2024
};

const Expected kGerman{
    "de",       "Speichern",    "Neue Reflexion",        "Verlauf", "Was hast du erwartet?",
    "Erkennen", "5. März 2024", "Dienstag, 5. März 2024"};
const Expected kChinese{
    "zh_CN", "保存",         "新的反思",          "历史", "你原本期待发生什么？",
    "觉察",  "2024年3月5日", "2024年3月5日星期二"};

const QDateTime kMarch5(QDate(2024, 3, 5), QTime(14, 30));

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

// A new vault with a reflection of 5 March 2024 and one of today (row 0).
void createVault(AppUnderTest& app)
{
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    app.entries().setClock([] { return kMarch5; });
    REQUIRE(app.entries().add(QStringLiteral("The pitch to Northwind fell flat.")) > 0);
    app.entries().setClock([] { return QDateTime::currentDateTime(); });
    REQUIRE(app.entries().add(QStringLiteral("Missed the train to the offsite.")) > 0);
    app.settle();
}

QString title(AppUnderTest& app)
{
    return textOf(app.require(QStringLiteral("pageTitle")));
}

// Capture, history, the entry and its Detect page on a phone, in one language.
void checkPhonePages(AppUnderTest& app, const Expected& e)
{
    INFO("language " << e.language);
    CHECK(textOf(app.require(QStringLiteral("saveButton"))) == u8(e.save));
    CHECK(title(app) == u8(e.newReflection));
    CHECK(textOf(app.require(QStringLiteral("historyButton"))) == u8(e.history));

    app.click(QStringLiteral("historyButton"));
    app.require(QStringLiteral("historyPage"));
    CHECK(title(app) == u8(e.history));
    QQuickItem* older = app.require(QStringLiteral("historyRow_1"));
    CHECK(textOf(app.require(QStringLiteral("rowDate"), older)) == u8(e.rowDate));
    CHECK(textOf(app.require(QStringLiteral("stageChip"), older)) == u8(e.detect));

    app.click(older);
    app.require(QStringLiteral("entryPage"));
    CHECK(textOf(app.require(QStringLiteral("entryDate"))).startsWith(u8(e.entryDate)));
    app.click(QStringLiteral("loopStep_detect"));
    app.require(QStringLiteral("stagePage"));
    CHECK(textOf(app.require(QStringLiteral("question_detect_expected"))) == u8(e.question));
}

// Settings > Language: opens the list and picks the option ("system", "en", "de", "zh_CN").
void chooseInSettings(AppUnderTest& app, const QString& option)
{
    app.click(QStringLiteral("languageChoice"));
    app.click(QStringLiteral("languageOption_") + option);
    REQUIRE(waitUntil(
        [&] { return app.visibleItem(QStringLiteral("languageOption_") + option) == nullptr; }));
    app.settle();
}

} // namespace

TEST_CASE("Started in German: capture, history and a stage page in German, German dates",
          "[language]")
{
    AppUnderTest::chooseLanguage(QStringLiteral("de"));
    const QString dir = freshDir(QStringLiteral("german"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring, 390, 844);
    CHECK(QLocale().language() == QLocale::German);
    createVault(app);
    checkPhonePages(app, kGerman);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("Started in Simplified Chinese: capture, history and a stage page in Chinese, "
          "Chinese dates",
          "[language]")
{
    AppUnderTest::chooseLanguage(QStringLiteral("zh_CN"));
    const QString dir = freshDir(QStringLiteral("chinese"));
    FakeSecretStore keyring;
    AppUnderTest app(dir, keyring, 390, 844);
    CHECK(QLocale().language() == QLocale::Chinese);
    createVault(app);
    checkPhonePages(app, kChinese);
    CHECK_NO_QML_PROBLEMS(app);
}

TEST_CASE("The language chosen in Settings applies at once and at the next start",
          "[language-switch]")
{
    AppUnderTest::chooseLanguage(QString());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "the system's"
    const QString dir = freshDir(QStringLiteral("switch"));
    FakeSecretStore keyring;
    {
        AppUnderTest app(dir, keyring, 1280, 800);
        createVault(app);
        QQuickItem* list = app.require(QStringLiteral("historyList"));
        app.click(app.require(QStringLiteral("historyRow_1"), list));
        app.click(QStringLiteral("loopStep_detect"));
        CHECK(textOf(app.require(QStringLiteral("question_detect_expected"))) ==
              QStringLiteral("What did you expect to happen?"));
        CHECK(textOf(app.require(QStringLiteral("rowDate"),
                                 app.require(QStringLiteral("historyRow_1"), list))) ==
              QStringLiteral("March 5, 2024"));

        app.click(QStringLiteral("settingsButton"));
        app.require(QStringLiteral("settingsPage"));
        CHECK(app.require(QStringLiteral("languageChoice"))->property("currentText").toString() ==
              QStringLiteral("System language"));
        chooseInSettings(app, QStringLiteral("de"));

        // At once: the page, the list beside it (C++ model texts and QML dates), the toolbar.
        CHECK(app.services().languageSettings().language() == QStringLiteral("de"));
        CHECK(title(app) == QStringLiteral("Einstellungen"));
        CHECK(app.require(QStringLiteral("languageChoice"))->property("currentText").toString() ==
              QStringLiteral("Deutsch"));
        QQuickItem* older = app.require(QStringLiteral("historyRow_1"), list);
        CHECK(textOf(app.require(QStringLiteral("rowDate"), older)) == u8(kGerman.rowDate));
        CHECK(textOf(app.require(QStringLiteral("stageChip"), older)) == u8(kGerman.detect));
        CHECK(textOf(app.require(QStringLiteral("newReflectionButton"))) == QStringLiteral("Neu"));
        // The entry page under Settings: its date (QML) and its steps (LoopController) too.
        app.click(QStringLiteral("backButton"));
        app.require(QStringLiteral("entryPage"));
        CHECK(textOf(app.require(QStringLiteral("entryDate"))).startsWith(u8(kGerman.entryDate)));
        QQuickItem* detect = app.require(QStringLiteral("loopStep_detect"));
        CHECK(QQmlProperty(detect, QStringLiteral("Accessible.name"), qmlContext(detect))
                  .read()
                  .toString()
                  .contains(u8(kGerman.detect)));
        app.click(detect);
        CHECK(textOf(app.require(QStringLiteral("question_detect_expected"))) ==
              u8(kGerman.question));
        CHECK_NO_QML_PROBLEMS(app);
    }
    {
        // The next start speaks German from the first frame.
        AppUnderTest app(dir, keyring, 390, 844);
        REQUIRE(app.waitForState(VaultController::State::Ready));
        CHECK(textOf(app.require(QStringLiteral("saveButton"))) == u8(kGerman.save));
        CHECK(title(app) == u8(kGerman.newReflection));
        // Chinese, then back to the system's language (English here).
        app.click(QStringLiteral("settingsButton"));
        chooseInSettings(app, QStringLiteral("zh_CN"));
        CHECK(title(app) == QStringLiteral("设置"));
        chooseInSettings(app, QStringLiteral("system"));
        CHECK(title(app) == QStringLiteral("Settings"));
        app.click(QStringLiteral("backButton"));
        CHECK(textOf(app.require(QStringLiteral("saveButton"))) == QStringLiteral("Save"));
        CHECK_NO_QML_PROBLEMS(app);
    }
    {
        AppUnderTest app(dir, keyring, 390, 844);
        REQUIRE(app.waitForState(VaultController::State::Ready));
        CHECK(app.services().languageSettings().language() == QString());
        CHECK(textOf(app.require(QStringLiteral("saveButton"))) == QStringLiteral("Save"));
    }
    // Each start restored the locale it found.
    CHECK(QLocale() == QLocale(QLocale::English, QLocale::UnitedStates));
}
