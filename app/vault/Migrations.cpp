#include "vault/Migrations.h"

#include "vault/Database.h"
#include "vault/Statement.h"

namespace debrief::migrations {

const std::vector<Migration>& all()
{
    static const std::vector<Migration> steps = {
        {1, "reflections with full-text index", &toV1_reflections},
        {2, "voice recordings in chunks", &toV2_recordings},
        {3, "the four-stage loop, searchable", &toV3_loop},
        {4, "nudges: mute, snooze, not now, and the log of nudges shown", &toV4_nudges},
        {5, "history: tags, examples, an index for the list, CJK search", &toV5_history},
        {6, "sharing: entry uuids, key pair, coaches, shared with me, comments", &toV6_sharing},
        {7, "deletes take words out of the search indexes at once", &toV7_secureIndexDeletes},
        {8, "edits leave old words for a background merge; deletes purge them", &toV8_indexPurge},
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

} // namespace debrief::migrations
