#include "InsightsModel.h"

#include "LoopText.h"
#include "vault/InsightsStore.h"

#include <QLocale>
#include <cmath>

namespace debrief {

namespace {

QVariantMap bar(const QString& key, const QString& label, int count, int of)
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("label"), label},
            {QStringLiteral("count"), count},
            {QStringLiteral("fraction"), of > 0 ? double(count) / of : 0.0}};
}

QString reflectionsCount(int n)
{
    return InsightsModel::tr("%n reflections", "", n);
}

} // namespace

InsightsModel::InsightsModel(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_later.setSingleShot(true);
    m_later.setInterval(0);
    connect(&m_later, &QTimer::timeout, this, &InsightsModel::refresh);
}

void InsightsModel::setStore(const InsightsStore* store)
{
    m_store = store;
    m_stale = true;
    if (!store) {
        m_figures = {};
        m_computed = false;
        m_errorMessage.clear();
        emit changed();
    } else if (m_active) {
        refresh();
    }
}

void InsightsModel::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
    if (m_active && m_stale)
        refresh();
}

void InsightsModel::invalidate()
{
    m_stale = true;
    if (m_active)
        m_later.start(); // once for a burst of changes
}

QDate InsightsModel::today() const
{
    return m_clock.nowUtc().toTimeZone(m_clock.timeZone()).date();
}

void InsightsModel::refresh()
{
    m_later.stop();
    if (!m_store)
        return;
    const QDate end = today();
    // Whole weeks: the first column starts on the locale's first day of the week.
    const int first = int(QLocale().firstDayOfWeek());
    const QDate lastWeekStart = end.addDays(-((end.dayOfWeek() - first + 7) % 7));
    const QDate start = lastWeekStart.addDays(-7 * (m_heatWeeks - 1));
    VaultError error;
    Insights figures =
        m_store->compute(m_clock.timeZone(), end, int(start.daysTo(end)) + 1, &error);
    m_errorMessage = error.message();
    if (!error) {
        m_figures = std::move(figures);
        m_computed = true;
        m_stale = false;
    }
    emit changed();
}

QVariantList InsightsModel::funnel() const
{
    const int all = m_figures.reflections;
    QVariantList out;
    for (std::size_t i = 0; i < LoopStages.size(); ++i)
        out.append(bar(stageKey(LoopStages[i]), stageLabel(LoopStages[i]),
                       m_figures.reachedStage[i], all));
    out.append(bar(stageKey(Stage::Closed), stageLabel(Stage::Closed), m_figures.closed, all));
    return out;
}

QString InsightsModel::funnelText() const
{
    if (m_figures.reflections == 0)
        return tr("No reflections yet: the funnel fills as reflections move through the loop.");
    return tr("Of %1, %2 reached Analyse, %3 reached Apply and %4 reached Continue; %5 closed.",
              "insights funnel: %1 '12 reflections', %2..%5 numbers")
        .arg(reflectionsCount(m_figures.reflections))
        .arg(m_figures.reachedStage[1])
        .arg(m_figures.reachedStage[2])
        .arg(m_figures.reachedStage[3])
        .arg(m_figures.closed);
}

QString InsightsModel::duration(double hours)
{
    if (hours < 1.0)
        return tr("under an hour");
    if (hours < 36.0) {
        const int n = int(std::lround(hours));
        return tr("%n hours", "", n);
    }
    const double days = std::round(hours / 24.0 * 10.0) / 10.0;
    if (days == std::floor(days))
        return tr("%n days", "", int(days));
    return tr("%1 days", "a duration with a fraction: 2.5 days")
        .arg(QLocale().toString(days, 'f', 1));
}

QString InsightsModel::detectToAnalyse() const
{
    return m_figures.medianDetectToAnalyseHours ? duration(*m_figures.medianDetectToAnalyseHours)
                                                : QString();
}

QString InsightsModel::analyseToApply() const
{
    return m_figures.medianAnalyseToApplyHours ? duration(*m_figures.medianAnalyseToApplyHours)
                                               : QString();
}

QString InsightsModel::timesText() const
{
    const QString first =
        m_figures.medianDetectToAnalyseHours
            ? tr("Median time from capture to Analyse: %1.").arg(detectToAnalyse())
            : tr("No reflection has reached Analyse yet.");
    const QString second = m_figures.medianAnalyseToApplyHours
                               ? tr("Median time from Analyse to Apply: %1.").arg(analyseToApply())
                               : tr("None has gone from Analyse to Apply yet.");
    return first + QLatin1Char(' ') + second;
}

QVariantList InsightsModel::outcomes() const
{
    const int all = m_figures.experiments;
    return {bar(QStringLiteral("kept"), tr("Kept"), m_figures.kept, all),
            bar(QStringLiteral("adjusted"), tr("Adjusted"), m_figures.adjusted, all),
            bar(QStringLiteral("dropped"), tr("Dropped"), m_figures.dropped, all),
            bar(QStringLiteral("open"), tr("Still running"), m_figures.experimentsOpen, all)};
}

QString InsightsModel::experimentsText() const
{
    if (m_figures.experiments == 0)
        return tr("No experiments yet. In Apply, the smallest test of your best idea becomes "
                  "an experiment.");
    const QString planned = tr("%n experiments planned", "", m_figures.experiments);
    return tr("%1: %2 kept, %3 adjusted, %4 dropped, %5 still running.",
              "insights: %1 '5 experiments planned'")
        .arg(planned)
        .arg(m_figures.kept)
        .arg(m_figures.adjusted)
        .arg(m_figures.dropped)
        .arg(m_figures.experimentsOpen);
}

QVariantList InsightsModel::failureMix() const
{
    const auto& mix = m_figures.failureTypes;
    const int all = mix[0] + mix[1] + mix[2] + mix[3];
    QVariantList out;
    // Short names for the chart's legend (its sentence says "failure").
    const std::pair<FailureType, QString> kinds[] = {{FailureType::Intelligent, tr("Intelligent")},
                                                     {FailureType::Complex, tr("Complex")},
                                                     {FailureType::Basic, tr("Basic")}};
    for (const auto& [type, label] : kinds)
        out.append(bar(failureTypeKey(type), label, mix[std::size_t(type)], all));
    out.append(bar(failureTypeKey(FailureType::Unknown), tr("Not placed"),
                   mix[std::size_t(FailureType::Unknown)], all));
    return out;
}

QString InsightsModel::failureMixText() const
{
    const auto& mix = m_figures.failureTypes;
    if (mix[0] + mix[1] + mix[2] + mix[3] == 0)
        return tr("No reflections yet.");
    return tr("Failure types: %1 intelligent, %2 complex, %3 basic, %4 not placed yet.")
        .arg(mix[std::size_t(FailureType::Intelligent)])
        .arg(mix[std::size_t(FailureType::Complex)])
        .arg(mix[std::size_t(FailureType::Basic)])
        .arg(mix[std::size_t(FailureType::Unknown)]);
}

QString InsightsModel::lessonsText() const
{
    if (m_figures.lessons == 0)
        return tr("No lessons yet. In Apply, write what you learned as a rule you can reuse.");
    return tr("%n lessons written.", "", m_figures.lessons);
}

QVariantList InsightsModel::heatDays() const
{
    int most = 0;
    for (int n : m_figures.perDay)
        most = std::max(most, n);
    QVariantList out;
    out.reserve(m_figures.perDay.size());
    for (int i = 0; i < m_figures.perDay.size(); ++i) {
        const QDate day = m_figures.heatStart.addDays(i);
        const int n = m_figures.perDay.at(i);
        const int level = n == 0 ? 0 : std::max(1, int(std::ceil(4.0 * n / most)));
        out.append(QVariantMap{
            {QStringLiteral("date"), looptext::isoDate(day)},
            {QStringLiteral("count"), n},
            {QStringLiteral("level"), level},
            {QStringLiteral("label"), tr("%1: %2", "heat map cell: date, count")
                                          .arg(looptext::dateLabel(day), reflectionsCount(n))}});
    }
    return out;
}

QVariantList InsightsModel::heatMonths() const
{
    QVariantList out;
    const QLocale locale;
    const auto add = [&](int column, const QDate& day) {
        out.append(
            QVariantMap{{QStringLiteral("column"), column},
                        {QStringLiteral("label"), locale.toString(day, QStringLiteral("MMM"))}});
    };
    for (int i = 0; i < m_figures.perDay.size(); i += 7) {
        const QDate weekStart = m_figures.heatStart.addDays(i);
        const QDate weekEnd = weekStart.addDays(6);
        // The column holding a month's first day names the month.
        if (weekStart.day() == 1)
            add(i / 7, weekStart);
        else if (weekEnd.month() != weekStart.month())
            add(i / 7, weekEnd);
        // The first column names its own month when the next name is far enough away.
        if (i == 0 && out.isEmpty() &&
            QDate(weekStart.year(), weekStart.month(), 1).addMonths(1) > weekStart.addDays(20))
            add(0, weekStart);
    }
    return out;
}

QString InsightsModel::heatText() const
{
    int total = 0;
    int days = 0;
    int most = 0;
    QDate busiest;
    for (int i = 0; i < m_figures.perDay.size(); ++i) {
        const int n = m_figures.perDay.at(i);
        total += n;
        days += n > 0 ? 1 : 0;
        if (n > most) {
            most = n;
            busiest = m_figures.heatStart.addDays(i);
        }
    }
    const QString span = tr("In the last %n weeks", "", m_heatWeeks);
    if (total == 0)
        return tr("%1 you wrote no reflections.", "heat map: %1 'In the last 26 weeks'").arg(span);
    const QString onDays = tr("on %n days", "", days);
    return tr("%1 you wrote %2 %3; the most in one day was %4, on %5.",
              "heat map: %1 'In the last 26 weeks', %2 '14 reflections', %3 'on 10 days'")
        .arg(span, reflectionsCount(total), onDays)
        .arg(most)
        .arg(QLocale().toString(busiest, tr("MMMM d, yyyy", "heat map: the busiest day")));
}

} // namespace debrief
