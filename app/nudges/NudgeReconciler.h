#pragma once

#include "core/Clock.h"
#include "core/NudgePlanner.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <debrief/platform/Notifier.h>
#include <debrief/platform/NudgeScheduler.h>
#include <debrief/platform/Permissions.h>

namespace debrief {

class NudgeStore;
class ReflectionStore;

// Keeps the nudges registered with the OS equal to the plan: after every change, at start
// (catching up on nudges missed while the app was closed: one notification, never a burst), and
// when the time zone or the clock changes. Shows a nudge when its moment comes, records it, and
// carries out what the person chose on it (Open, Snooze, Not now). Idempotent: reconciling twice
// registers nothing new.
class NudgeReconciler : public QObject
{
    Q_OBJECT

public:
    // Action ids on every nudge notification.
    static const QString OpenAction;
    static const QString SnoozeHourAction;
    static const QString SnoozeEveningAction;
    static const QString SnoozeTomorrowAction;
    static const QString NotNowAction;

    // clock, scheduler, notifier and permissions must outlive this object.
    NudgeReconciler(const Clock& clock, platform::NudgeScheduler& scheduler,
                    platform::Notifier& notifier, platform::Permissions& permissions,
                    QObject* parent = nullptr);
    ~NudgeReconciler() override;

    // The open vault's stores (null when it closes: nothing is planned or shown then, and what
    // the OS holds stays registered).
    void setStores(NudgeStore* nudges, ReflectionStore* reflections);
    void setPreferences(const NudgePreferences& preferences);
    const NudgePreferences& preferences() const { return m_preferences; }
    // The plan of the last reconcile.
    const NudgePlan& plan() const { return m_plan; }
    // False when the OS refused notifications: nothing is registered.
    bool notificationsAllowed() const
    {
        return m_permission == platform::Permissions::Status::Granted;
    }

    // Per entry, from the app (the Due list, the entry page).
    bool muted(ReflectionId id) const;
    bool setMuted(ReflectionId id, bool muted);
    bool snooze(const QVector<ReflectionId>& ids, SnoozeChoice choice);
    bool notNow(const QVector<ReflectionId>& ids);

public slots:
    // Plans now and registers the difference. The entries are read from the vault once; after
    // that only those noted as changed are read again.
    void reconcile();
    // Reconciles once the current burst of changes is over (a short pause).
    void requestReconcile();
    // An entry was added, changed or removed: read it again at the next reconcile (soon).
    void entryChanged(qint64 reflectionId);
    // Something changed whose entry is unknown: read them all again (soon).
    void everythingChanged();
    // Every entry is gone (Erase everything): the notifications still on screen are withdrawn,
    // and the plan, read again, cancels what the OS holds.
    void everythingErased();
    // Compares the time zone and the wall clock with the last look; reconciles on a change.
    // Runs every minute by itself.
    void checkClock();
    // A registered moment arrived (from the scheduler).
    void onFired(const QString& key);
    // The person pressed an action on a notification.
    void onAction(const QString& key, const QString& actionId);

signals:
    void planChanged();
    // Open on a single nudge: the entry and the stage page it needs.
    void openRequested(qint64 reflectionId, int stage);
    // Open on a coalesced nudge or the weekly review: the Due list.
    void dueListRequested();
    void notificationsAllowedChanged();
    // A vault read or write failed (the message is for people; nothing was lost).
    void failed(const QString& message);

private:
    platform::Notification notificationFor(const PlannedNudge& nudge) const;
    void register_(const QVector<PlannedNudge>& nudges);
    // Brings the entries read from the vault up to date; false (and emits failed) on an error.
    bool refreshEntries();
    void storeEntry(ReflectionId id, const std::optional<NudgeEntry>& entry);
    void askPermissionOnce();
    void setPermission(platform::Permissions::Status status);

    const Clock& m_clock;
    platform::NudgeScheduler& m_scheduler;
    platform::Notifier& m_notifier;
    platform::Permissions& m_permissions;
    NudgeStore* m_store = nullptr;
    ReflectionStore* m_reflections = nullptr;
    NudgePreferences m_preferences;
    NudgePlan m_plan;
    // Not Closed, sorted by id: one compact array, handed to the planner as it is (at 100,000
    // entries a map and a copy of its values cost tens of megabytes).
    QVector<NudgeEntry> m_entries;
    QSet<ReflectionId> m_changed; // to read again
    bool m_readAll = true;
    QHash<QString, PlannedNudge> m_planned; // registered, by key
    QSet<QString> m_shown;                  // shown since the start, by key
    platform::Permissions::Status m_permission = platform::Permissions::Status::Undetermined;
    bool m_asking = false;
    QTimer m_pause;
    QTimer m_clockCheck;
    QByteArray m_zoneId;
    int m_zoneOffset = 0;
    QDateTime m_wallAtCheck;
    QElapsedTimer m_sinceCheck;
};

} // namespace debrief
