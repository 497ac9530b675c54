#pragma once

#include <QTime>

namespace debrief {

// How a person wants to be reminded (Settings > Reminders). Preferences only, never content:
// kept in the settings file, read by the planner.
struct NudgePreferences
{
    bool enabled = true;
    QTime reviewTime{9, 0};  // local; "next morning", check dates and the weekly review use it
    QTime quietStart{21, 0}; // local; quiet hours may cross midnight; start == end: none
    QTime quietEnd{8, 0};
    bool weekends = true;    // false: a nudge on Saturday or Sunday moves to Monday at reviewTime
    int maxPerDay = 2;       // 1..10: more on one local day are coalesced into one
    bool showTitles = false; // the entry's first line in the notification (off: generic text)
    Qt::DayOfWeek weeklyReviewDay = Qt::Sunday;

    bool operator==(const NudgePreferences& o) const
    {
        return enabled == o.enabled && reviewTime == o.reviewTime && quietStart == o.quietStart &&
               quietEnd == o.quietEnd && weekends == o.weekends && maxPerDay == o.maxPerDay &&
               showTitles == o.showTitles && weeklyReviewDay == o.weeklyReviewDay;
    }
    bool operator!=(const NudgePreferences& o) const { return !(*this == o); }
};

} // namespace debrief
