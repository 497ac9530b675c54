#include "vault/Database.h"

#include "vault/FtsTokenizer.h"

#include <QFile>
#include <sqlite3.h>
#include <system_error>

namespace debrief {

std::unique_ptr<Database> Database::open(const QString& path, const VaultKey& key,
                                         VaultError* error)
{
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = errorFromCode(
                rc, QStringLiteral("open: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
        sqlite3_close_v2(raw);
        return nullptr;
    }
    // SQLite opens a file it may not write read-only, without a word: the vault would then
    // unlock and fail every save. Say so now, as for a folder that cannot be written.
    if (sqlite3_db_readonly(raw, "main") == 1) {
        if (error)
            *error = {VaultError::Kind::ReadOnly, QStringLiteral("open: the file is read-only")};
        sqlite3_close_v2(raw);
        return nullptr;
    }
    // Owner-only, like the key envelope: the file is encrypted, but nobody else needs to read it.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::unique_ptr<Database> db(new Database(raw));
    if (key.isValid()) {
        QByteArray literal = key.toSqlCipherRawKeyLiteral();
        const int krc = sqlite3_key(raw, literal.constData(), literal.size());
        wipe(literal);
        if (krc != SQLITE_OK) {
            if (error)
                *error = errorFromCode(krc, QStringLiteral("sqlite3_key"));
            return nullptr;
        }
    }
    if (VaultError e = db->configure(key.isValid())) {
        if (error)
            *error = e;
        return nullptr;
    }
    if (error)
        *error = {};
    return db;
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

VaultError Database::configure(bool encrypted)
{
    if (encrypted) {
        // Silence SQLCipher's own stderr logging: it must never print anything about keys.
        if (VaultError e = exec("PRAGMA cipher_log_level = NONE;"))
            return e;
    }
    // The first read verifies the key: a wrong key or a damaged header fails here (SQLITE_NOTADB).
    if (VaultError e = exec("SELECT count(*) FROM sqlite_master;"))
        return e;
    // The full-text tables use the vault's own tokenizer (CJK text): every connection needs it
    // before it reads or writes them.
    if (const int rc = registerFtsTokenizer(m_db); rc != SQLITE_OK)
        return errorFromCode(rc, QStringLiteral("fts5 tokenizer"));
    // Debian builds SQLCipher with TEMP_STORE=1: without this, sorts and temp tables would be
    // written to unencrypted temp files.
    // WAL: readers never block the writer, and a crash loses at most the last transaction.
    // synchronous=NORMAL: with WAL, a commit survives an app crash or kill -9 as soon as it
    // returns (SECURITY.md RE-2) and the file can never be corrupted; only a power cut or OS
    // crash can undo commits not yet checkpointed. FULL would add an fsync to every save
    // (~4 ms on a VM disk, more on phones' flash); VaultMaintenance checkpoints (with fsync)
    // a moment after each change instead, so that window is about a second.
    // secure_delete: deleted reflections are overwritten, not left in free pages.
    return exec("PRAGMA temp_store = MEMORY;"
                "PRAGMA foreign_keys = ON;"
                "PRAGMA journal_mode = WAL;"
                "PRAGMA synchronous = NORMAL;"
                "PRAGMA secure_delete = ON;"
                "PRAGMA busy_timeout = 5000;"
                "PRAGMA trusted_schema = OFF;");
}

VaultError Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return errorOnConnection(m_db, rc, detail);
}

VaultError Database::lastError(const char* context) const
{
    return errorOnConnection(m_db, sqlite3_extended_errcode(m_db),
                             QStringLiteral("%1: %2").arg(QString::fromUtf8(context),
                                                          QString::fromUtf8(sqlite3_errmsg(m_db))));
}

VaultError Database::begin()
{
    return exec("BEGIN IMMEDIATE;");
}

VaultError Database::commit()
{
    return exec("COMMIT;");
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void Database::rollback()
{
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK;", nullptr, nullptr, nullptr);
}

VaultError Database::rekey(const VaultKey& newKey)
{
    QByteArray literal = newKey.toSqlCipherRawKeyLiteral();
    const int rc = sqlite3_rekey(m_db, literal.constData(), literal.size());
    wipe(literal);
    if (rc != SQLITE_OK)
        return errorFromCode(rc, QStringLiteral("rekey"));
    return {};
}

VaultError Database::setCacheSize(int kibibytes)
{
    return exec(
        QStringLiteral("PRAGMA cache_size = %1;").arg(-qint64(kibibytes)).toUtf8().constData());
}

int Database::cacheSizeKiB() const
{
    const auto pragma = [this](const char* sql, qint64 fallback) {
        sqlite3_stmt* stmt = nullptr;
        qint64 value = fallback;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return value;
    };
    const qint64 size = pragma("PRAGMA cache_size;", -2000);
    // Negative: KiB; positive: pages.
    return int(size < 0 ? -size : size * pragma("PRAGMA page_size;", 4096) / 1024);
}

VaultError Database::errorFromCode(int code, const QString& detail)
{
    using K = VaultError::Kind;
    switch (code & 0xff) {
    case SQLITE_OK:
    case SQLITE_DONE:
    case SQLITE_ROW:
        return {};
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return {K::Damaged, detail};
    case SQLITE_FULL:
        return {K::DiskFull, detail};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {K::ReadOnly, detail};
    default:
        return {K::Io, detail};
    }
}

VaultError Database::errorOnConnection(sqlite3* db, int code, const QString& detail)
{
    VaultError error = errorFromCode(code, detail);
    // SQLite says SQLITE_FULL only for ENOSPC; a write refused because the file would grow past
    // the largest size allowed (EFBIG: a process or file system limit) comes back as a plain I/O
    // error, which would tell the person to simply try again. Freeing space is what helps.
    if (db && (code & 0xff) == SQLITE_IOERR) {
        const int os = sqlite3_system_errno(db);
        if (os == int(std::errc::no_space_on_device) || os == int(std::errc::file_too_large))
            error.kind = VaultError::Kind::DiskFull;
    }
    return error;
}

} // namespace debrief
