#include "core/NudgeText.h"

#include <QCoreApplication>

namespace debrief {

QString NudgeText::title()
{
    return QCoreApplication::translate("NudgeText", "Debrief",
                                       "notification title: the app's name");
}

QString NudgeText::body(NudgeKind kind, int count)
{
    switch (kind) {
    case NudgeKind::Analyse:
        return QCoreApplication::translate(
            "NudgeText", "A reflection is ready for a closer look.",
            "notification: an entry was captured and is waiting for its Analyse step");
    case NudgeKind::Experiment:
        return QCoreApplication::translate(
            "NudgeText", "Turn a lesson into one small experiment?",
            "notification: an entry was analysed and has no experiment yet (Apply step)");
    case NudgeKind::CheckIn:
        return QCoreApplication::translate("NudgeText", "Time to check how your experiment went.",
                                           "notification: an experiment reached its check date");
    case NudgeKind::NextRisk:
        return QCoreApplication::translate(
            "NudgeText", "Ready for your next smart risk?",
            "notification: an experiment was checked and no next smart risk is written");
    case NudgeKind::WeeklyReview:
    case NudgeKind::Waiting:
        break;
    }
    // English plural forms are not filled in the .ts files: the singular has its own text.
    if (count == 1)
        return QCoreApplication::translate(
            "NudgeText", "1 reflection is waiting for its next step.",
            "notification: the weekly review when one entry is waiting");
    return QCoreApplication::translate(
        "NudgeText", "%n reflections are waiting for their next step.",
        "notification: the weekly review, or several nudges shown as one (%n: 2 or more)", count);
}

QString NudgeText::bodyWithTitle(NudgeKind kind, int count, const QString& entryTitle)
{
    if (kind == NudgeKind::WeeklyReview || kind == NudgeKind::Waiting)
        return body(kind, count);
    QString line = entryTitle.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.isEmpty())
        return body(kind, count);
    if (line.size() > MaxTitleLength)
        line = line.left(MaxTitleLength - 1).trimmed() + QChar(0x2026);
    return QCoreApplication::translate(
               "NudgeText", "%1: %2",
               "notification with entry titles on: %1 the entry's first line, %2 the text above")
        .arg(line, body(kind, count));
}

QString NudgeText::openLabel()
{
    return QCoreApplication::translate("NudgeText", "Open",
                                       "notification action: open the entry at its next step");
}

QString NudgeText::snoozeHourLabel()
{
    return QCoreApplication::translate("NudgeText", "Snooze 1 hour",
                                       "notification action: remind again in an hour");
}

QString NudgeText::snoozeEveningLabel()
{
    return QCoreApplication::translate("NudgeText", "This evening",
                                       "notification action: remind again this evening (19:00)");
}

QString NudgeText::snoozeTomorrowLabel()
{
    return QCoreApplication::translate(
        "NudgeText", "Tomorrow", "notification action: remind again tomorrow at the review time");
}

QString NudgeText::notNowLabel()
{
    return QCoreApplication::translate(
        "NudgeText", "Not now",
        "notification action: no more nudges for this entry until it changes");
}

} // namespace debrief
