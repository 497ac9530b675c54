#pragma once

// Shared by the integration tests of sharing, comments and backups: real SQLCipher vaults in
// fresh folders, entries with every part (each part's texts carrying its own marker) and real
// voice notes, and a digest of a vault's whole contents to compare two vaults by.

#include "core/Reflection.h"
#include "vault/Database.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <memory>

namespace debrief::test {

// A vault at the current schema with a random key (no envelope: no Argon2id per test).
struct TestVault
{
    QString dir;
    std::unique_ptr<Database> db;
};
TestVault makeVault(const QString& name);

// Markers in one entry's parts: a left-out part's marker must appear nowhere.
struct EntryMarkers
{
    QString text;
    QString answers;
    QString lessons;
    QString comment; // for the coach's comments
};
EntryMarkers markersFor(const QString& prefix, int n);

// One entry with text and tags, answers, a move with a reason, a lesson, changes and an
// experiment testing one, a main voice note (a tone, real Ogg Opus) and a spoken answer.
struct SampleEntry
{
    ReflectionId id = 0;
    QByteArray voice;  // the main voice note's audio
    QByteArray spoken; // the spoken answer's audio
};
SampleEntry addSampleEntry(Database& db, const EntryMarkers& markers, int n);

// Every table's rows (without row ids), per table: "<rows> rows, sha256 <hash>"; audio as the
// hash of its whole recording. Two vaults with equal digests hold the same contents.
QMap<QString, QString> vaultDigest(Database& db);

QByteArray readFile(const QString& path);
bool containsAnyEncoding(const QByteArray& haystack, const QString& needle);

} // namespace debrief::test
