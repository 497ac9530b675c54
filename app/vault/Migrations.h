#pragma once

#include "vault/VaultError.h"

#include <vector>

namespace debrief {

class Database;

// One schema step: brings a vault from version toVersion-1 to toVersion.
struct Migration
{
    int toVersion;
    const char* name;
    VaultError (*apply)(Database& db);
};

// The schema's history, one function per step (each tested from a fixture of the step before).
namespace migrations {

const std::vector<Migration>& all();
int latestVersion();
int currentVersion(Database& db, VaultError* error);

// Applies every missing step up to target, each in its own transaction with user_version.
// Refuses (NewerVersion) a vault from a newer Debrief.
VaultError migrate(Database& db, int target = latestVersion());

// The steps themselves, public so tests can build fixtures of any version.
// Each lives in migrations/V<N><Name>.cpp.
VaultError toV1_reflections(Database& db);
VaultError toV2_recordings(Database& db);
VaultError toV3_loop(Database& db);
VaultError toV4_nudges(Database& db);
VaultError toV5_history(Database& db);
VaultError toV6_sharing(Database& db);
VaultError toV7_secureIndexDeletes(Database& db);
VaultError toV8_indexPurge(Database& db);

} // namespace migrations
} // namespace debrief
