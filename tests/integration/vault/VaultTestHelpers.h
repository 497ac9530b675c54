#pragma once

// Shared helpers of the vault integration tests: real SQLCipher files in fresh folders.

#include "TestEnvironment.h"
#include "TestStrings.h"
#include "vault/Database.h"
#include "vault/ReflectionStore.h"
#include "vault/VaultOpener.h"

#include <QMap>
#include <memory>
#include <string>

namespace debrief::test {

extern const QString TestPassphrase;

// Every file under a folder (relative path -> bytes), to prove that nothing on disk changed.
using Snapshot = QMap<QString, QByteArray>;
Snapshot snapshot(const QString& dir);
// What differs between two snapshots, readable in a failure message; empty when equal.
std::string differences(const Snapshot& before, const Snapshot& after);

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);
// XORs count bytes from offset with 0xFF.
void flipBytes(const QString& path, qint64 offset, int count = 1);
// Copies every file of one folder into another (flat).
void copyFiles(const QString& from, const QString& to);

LocalMoment momentAt(qint64 utcMs, const QByteArray& zone = QByteArrayLiteral("Europe/Berlin"));

// An encrypted database at path brought to the current schema (no envelope, no Argon2id).
std::unique_ptr<Database> openMigrated(const QString& path, const VaultKey& key);

// The first column of the first row of a query, e.g. "PRAGMA journal_mode;".
QString queryText(Database& db, const char* sql);
qint64 queryInt(Database& db, const char* sql);

// FTS5's own consistency checks of both full-text indexes; with the content check each index
// must match its content (the reflections_search view, the lessons table).
VaultError ftsIntegrityCheck(Database& db);

// A complete vault made through VaultOpener::create with TestPassphrase (one Argon2id run).
struct CreatedVault
{
    QString dir;
    VaultKey key;
    OpenVault vault;
};
CreatedVault createVault(const QString& name);

} // namespace debrief::test
