#pragma once

#include "core/Stage.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace debrief {

using ReflectionId = qint64;

// A moment in time as the person lived it: the instant plus the time zone they were in.
struct LocalMoment
{
    QDateTime utc;
    QByteArray timeZoneId; // IANA id, e.g. "Europe/Berlin"

    static LocalMoment fromDateTime(const QDateTime& when);
    QDateTime local() const; // utc shown in the stored zone (falls back to UTC if unknown)
    bool operator==(const LocalMoment& o) const
    {
        return utc == o.utc && timeZoneId == o.timeZoneId;
    }
};

// One captured reflection: what someone wrote right after a setback.
struct Reflection
{
    ReflectionId id = 0;
    QString text;
    LocalMoment created;
    LocalMoment updated;
    // Kept with the reflection, so a deleted one comes back whole (Undo): its tags (as written,
    // sorted) and whether it is one of the "Try it with examples" reflections.
    QStringList tags = {};
    bool example = false;
    // Its stable id in every copy (shares, backups; vault/ReflectionUuids.h), kept so Undo and a
    // restored backup give it back the same one. Empty: a new one is made when it is stored.
    QString uuid = {};
};

// The few fields a list shows, so history never loads every full text.
struct ReflectionSummary
{
    ReflectionId id = 0;
    QString firstLine;
    LocalMoment created;
    qint64 voiceDurationMs = -1; // length of the main voice note; -1 when there is none
    bool voiceRecovered = false; // the voice note was cut off (crash, kill) and kept as it was
    Stage stage = Stage::Detect; // where it is in the loop
};

// The first non-empty line of a text, trimmed and shortened for a list row.
QString firstLineOf(const QString& text, int maxChars = 120);

} // namespace debrief
