#pragma once

#include "core/Nudge.h"
#include "vault/VaultError.h"

#include <QVector>
#include <optional>

namespace debrief {

class Database;

// What the nudge planner needs from the vault, and the person's nudge choices per entry (mute,
// snooze, "Not now") with the log of nudges shown. The log holds kinds, times and counts only,
// never which entry or what it says.
class NudgeStore
{
public:
    explicit NudgeStore(Database& db);

    // Every reflection not Closed, with its loop state and nudge choices, by id (one query). A
    // voice reflection counts once its recording stops (as in history).
    QVector<NudgeEntry> plannerEntries(VaultError* error) const;
    // The same for one reflection, to refresh it alone after it changed; nullopt with error
    // None when it is Closed or does not exist.
    std::optional<NudgeEntry> plannerEntry(ReflectionId id, VaultError* error) const;
    // Nudges shown since sinceUtc (invalid: all), oldest first, and the last weekly review.
    NudgeHistory history(const QDateTime& sinceUtc, VaultError* error) const;

    // NotFound when the reflection does not exist.
    bool muted(ReflectionId id, VaultError* error) const;
    VaultError setMuted(ReflectionId id, bool muted);
    // For the entries that still exist (a notification may outlive its entry); an invalid time
    // clears the snooze or the "Not now".
    VaultError snooze(const QVector<ReflectionId>& ids, const QDateTime& untilUtc);
    VaultError dismiss(const QVector<ReflectionId>& ids, const QDateTime& atUtc);
    // A nudge was shown: logs it (kind, time, ids.size()) and sets lastNudgedAt on those of its
    // entries that still exist, in one transaction.
    VaultError recordShown(NudgeKind kind, const QVector<ReflectionId>& ids,
                           const QDateTime& atUtc);

    // One entry's stored choices. Its row goes with its reflection (ON DELETE CASCADE), so
    // Undo of a delete keeps them in memory with the rest of the entry and puts them back.
    struct Choices
    {
        bool muted = false;
        QDateTime dismissedAt;
        QDateTime snoozedUntil;
        QDateTime lastNudgedAt;
    };
    // nullopt with error None when nothing was ever chosen or shown for the entry.
    std::optional<Choices> choices(ReflectionId id, VaultError* error) const;
    // Puts saved choices back (the reflection must exist again), replacing any row.
    VaultError restoreChoices(ReflectionId id, const Choices& choices);

private:
    static constexpr int ScanCacheKiB = 512; // the page cache while every entry is read
    Database& m_db;
};

} // namespace debrief
