#pragma once

#include "core/Clock.h"
#include "core/Insights.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class InsightsStore;

// The Insights page's figures (the loop funnel, the median times between stages, experiments
// and how they turned out, the failure-type mix, lessons, a calendar heat map), each with a
// sentence that says the same for people who do not see the chart. Computed when the page is
// shown and again after changes while it is (aggregates only: cheap).
class InsightsModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool computed READ computed NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(int reflections READ reflections NOTIFY changed)
    Q_PROPERTY(QVariantList funnel READ funnel NOTIFY changed)
    Q_PROPERTY(QString funnelText READ funnelText NOTIFY changed)
    Q_PROPERTY(QString detectToAnalyse READ detectToAnalyse NOTIFY changed)
    Q_PROPERTY(QString analyseToApply READ analyseToApply NOTIFY changed)
    Q_PROPERTY(QString timesText READ timesText NOTIFY changed)
    Q_PROPERTY(int experiments READ experiments NOTIFY changed)
    Q_PROPERTY(QVariantList outcomes READ outcomes NOTIFY changed)
    Q_PROPERTY(QString experimentsText READ experimentsText NOTIFY changed)
    Q_PROPERTY(QVariantList failureMix READ failureMix NOTIFY changed)
    Q_PROPERTY(QString failureMixText READ failureMixText NOTIFY changed)
    Q_PROPERTY(int lessons READ lessons NOTIFY changed)
    Q_PROPERTY(QString lessonsText READ lessonsText NOTIFY changed)
    Q_PROPERTY(QVariantList heatDays READ heatDays NOTIFY changed)
    Q_PROPERTY(QVariantList heatMonths READ heatMonths NOTIFY changed)
    Q_PROPERTY(int heatWeeks READ heatWeeks CONSTANT)
    Q_PROPERTY(QString heatText READ heatText NOTIFY changed)

public:
    // clock must outlive this object.
    explicit InsightsModel(const Clock& clock, QObject* parent = nullptr);

    void setStore(const InsightsStore* store);
    // How many weeks the heat map shows (each column a week starting on the locale's first
    // day, the last one holding today).
    void setHeatWeeks(int weeks) { m_heatWeeks = std::max(1, weeks); }

    bool active() const { return m_active; }
    void setActive(bool active);
    bool computed() const { return m_computed; }
    QString errorMessage() const { return m_errorMessage; }
    const Insights& figures() const { return m_figures; }

    int reflections() const { return m_figures.reflections; }
    // [{key, label, count, fraction}] Detect, Analyse, Apply, Continue, Closed; fraction of
    // all reflections.
    QVariantList funnel() const;
    QString funnelText() const;
    QString detectToAnalyse() const; // "1 day", "5 hours", "" without such an entry
    QString analyseToApply() const;
    QString timesText() const;
    int experiments() const { return m_figures.experiments; }
    // [{key, label, count, fraction}] kept, adjusted, dropped, open; fraction of experiments.
    QVariantList outcomes() const;
    QString experimentsText() const;
    // [{key, label, count, fraction}] intelligent, complex, basic, not placed.
    QVariantList failureMix() const;
    QString failureMixText() const;
    int lessons() const { return m_figures.lessons; }
    QString lessonsText() const;
    // One per day, oldest first, from a week's first day: [{date, count, level 0..4, label}].
    QVariantList heatDays() const;
    // The columns where a month starts: [{column, label}].
    QVariantList heatMonths() const;
    int heatWeeks() const { return m_heatWeeks; }
    QString heatText() const;

    // Durations as a person reads them ("under an hour", "5 hours", "2.5 days").
    static QString duration(double hours);

public slots:
    // Computes the figures now.
    void refresh();
    // Something changed: computed again soon if the page is shown, else when it is next shown.
    void invalidate();

signals:
    void activeChanged();
    void changed();

private:
    QDate today() const;

    const Clock& m_clock;
    const InsightsStore* m_store = nullptr;
    bool m_active = false;
    bool m_computed = false;
    bool m_stale = true;
    int m_heatWeeks = 26;
    Insights m_figures;
    QString m_errorMessage;
    QTimer m_later;
};

} // namespace debrief
