#include "vault/Migrations.h"

#include "vault/Database.h"
#include "vault/Statement.h"

namespace debrief::migrations {

const std::vector<Migration>& all()
{
    static const std::vector<Migration> steps = {
        {1, "reflections with full-text index", &toV1_reflections},
    };
    return steps;
}

int latestVersion()
{
    return all().back().toVersion;
}

int currentVersion(Database& db, VaultError* error)
{
    Statement q(db, "PRAGMA user_version;");
    const int version = q.next() ? int(q.int64(0)) : -1;
    if (error)
        *error = q.error();
    return version;
}

VaultError migrate(Database& db, int target)
{
    VaultError error;
    const int current = currentVersion(db, &error);
    if (error)
        return error;
    if (current > latestVersion())
        return {VaultError::Kind::NewerVersion,
                QStringLiteral("schema %1 > %2").arg(current).arg(latestVersion())};
    for (const Migration& step : all()) {
        if (step.toVersion <= current || step.toVersion > target)
            continue;
        if (VaultError e = db.begin())
            return e;
        VaultError e = step.apply(db);
        if (!e)
            e = db.exec(QStringLiteral("PRAGMA user_version = %1;")
                            .arg(step.toVersion)
                            .toUtf8()
                            .constData());
        if (!e)
            e = db.commit();
        if (e) {
            db.rollback();
            return e;
        }
    }
    return {};
}

VaultError toV1_reflections(Database& db)
{
    // Times are UTC milliseconds plus the IANA zone the person was in, so "9:40 in Berlin"
    // still reads that way after travel. The FTS index uses external content (no second copy
    // of the text) and is kept in sync by ReflectionStore inside the same transaction; its
    // 3-character prefix index keeps search-as-you-type fast at 100k entries.
    return db.exec(R"sql(
        CREATE TABLE reflections (
            id          INTEGER PRIMARY KEY,
            text        TEXT NOT NULL,
            created_utc INTEGER NOT NULL,
            created_tz  TEXT NOT NULL,
            updated_utc INTEGER NOT NULL,
            updated_tz  TEXT NOT NULL
        );
        CREATE INDEX reflections_by_created ON reflections (created_utc DESC, id DESC);
        CREATE VIRTUAL TABLE reflections_fts USING fts5 (
            text,
            content = 'reflections',
            content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '3'
        );
        -- Merge index segments when two share a level: VaultMaintenance does it while the app
        -- is idle, so saves rarely pay for FTS5's own automerge (which stays as the backstop).
        INSERT INTO reflections_fts (reflections_fts, rank) VALUES ('usermerge', 2);
    )sql");
}

} // namespace debrief::migrations
