#pragma once

#include "core/Reflection.h"
#include "vault/VaultError.h"

#include <QVector>
#include <optional>

namespace debrief {

class Database;

// Where a page of history continues: the last row shown (newest-first order).
struct HistoryCursor
{
    qint64 createdUtcMs = 0;
    ReflectionId id = 0;
};

// One search result: the entry and a snippet with the matching words marked.
struct SearchHit
{
    ReflectionId id = 0;
    QString snippet; // matches wrapped in U+E000 … U+E001 (private use), for the UI to style
    LocalMoment created;
};

// Reflections in the vault: CRUD, history pages and full-text search, each change and its
// FTS index entry in one transaction.
class ReflectionStore
{
public:
    explicit ReflectionStore(Database& db);

    ReflectionId add(const QString& text, const LocalMoment& when, VaultError* error);
    VaultError update(ReflectionId id, const QString& text, const LocalMoment& when);
    VaultError remove(ReflectionId id);
    // Puts a removed reflection back with its id, times, tags and example mark (undo).
    VaultError restore(const Reflection& reflection);
    // add() or restore() (reflection.id 0: a new id) inside a transaction the caller has begun
    // and commits, e.g. a voice note's reflection together with its recording (AudioStore).
    ReflectionId insertInTransaction(const Reflection& reflection, VaultError* error);

    // The connection, for callers that group several stores' writes in one transaction.
    Database& database() const { return m_db; }

    // With its tags and example mark.
    std::optional<Reflection> get(ReflectionId id, VaultError* error) const;
    // Newest first; after == nullopt starts at the newest.
    QVector<ReflectionSummary> page(const std::optional<HistoryCursor>& after, int limit,
                                    VaultError* error) const;
    // The same row page() would show for one reflection (nullopt if absent or still recording).
    std::optional<ReflectionSummary> summary(ReflectionId id, VaultError* error) const;
    static HistoryCursor cursorAfter(const ReflectionSummary& last);
    qint64 count(VaultError* error) const;

    // Ranked (bm25) full-text search over the RankWindow (or limit, if larger) most recent
    // matches; words match as prefixes (see ftsQueryFor), accents are ignored. It covers the
    // text and the loop (answers, lessons, changes, experiments); the snippet comes from
    // whichever matched best.
    QVector<SearchHit> search(const QString& userQuery, int limit, VaultError* error) const;
    static constexpr int RankWindow = 1000;

    static constexpr QChar MatchStart = QChar(0xE000);
    static constexpr QChar MatchEnd = QChar(0xE001);

private:
    VaultError insertRow(const Reflection& reflection, ReflectionId* newId);
    Database& m_db;
};

} // namespace debrief
