#pragma once

// Shared by the deletion and erase tests (SECURITY.md PR-2): content carrying a marker in every
// part a person writes or records, and a scan of every page of the decrypted database for it.

#include "core/Reflection.h"
#include "vault/Database.h"

#include <QByteArray>
#include <QVector>

namespace debrief::test {

// One entry with the marker in its text (edited twice, so older index segments hold it too),
// stage answers, a skip reason, a lesson, a possible change, an experiment, a tag, its main
// voice note's audio chunks and a spoken answer's audio. n keeps entries apart in time.
ReflectionId plantMarkedEntry(Database& db, const QByteArray& marker, int n);
// An entry without the marker, so the pages around a deleted one hold other content.
ReflectionId plantPlainEntry(Database& db, int n);

// The numbers of the pages (1-based, free pages included) whose decrypted bytes hold needle,
// read through the keyed connection.
QVector<qint64> pagesHolding(Database& db, const QByteArray& needle);

// PRAGMA wal_checkpoint(TRUNCATE): the WAL's frames are copied into the file and the WAL
// emptied; fails the test when readers kept it from finishing.
void checkpointTruncate(Database& db);

} // namespace debrief::test
