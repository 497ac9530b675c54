#pragma once

#include "core/Clock.h"
#include "core/HistoryFilter.h"
#include "vault/HistoryQuery.h"

#include <QAbstractListModel>
#include <QHash>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// The history list for QML: search words and filters (stage, failure type, dates, voice,
// tags) combined, sorted by date or by what needs attention (ranked when searching), grouped
// into weeks or months with a one-line summary per period. Rows are read from HistoryQuery a
// page at a time as the list scrolls, and stay right under the filter when entries are added,
// changed or removed elsewhere.
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(bool vaultEmpty READ vaultEmpty NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(QVariantList stages READ stages WRITE setStages NOTIFY filterChanged)
    Q_PROPERTY(
        QVariantList failureTypes READ failureTypes WRITE setFailureTypes NOTIFY filterChanged)
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filterChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filterChanged)
    Q_PROPERTY(int voice READ voice WRITE setVoice NOTIFY filterChanged)
    Q_PROPERTY(QStringList tags READ tags WRITE setTags NOTIFY filterChanged)
    Q_PROPERTY(int sort READ sort WRITE setSort NOTIFY filterChanged)
    Q_PROPERTY(int grouping READ grouping WRITE setGrouping NOTIFY filterChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY filterChanged)
    Q_PROPERTY(bool grouped READ grouped NOTIFY filterChanged)
    Q_PROPERTY(int activeFilterCount READ activeFilterCount NOTIFY filterChanged)
    Q_PROPERTY(int periodsRevision READ periodsRevision NOTIFY periodsChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        FirstLineRole,
        CreatedRole,
        VoiceDurationRole, // ms; -1 for a text-only reflection
        VoiceRecoveredRole,
        StageRole,            // LoopController.Detect … .Closed
        StageLabelRole,       // the stage's name, translated
        SnippetRole,          // when searching: matches wrapped in MatchStart … MatchEnd
        SnippetMarkupRole,    // the same as safe styled text (escaped, matches in <b>)
        TagsRole,             // QStringList
        FailureTypeRole,      // LoopController.UnknownFailure … .IntelligentFailure
        FailureTypeLabelRole, // "" when not placed yet
        ExampleRole,          // one of the "try it with examples" reflections
        SectionKeyRole,       // the first day of its week or month ('YYYY-MM-DD'); "" ungrouped
        PeriodSummaryRole,    // that period's one-line summary
    };
    Q_ENUM(Role)

    enum Sort
    {
        Newest = int(HistorySort::Newest),
        Oldest = int(HistorySort::Oldest),
        NeedsAttention = int(HistorySort::NeedsAttention),
        Relevance = int(HistorySort::Relevance),
    };
    Q_ENUM(Sort)
    enum Grouping
    {
        NoGrouping = 0,
        ByWeek = int(TimelineGrouping::Week),
        ByMonth = int(TimelineGrouping::Month),
    };
    Q_ENUM(Grouping)
    enum Voice
    {
        AnyVoice = 0,
        WithVoice = 1,
        WithoutVoice = 2,
    };
    Q_ENUM(Voice)

    explicit HistoryModel(QObject* parent = nullptr);

    // The open vault's history (null when locked). Reads the first page at once.
    void setQuery(const HistoryQuery* query);
    // Days and periods are counted in the clock's time zone (default: the system's).
    void setClock(const Clock* clock) { m_clock = clock; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // How long typing pauses before the search runs (0: at once).
    void setSearchDelay(int ms) { m_searchTimer.setInterval(ms); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int count() const { return rowCount(); }
    int total() const { return int(m_total); }
    bool vaultEmpty() const { return m_vaultEmpty; }
    QString errorMessage() const { return m_errorMessage; }
    const HistoryFilter& filter() const { return m_filter; }

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    QVariantList stages() const;
    void setStages(const QVariantList& stages);
    QVariantList failureTypes() const;
    void setFailureTypes(const QVariantList& types);
    QString fromDate() const;
    void setFromDate(const QString& isoDate);
    QString toDate() const;
    void setToDate(const QString& isoDate);
    int voice() const;
    void setVoice(int voice);
    QStringList tags() const { return m_filter.tags; }
    void setTags(const QStringList& tags);
    int sort() const { return int(m_filter.sort); }
    void setSort(int sort);
    int grouping() const { return m_grouping; }
    void setGrouping(int grouping);
    bool searching() const { return m_filter.searching(); }
    bool grouped() const;
    int activeFilterCount() const;
    int periodsRevision() const { return m_periodsRevision; }

    Q_INVOKABLE int rowOf(qint64 id) const;
    Q_INVOKABLE qint64 idAt(int row) const;
    // The loaded rows' ids, for tests and callers that act on what is shown.
    QVector<ReflectionId> ids() const;
    // Adds or removes one stage / failure type / tag from the filter.
    Q_INVOKABLE void toggleStage(int stage);
    Q_INVOKABLE void toggleFailureType(int type);
    Q_INVOKABLE void addTag(const QString& tag);
    Q_INVOKABLE void removeTag(const QString& tag);
    // Captured in the last `days` days (today included); 0 clears the dates.
    Q_INVOKABLE void setLastDays(int days);
    // Every filter off (the search words stay).
    Q_INVOKABLE void clearFilters();
    // The one-line summary of the period starting on sectionKey ('YYYY-MM-DD'): its title
    // ("March 2024", "Week of March 3, 2024") and what happened in it ("5 reflections · 2 with
    // voice · 1 experiment · 1 closed").
    Q_INVOKABLE QString periodSummary(const QString& sectionKey) const;
    Q_INVOKABLE QString periodTitle(const QString& sectionKey) const;
    Q_INVOKABLE QString periodCounts(const QString& sectionKey) const;
    // Runs a search typed a moment ago now (Enter).
    Q_INVOKABLE void searchNow();

public slots:
    // Keep the loaded rows in step with changes made elsewhere.
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    // Many entries changed (examples added or removed): read the first page again.
    void reload();

signals:
    void countChanged();
    void errorMessageChanged();
    void filterChanged();
    void periodsChanged();
    // Every row was read again (a new search, filter or grouping): views start at the top.
    void rowsReplaced();

private:
    // The filter changed: back to the first page.
    void filterEdited();
    void replaceRows(const QVector<HistoryRow>& rows);
    // Reads the loaded window again and moves the rows into place (inserts, removes, moves,
    // changes), so views keep their place; the changed row may come into the window.
    void refreshWindow(ReflectionId changed);
    void readFirstPage(bool vaultChanged);
    // The filter's total; whether the vault is empty too when it may have changed.
    void readCount(bool vaultChanged);
    void invalidatePeriods();
    void ensurePeriods() const;
    void publishPeriods();
    bool setError(const VaultError& error);
    QTimeZone zone() const;
    QDate periodStart(const QDate& day) const;
    QString sectionKeyOf(const HistoryRow& row) const;
    QString periodLabel(const QDate& start) const;

    const HistoryQuery* m_query = nullptr;
    const Clock* m_clock = nullptr;
    HistoryFilter m_filter;
    QString m_searchText;
    bool m_autoRelevance = false; // sort switched to Relevance because a search started
    int m_grouping = ByMonth;
    QVector<HistoryRow> m_rows;
    qint64 m_total = 0;
    bool m_vaultEmpty = true;
    bool m_exhausted = true;
    // A tall screen of rows (30 × 72 px): each keystroke of a search reads and highlights only
    // these; scrolling reads the next page.
    int m_pageSize = 30;
    // The timeline's summaries: a cache read when first asked for after a change.
    mutable QHash<QDate, HistoryPeriod> m_periods;
    mutable bool m_periodsStale = true;
    mutable VaultError m_periodsError;
    QTimer m_periodsTimer;
    int m_periodsRevision = 0;
    QTimer m_searchTimer;
    QString m_errorMessage;
};

} // namespace debrief
