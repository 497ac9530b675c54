#pragma once

#include "vault/VaultError.h"
#include "vault/VaultKey.h"

#include <QString>
#include <memory>

struct sqlite3;

namespace debrief {

// One SQLCipher connection (RAII). Every connection is configured the same safe way.
class Database
{
public:
    // Opens (creating if absent) the file with a raw 32-byte key. With an invalid key the
    // database is opened unencrypted: only for baselines in benchmarks and for reading
    // plain imports, never for the vault.
    static std::unique_ptr<Database> open(const QString& path, const VaultKey& key,
                                          VaultError* error);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }

    // Runs SQL without results; on failure returns the mapped error.
    VaultError exec(const char* sql);
    VaultError lastError(const char* context) const;

    // Transactions: IMMEDIATE so a writer fails fast instead of deadlocking another writer.
    VaultError begin();
    VaultError commit();
    void rollback();
    // True between begin() and commit()/rollback() (SQLite is not in autocommit mode).
    bool inTransaction() const;

    // PRAGMA rekey to a new raw key (the caller re-wraps the envelope afterwards).
    VaultError rekey(const VaultKey& newKey);

    // How many KiB of decrypted pages the connection may keep (SQLite's default is 2000): more
    // for the connection history and search read from, so typing a query and scrolling re-read
    // pages from memory instead of decrypting them again. The memory is freed on close.
    VaultError setCacheSize(int kibibytes);
    // The page cache's size in KiB as set (SQLite's default: 2000).
    int cacheSizeKiB() const;
    static constexpr int ReadingCacheKiB = 8192;

    // Maps a SQLite result code to what a person is told.
    static VaultError errorFromCode(int code, const QString& detail);
    // The same for a failure on the connection db, which also knows the OS error behind an I/O
    // error: no room to write is DiskFull however the OS put it.
    static VaultError errorOnConnection(sqlite3* db, int code, const QString& detail);

private:
    explicit Database(sqlite3* db)
        : m_db(db)
    {
    }
    VaultError configure(bool encrypted);
    sqlite3* m_db = nullptr;
};

} // namespace debrief
