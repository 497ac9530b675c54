// NudgeSettings on real files: the defaults of LOOP.md, every preference remembered by the next
// start, out-of-range values clamped, nothing but preferences in the file, and start at login
// reported when the OS refuses.

#include "NudgeSettings.h"
#include "TestEnvironment.h"
#include "fake/FakeStartAtLogin.h"

#include <QFile>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using debrief::NudgeSettings;
using debrief::platform::FakeStartAtLogin;
using namespace debrief::test;

TEST_CASE("Reminder preferences: defaults, remembered, clamped", "[nudge-settings]")
{
    const QString file = freshDir(QStringLiteral("nudge-settings")) + QStringLiteral("/s.ini");
    FakeStartAtLogin login;
    {
        NudgeSettings settings(file, login);
        const auto p = settings.preferences();
        CHECK(p.enabled);
        CHECK(p.reviewTime == QTime(9, 0));
        CHECK(p.quietStart == QTime(21, 0));
        CHECK(p.quietEnd == QTime(8, 0));
        CHECK(p.weekends);
        CHECK(p.maxPerDay == 2);
        CHECK_FALSE(p.showTitles);

        QSignalSpy changed(&settings, &NudgeSettings::changed);
        settings.setEnabled(false);
        settings.setReviewMinutes(7 * 60 + 30);
        settings.setQuietStartMinutes(22 * 60);
        settings.setQuietEndMinutes(7 * 60 + 15);
        settings.setWeekends(false);
        settings.setMaxPerDay(99);
        settings.setShowTitles(true);
        CHECK(changed.count() == 7);
        settings.setWeekends(false); // unchanged: no signal
        CHECK(changed.count() == 7);
        CHECK(settings.maxPerDay() == NudgeSettings::MaxPerDay);
        CHECK(settings.errorMessage().isEmpty());
    }
    NudgeSettings again(file, login);
    const auto p = again.preferences();
    CHECK_FALSE(p.enabled);
    CHECK(p.reviewTime == QTime(7, 30));
    CHECK(p.quietStart == QTime(22, 0));
    CHECK(p.quietEnd == QTime(7, 15));
    CHECK_FALSE(p.weekends);
    CHECK(p.maxPerDay == 10);
    CHECK(p.showTitles);
    again.setMaxPerDay(0);
    CHECK(again.maxPerDay() == 1);

    // Only preferences: keys under reminders/ with numbers and booleans.
    QFile ini(file);
    REQUIRE(ini.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ini.readAll());
    CHECK(text.contains(QStringLiteral("[reminders]")));
    CHECK(text.contains(QStringLiteral("reviewMinutes=450")));
}

TEST_CASE("Start at login: follows the OS and says when it refuses", "[nudge-settings]")
{
    const QString file = freshDir(QStringLiteral("nudge-login")) + QStringLiteral("/s.ini");
    FakeStartAtLogin login;
    NudgeSettings settings(file, login);
    CHECK(settings.startAtLoginSupported());
    CHECK_FALSE(settings.startAtLogin());
    settings.setStartAtLogin(true);
    CHECK(login.enabled());
    CHECK(settings.startAtLogin());

    login.setFailure(QStringLiteral("read-only folder"));
    QSignalSpy error(&settings, &NudgeSettings::errorMessageChanged);
    settings.setStartAtLogin(false);
    CHECK(login.enabled()); // refused: still on
    CHECK(settings.startAtLogin());
    CHECK(error.count() == 1);
    CHECK_FALSE(settings.errorMessage().isEmpty());
    CHECK_FALSE(settings.errorMessage().contains(QStringLiteral("read-only folder")));

    FakeStartAtLogin unsupported;
    unsupported.setSupported(false);
    NudgeSettings other(file, unsupported);
    CHECK_FALSE(other.startAtLoginSupported());
    other.setStartAtLogin(true);
    CHECK_FALSE(other.startAtLogin());
}
