// What a nudge notification says: the generic LOOP.md texts per kind (no entry content), the
// count of a coalesced nudge, the entry's first line only when titles are on, and the labels
// of the actions.

#include "NudgeTestSupport.h"
#include "TestStrings.h"

#include "core/NudgeText.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;

TEST_CASE("Nudge texts are generic, one per kind", "[core][nudge][text]")
{
    CHECK(NudgeText::title() == QStringLiteral("Debrief"));
    CHECK(NudgeText::body(NudgeKind::Analyse) ==
          QStringLiteral("A reflection is ready for a closer look."));
    CHECK(NudgeText::body(NudgeKind::Experiment) ==
          QStringLiteral("Turn a lesson into one small experiment?"));
    CHECK(NudgeText::body(NudgeKind::CheckIn) ==
          QStringLiteral("Time to check how your experiment went."));
    CHECK(NudgeText::body(NudgeKind::NextRisk) ==
          QStringLiteral("Ready for your next smart risk?"));
    // The count of a weekly review or a coalesced nudge is filled in (%n).
    CHECK(NudgeText::body(NudgeKind::WeeklyReview, 3) ==
          QStringLiteral("3 reflections are waiting for their next step."));
    CHECK(NudgeText::body(NudgeKind::Waiting, 12) ==
          QStringLiteral("12 reflections are waiting for their next step."));
    CHECK(NudgeText::body(NudgeKind::WeeklyReview, 1) ==
          QStringLiteral("1 reflection is waiting for its next step."));
}

TEST_CASE("Entry titles appear only when asked for, and only the first line", "[core][nudge][text]")
{
    const QString generic = NudgeText::body(NudgeKind::Analyse);
    const QString withTitle = NudgeText::bodyWithTitle(
        NudgeKind::Analyse, 1, QStringLiteral("Missed the train\nand the meeting after"));
    CHECK(withTitle.contains(QStringLiteral("Missed the train")));
    CHECK_FALSE(withTitle.contains(QStringLiteral("meeting")));
    CHECK(withTitle.contains(generic));
    // Placeholders in a title are text, not placeholders.
    const QString odd = NudgeText::bodyWithTitle(NudgeKind::CheckIn, 1, QStringLiteral("50%1 %2"));
    CHECK(odd.startsWith(QStringLiteral("50%1 %2")));
    CHECK(odd.contains(NudgeText::body(NudgeKind::CheckIn)));
    // Long titles are cut; empty ones and coalesced nudges get the generic text.
    const QString longTitle = NudgeText::bodyWithTitle(NudgeKind::Analyse, 1, QString(200, 'x'));
    CHECK(longTitle.count(QLatin1Char('x')) < NudgeText::MaxTitleLength);
    CHECK(longTitle.contains(QChar(0x2026)));
    CHECK(NudgeText::bodyWithTitle(NudgeKind::Analyse, 1, QStringLiteral("  \n x")) == generic);
    CHECK(NudgeText::bodyWithTitle(NudgeKind::Waiting, 4, QStringLiteral("Secret")) ==
          NudgeText::body(NudgeKind::Waiting, 4));
}

TEST_CASE("Nudge action labels", "[core][nudge][text]")
{
    CHECK(NudgeText::openLabel() == QStringLiteral("Open"));
    CHECK(NudgeText::snoozeHourLabel() == QStringLiteral("Snooze 1 hour"));
    CHECK(NudgeText::snoozeEveningLabel() == QStringLiteral("This evening"));
    CHECK(NudgeText::snoozeTomorrowLabel() == QStringLiteral("Tomorrow"));
    CHECK(NudgeText::notNowLabel() == QStringLiteral("Not now"));
}
