#pragma once

// The columns of a history row, shared by ReflectionStore (page, summary) and HistoryQuery, so a
// row reads the same wherever it is shown. Internal to the vault library.

#include "core/Recording.h"
#include "core/Reflection.h"
#include "vault/Statement.h"

// SUMMARY_COLUMNS (7 columns, r = reflections, rec = its main recording) read from SUMMARY_FROM.
// A reflection whose main voice note is still being recorded (state 0) is not history yet:
// SUMMARY_VISIBLE leaves it out until the recording stops, or it is marked "recovered" after a
// crash (AudioStore marks those at start).
#define SUMMARY_COLUMNS                                                                            \
    "r.id, substr(r.text, 1, 400), r.created_utc, r.created_tz, "                                  \
    "coalesce(rec.duration_ms, -1), coalesce(rec.state, 0), r.stage "
#define SUMMARY_FROM                                                                               \
    "FROM reflections r LEFT JOIN recordings rec "                                                 \
    "ON rec.reflection_id = r.id AND rec.prompt_id = '' "
#define SUMMARY_VISIBLE "WHERE coalesce(rec.state, 1) <> 0 "
#define SUMMARY_SELECT "SELECT " SUMMARY_COLUMNS SUMMARY_FROM SUMMARY_VISIBLE

namespace debrief {

// The summary in the first seven columns of q (SUMMARY_COLUMNS).
inline ReflectionSummary summaryFrom(const Statement& q)
{
    constexpr qint64 RecoveredState = qint64(RecordingState::Recovered); // see AudioStore
    ReflectionSummary row{q.int64(0),
                          firstLineOf(q.text(1)),
                          {QDateTime::fromMSecsSinceEpoch(q.int64(2), Qt::UTC), q.bytes(3)}};
    row.voiceDurationMs = q.int64(4);
    row.voiceRecovered = q.int64(5) == RecoveredState;
    row.stage = stageFromStorage(q.int64(6)).value_or(Stage::Detect);
    return row;
}

} // namespace debrief
