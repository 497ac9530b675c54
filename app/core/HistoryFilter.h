#pragma once

#include "core/FailureType.h"
#include "core/Stage.h"

#include <QDate>
#include <QStringList>
#include <QVector>
#include <optional>

namespace debrief {

// How the history list is ordered.
enum class HistorySort
{
    Newest = 0,
    Oldest = 1,
    // Still in the loop first, the longest waiting for its next step first: since its last move
    // (or its capture), or, while its current experiment is open with a check day, since that
    // day (an experiment past its check day counts from that day; one still ahead waits least);
    // closed entries last, newest first.
    NeedsAttention = 2,
    // Best matches first (bm25 over text, loop and tags, among the newest matches: see
    // HistoryQuery); only with search words, else Newest.
    Relevance = 3,
};

// What the history list shows: search words and filters, all combined (AND). Empty parts do
// not filter.
struct HistoryFilter
{
    QString words;                     // as typed: prefix matching, accents ignored, CJK found
    QVector<Stage> stages;             // any of these
    QVector<FailureType> failureTypes; // any of these
    QDate from;                        // local calendar day of capture, inclusive
    QDate to;                          // inclusive
    std::optional<bool> hasVoice;      // a main voice note or not
    QStringList tags;                  // every one of these (case-insensitive)
    HistorySort sort = HistorySort::Newest;

    bool searching() const { return !words.trimmed().isEmpty(); }
    bool isEmpty() const
    {
        return !searching() && stages.isEmpty() && failureTypes.isEmpty() && !from.isValid() &&
               !to.isValid() && !hasVoice && tags.isEmpty();
    }
};

} // namespace debrief
