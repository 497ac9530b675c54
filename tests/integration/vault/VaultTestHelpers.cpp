#include "VaultTestHelpers.h"

#include "vault/Migrations.h"
#include "vault/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>

namespace debrief::test {

const QString TestPassphrase = QStringLiteral("tired, but the talk went fine in the end");

Snapshot snapshot(const QString& dir)
{
    Snapshot files;
    const QDir root(dir);
    for (const QString& path : filesUnder(dir))
        files.insert(root.relativeFilePath(path), readFile(path));
    return files;
}

std::string differences(const Snapshot& before, const Snapshot& after)
{
    std::string out;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            out += "removed: " + it.key().toStdString() + "\n";
        else if (after.value(it.key()) != it.value())
            out += "changed: " + it.key().toStdString() + "\n";
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            out += "added: " + it.key().toStdString() + "\n";
    }
    return out;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

void flipBytes(const QString& path, qint64 offset, int count)
{
    QByteArray bytes = readFile(path);
    REQUIRE(offset + count <= bytes.size());
    for (int i = 0; i < count; ++i)
        bytes[int(offset) + i] = char(bytes.at(int(offset) + i) ^ 0xFF);
    writeFile(path, bytes);
}

void copyFiles(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QFileInfo& info : QDir(from).entryInfoList(QDir::Files | QDir::Hidden)) {
        REQUIRE(QFile::copy(info.filePath(), QDir(to).filePath(info.fileName())));
        QFile::setPermissions(QDir(to).filePath(info.fileName()), info.permissions());
    }
}

LocalMoment momentAt(qint64 utcMs, const QByteArray& zone)
{
    return {QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC), zone};
}

std::unique_ptr<Database> openMigrated(const QString& path, const VaultKey& key)
{
    VaultError error;
    auto db = Database::open(path, key, &error);
    INFO(Catch::StringMaker<VaultError>::convert(error));
    REQUIRE(db);
    REQUIRE_FALSE(error);
    error = migrations::migrate(*db);
    INFO(Catch::StringMaker<VaultError>::convert(error));
    REQUIRE_FALSE(error);
    return db;
}

QString queryText(Database& db, const char* sql)
{
    Statement q(db, sql);
    INFO(sql);
    REQUIRE(q.next());
    return q.text(0);
}

qint64 queryInt(Database& db, const char* sql)
{
    Statement q(db, sql);
    INFO(sql);
    REQUIRE(q.next());
    return q.int64(0);
}

VaultError ftsIntegrityCheck(Database& db)
{
    // reflections_fts (text and loop, over the view reflections_search) and lessons_fts.
    for (const char* sql :
         {"INSERT INTO reflections_fts (reflections_fts) VALUES ('integrity-check');",
          "INSERT INTO reflections_fts (reflections_fts, rank) VALUES ('integrity-check', 1);",
          "INSERT INTO lessons_fts (lessons_fts) VALUES ('integrity-check');",
          "INSERT INTO lessons_fts (lessons_fts, rank) VALUES ('integrity-check', 1);"}) {
        if (VaultError e = db.exec(sql))
            return e;
    }
    return {};
}

CreatedVault createVault(const QString& name)
{
    CreatedVault created;
    created.dir = freshDir(name);
    const VaultKey key = VaultKey::generate();
    VaultOpener opener{VaultFiles(created.dir)};
    VaultError error;
    created.vault =
        opener.create(key.copy(), KeyEnvelope::SecretKind::Passphrase, TestPassphrase, &error);
    INFO(Catch::StringMaker<VaultError>::convert(error));
    REQUIRE(created.vault);
    REQUIRE_FALSE(error);
    created.key = key.copy();
    return created;
}

} // namespace debrief::test
