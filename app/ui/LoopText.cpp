#include "LoopText.h"

#include <QLocale>
#include <QRegularExpression>

namespace debrief::looptext {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return {};
    return QDate::fromString(trimmed, Qt::ISODate);
}

QString dateLabel(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString stepStateKey(LoopPolicy::StepState s)
{
    switch (s) {
    case LoopPolicy::StepState::Done:
        return QStringLiteral("done");
    case LoopPolicy::StepState::Skipped:
        return QStringLiteral("skipped");
    case LoopPolicy::StepState::Current:
        return QStringLiteral("current");
    case LoopPolicy::StepState::Upcoming:
        return QStringLiteral("upcoming");
    }
    return {};
}

QVariantMap experimentMap(const Experiment& e, const QDate& today)
{
    return {{QStringLiteral("experimentId"), e.id},
            {QStringLiteral("reflectionId"), e.reflectionId},
            {QStringLiteral("changeId"), e.changeId},
            {QStringLiteral("hypothesis"), e.hypothesis},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("checkDate"), isoDate(e.checkDate)},
            {QStringLiteral("checkDateLabel"), dateLabel(e.checkDate)},
            {QStringLiteral("daysLeft"),
             e.checkDate.isValid() ? QVariant(today.daysTo(e.checkDate)) : QVariant()},
            {QStringLiteral("overdue"), e.isOverdue(today)},
            {QStringLiteral("signalText"), e.signal},
            {QStringLiteral("result"), e.result},
            {QStringLiteral("decision"), int(e.decision)},
            {QStringLiteral("decisionKey"), experimentDecisionKey(e.decision)},
            {QStringLiteral("decisionLabel"), experimentDecisionLabel(e.decision)},
            {QStringLiteral("checked"), !e.isOpen()},
            {QStringLiteral("planned"), e.isPlanned()}};
}

} // namespace debrief::looptext
