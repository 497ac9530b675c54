#include "nudges/NudgeReconciler.h"

#include "core/NudgeText.h"
#include "vault/NudgeStore.h"
#include "vault/ReflectionStore.h"

#include <QSet>
#include <algorithm>
#include <utility>

namespace debrief {

const QString NudgeReconciler::OpenAction = QStringLiteral("open");
const QString NudgeReconciler::SnoozeHourAction = QStringLiteral("snooze-hour");
const QString NudgeReconciler::SnoozeEveningAction = QStringLiteral("snooze-evening");
const QString NudgeReconciler::SnoozeTomorrowAction = QStringLiteral("snooze-tomorrow");
const QString NudgeReconciler::NotNowAction = QStringLiteral("not-now");

namespace {

constexpr int PauseMs = 150;
constexpr int ClockCheckMs = 60 * 1000;
constexpr qint64 ClockJumpToleranceMs = 90 * 1000;

// The stage page a single nudge opens.
Stage pageFor(NudgeKind kind)
{
    switch (kind) {
    case NudgeKind::Analyse:
        return Stage::Analyse;
    case NudgeKind::Experiment:
        return Stage::Apply;
    case NudgeKind::CheckIn:
    case NudgeKind::NextRisk:
    case NudgeKind::WeeklyReview:
    case NudgeKind::Waiting:
        break;
    }
    return Stage::Continue;
}

bool isSingle(const PlannedNudge& nudge)
{
    return nudge.entries.size() == 1 && nudge.kind != NudgeKind::WeeklyReview &&
           nudge.kind != NudgeKind::Waiting;
}

} // namespace

NudgeReconciler::NudgeReconciler(const Clock& clock, platform::NudgeScheduler& scheduler,
                                 platform::Notifier& notifier, platform::Permissions& permissions,
                                 QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_scheduler(scheduler)
    , m_notifier(notifier)
    , m_permissions(permissions)
    , m_permission(permissions.notifications())
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &NudgeReconciler::reconcile);
    m_clockCheck.setInterval(ClockCheckMs);
    connect(&m_clockCheck, &QTimer::timeout, this, &NudgeReconciler::checkClock);
    m_clockCheck.start();
    m_zoneId = m_clock.timeZone().id();
    m_wallAtCheck = m_clock.nowUtc();
    m_zoneOffset = m_clock.timeZone().offsetFromUtc(m_wallAtCheck);
    m_sinceCheck.start();
    // Handlers live no longer than this object: the platform objects outlive it, so they are
    // cleared again in the destructor.
    m_scheduler.setFiredHandler([this](const QString& key) { onFired(key); });
    m_notifier.setActionHandler(
        [this](const QString& key, const QString& action) { onAction(key, action); });
}

NudgeReconciler::~NudgeReconciler()
{
    m_scheduler.setFiredHandler({});
    m_notifier.setActionHandler({});
}

void NudgeReconciler::setStores(NudgeStore* nudges, ReflectionStore* reflections)
{
    m_store = nudges;
    m_reflections = reflections;
    m_pause.stop();
    m_entries.clear();
    m_changed.clear();
    m_readAll = true;
    if (m_store) {
        reconcile();
    } else {
        m_plan = {};
        emit planChanged();
    }
}

void NudgeReconciler::setPreferences(const NudgePreferences& preferences)
{
    if (m_preferences == preferences)
        return;
    m_preferences = preferences;
    if (m_store)
        reconcile();
}

void NudgeReconciler::requestReconcile()
{
    if (m_store)
        m_pause.start();
}

void NudgeReconciler::entryChanged(qint64 reflectionId)
{
    m_changed.insert(reflectionId);
    requestReconcile();
}

void NudgeReconciler::everythingChanged()
{
    m_readAll = true;
    requestReconcile();
}

void NudgeReconciler::everythingErased()
{
    for (const QString& key : std::as_const(m_shown))
        m_notifier.withdraw(key);
    m_shown.clear();
    everythingChanged();
}

bool NudgeReconciler::refreshEntries()
{
    VaultError error;
    if (m_readAll) {
        QVector<NudgeEntry> entries = m_store->plannerEntries(&error);
        if (!error) {
            std::sort(entries.begin(), entries.end(),
                      [](const NudgeEntry& a, const NudgeEntry& b) { return a.id < b.id; });
            m_entries = std::move(entries);
            m_entries.squeeze();
            m_readAll = false;
            m_changed.clear();
        }
    } else {
        for (auto it = m_changed.begin(); it != m_changed.end() && !error;) {
            const auto entry = m_store->plannerEntry(*it, &error);
            if (error)
                break;
            storeEntry(*it, entry);
            it = m_changed.erase(it);
        }
    }
    if (error) {
        emit failed(tr("Reminders could not be planned: %1").arg(error.message()));
        return false;
    }
    return true;
}

void NudgeReconciler::storeEntry(ReflectionId id, const std::optional<NudgeEntry>& entry)
{
    const auto at =
        std::lower_bound(m_entries.begin(), m_entries.end(), id,
                         [](const NudgeEntry& e, ReflectionId wanted) { return e.id < wanted; });
    const bool present = at != m_entries.end() && at->id == id;
    if (entry && present)
        *at = *entry;
    else if (entry)
        m_entries.insert(at, *entry);
    else if (present)
        m_entries.erase(at); // Closed or deleted
}

void NudgeReconciler::reconcile()
{
    m_pause.stop();
    if (!m_store || !refreshEntries())
        return;
    const QDateTime now = m_clock.nowUtc();
    VaultError error;
    const NudgeHistory history = m_store->history(now.addDays(-2), &error);
    if (error) {
        emit failed(tr("Reminders could not be planned: %1").arg(error.message()));
        return;
    }
    m_plan = NudgePlanner::plan(m_entries, m_preferences, history, m_clock.timeZone(), now);
    emit planChanged();

    QVector<PlannedNudge> wanted;
    if (m_preferences.enabled && !m_plan.nudges.isEmpty()) {
        askPermissionOnce();
        if (notificationsAllowed()) {
            wanted = m_plan.nudges;
            // A scheduler with room for only a few (iOS: 64) holds the earliest: a rolling
            // window, refilled at every reconcile.
            if (wanted.size() > m_scheduler.capacity())
                wanted.resize(m_scheduler.capacity());
        }
    }
    register_(wanted);
}

void NudgeReconciler::register_(const QVector<PlannedNudge>& nudges)
{
    // A catch-up nudge is planned at "now", which moves with every plan: registered for any
    // moment already come, it stays as it is.
    const QDateTime now = m_clock.nowUtc();
    const auto sameMoment = [&now](const QDateTime& a, const QDateTime& b) {
        return a == b || (a <= now && b <= now);
    };
    QHash<QString, QDateTime> registered;
    for (const platform::ScheduledNudge& nudge : m_scheduler.scheduled())
        registered.insert(nudge.key, nudge.atUtc);
    QHash<QString, PlannedNudge> wanted;
    for (const PlannedNudge& nudge : nudges)
        wanted.insert(nudge.key, nudge);

    for (auto it = registered.cbegin(); it != registered.cend(); ++it) {
        const auto want = wanted.constFind(it.key());
        if (want == wanted.cend() || !sameMoment(want->at, it.value()))
            m_scheduler.cancel(it.key());
    }
    for (const PlannedNudge& nudge : nudges) {
        const auto have = registered.constFind(nudge.key);
        if (have != registered.cend() && sameMoment(*have, nudge.at))
            continue;
        platform::ScheduledNudge scheduled;
        scheduled.key = nudge.key;
        scheduled.atUtc = nudge.at;
        // What the OS keeps for later is always the generic text: titles, when the person
        // asked for them, are added only by the running app at the moment it shows a nudge.
        scheduled.notification = notificationFor(nudge);
        scheduled.notification.body = NudgeText::body(nudge.kind, int(nudge.entries.size()));
        scheduled.notification.revealsContent = false;
        m_scheduler.schedule(scheduled);
    }
    m_planned = wanted;
}

platform::Notification NudgeReconciler::notificationFor(const PlannedNudge& nudge) const
{
    platform::Notification notification;
    notification.key = nudge.key;
    notification.title = NudgeText::title();
    const int count = int(nudge.entries.size());
    notification.body = NudgeText::body(nudge.kind, count);
    if (m_preferences.showTitles && isSingle(nudge) && m_reflections) {
        VaultError error;
        const auto summary = m_reflections->summary(nudge.entries.constFirst(), &error);
        if (summary && !summary->firstLine.isEmpty()) {
            notification.body = NudgeText::bodyWithTitle(nudge.kind, count, summary->firstLine);
            notification.revealsContent = true;
        }
    }
    // Phones show the first three buttons only: Open, Snooze 1 hour and Not now come first.
    notification.actions = {{OpenAction, NudgeText::openLabel()},
                            {SnoozeHourAction, NudgeText::snoozeHourLabel()},
                            {NotNowAction, NudgeText::notNowLabel()},
                            {SnoozeEveningAction, NudgeText::snoozeEveningLabel()},
                            {SnoozeTomorrowAction, NudgeText::snoozeTomorrowLabel()}};
    notification.defaultAction = OpenAction;
    return notification;
}

void NudgeReconciler::onFired(const QString& key)
{
    PlannedNudge nudge;
    const auto planned = m_planned.constFind(key);
    if (planned != m_planned.cend()) {
        nudge = *planned;
        m_planned.erase(planned);
    } else if (const auto parsed = parseNudgeKey(key)) {
        // Reported by the OS after a restart: the key says what it was.
        nudge.key = key;
        nudge.kind = parsed->kind;
        nudge.entries = parsed->entries;
        nudge.page = pageFor(parsed->kind);
    } else {
        return;
    }
    if (!m_store)
        return;
    if (!m_scheduler.showsNotificationsItself()) {
        // Without a notification service it stays due, and is caught up on later.
        if (!m_notifier.available())
            return;
        m_notifier.show(notificationFor(nudge));
    }
    m_shown.insert(key);
    // The weekly review is about the week, not about its entries: their own nudges still come.
    const QVector<ReflectionId> entries =
        nudge.kind == NudgeKind::WeeklyReview ? QVector<ReflectionId>() : nudge.entries;
    if (const VaultError error = m_store->recordShown(nudge.kind, entries, m_clock.nowUtc()))
        emit failed(tr("A reminder was shown but could not be noted: %1").arg(error.message()));
    for (ReflectionId id : entries)
        m_changed.insert(id);
    requestReconcile();
}

void NudgeReconciler::onAction(const QString& key, const QString& actionId)
{
    const auto parsed = parseNudgeKey(key);
    if (!parsed)
        return;
    m_notifier.withdraw(key);
    const bool single = parsed->entries.size() == 1 && parsed->kind != NudgeKind::WeeklyReview &&
                        parsed->kind != NudgeKind::Waiting;
    if (actionId == OpenAction) {
        if (single)
            emit openRequested(parsed->entries.constFirst(), int(pageFor(parsed->kind)));
        else
            emit dueListRequested();
    } else if (actionId == SnoozeHourAction) {
        snooze(parsed->entries, SnoozeChoice::Hour);
    } else if (actionId == SnoozeEveningAction) {
        snooze(parsed->entries, SnoozeChoice::Evening);
    } else if (actionId == SnoozeTomorrowAction) {
        snooze(parsed->entries, SnoozeChoice::Tomorrow);
    } else if (actionId == NotNowAction) {
        // "Not now" on the weekly review lets the week pass; on an entry's nudge it stops that
        // entry's nudges until it changes.
        if (parsed->kind != NudgeKind::WeeklyReview)
            notNow(parsed->entries);
    }
}

bool NudgeReconciler::muted(ReflectionId id) const
{
    VaultError error;
    return m_store && m_store->muted(id, &error);
}

bool NudgeReconciler::setMuted(ReflectionId id, bool muted)
{
    if (!m_store)
        return false;
    if (const VaultError error = m_store->setMuted(id, muted)) {
        emit failed(tr("The reminder setting could not be saved: %1").arg(error.message()));
        return false;
    }
    m_changed.insert(id);
    reconcile();
    return true;
}

bool NudgeReconciler::snooze(const QVector<ReflectionId>& ids, SnoozeChoice choice)
{
    if (!m_store || ids.isEmpty())
        return false;
    const QDateTime until =
        snoozeUntil(choice, m_preferences, m_clock.timeZone(), m_clock.nowUtc());
    // Snoozing asks for the reminder again: it ends an earlier "Not now".
    VaultError error = m_store->snooze(ids, until);
    if (!error)
        error = m_store->dismiss(ids, QDateTime());
    if (error) {
        emit failed(tr("The reminder could not be snoozed: %1").arg(error.message()));
        return false;
    }
    for (ReflectionId id : ids)
        m_changed.insert(id);
    reconcile();
    return true;
}

bool NudgeReconciler::notNow(const QVector<ReflectionId>& ids)
{
    if (!m_store || ids.isEmpty())
        return false;
    if (const VaultError error = m_store->dismiss(ids, m_clock.nowUtc())) {
        emit failed(tr("The reminder could not be dismissed: %1").arg(error.message()));
        return false;
    }
    for (ReflectionId id : ids)
        m_changed.insert(id);
    reconcile();
    return true;
}

void NudgeReconciler::checkClock()
{
    const QTimeZone zone = m_clock.timeZone();
    const QDateTime now = m_clock.nowUtc();
    const int offset = zone.offsetFromUtc(now);
    const qint64 expectedMs = m_sinceCheck.restart();
    const qint64 wallMs = m_wallAtCheck.msecsTo(now);
    const bool moved = zone.id() != m_zoneId || offset != m_zoneOffset ||
                       qAbs(wallMs - expectedMs) > ClockJumpToleranceMs;
    m_zoneId = zone.id();
    m_zoneOffset = offset;
    m_wallAtCheck = now;
    if (moved)
        reconcile();
}

void NudgeReconciler::askPermissionOnce()
{
    if (m_permission != platform::Permissions::Status::Undetermined || m_asking)
        return;
    m_permission = m_permissions.notifications();
    if (m_permission != platform::Permissions::Status::Undetermined) {
        emit notificationsAllowedChanged();
        return;
    }
    m_asking = true;
    m_permissions.requestNotifications([this](platform::Permissions::Status status) {
        m_asking = false;
        setPermission(status);
        if (notificationsAllowed())
            requestReconcile();
    });
}

void NudgeReconciler::setPermission(platform::Permissions::Status status)
{
    if (m_permission == status)
        return;
    m_permission = status;
    emit notificationsAllowedChanged();
}

} // namespace debrief
