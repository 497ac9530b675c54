#pragma once

#include "core/Nudge.h"

#include <QString>

namespace debrief {

// What a nudge notification says, in one place: generic per kind (SECURITY.md LK-3: no entry
// content unless the person turned titles on), and the labels of its actions. Translated.
class NudgeText
{
public:
    static QString title(); // "Debrief"
    // The generic text of a kind (LOOP.md "Nudges"); count (entries) is used by WeeklyReview and
    // Waiting: "3 reflections are waiting for their next step."
    static QString body(NudgeKind kind, int count = 1);
    // With "show entry titles" on: the entry's first line, then the generic text. Nudges about
    // several entries, and an empty title, give body().
    static QString bodyWithTitle(NudgeKind kind, int count, const QString& entryTitle);

    static QString openLabel();
    static QString snoozeHourLabel();
    static QString snoozeEveningLabel();
    static QString snoozeTomorrowLabel();
    static QString notNowLabel();

    // The longest entry title a notification shows (characters); longer ones end in "…".
    static constexpr int MaxTitleLength = 60;
};

} // namespace debrief
