#include "vault/VaultMaintenance.h"

#include "vault/Database.h"
#include "vault/IndexPurge.h"
#include "vault/Statement.h"

#include <sqlite3.h>

namespace debrief {

VaultMaintenance::VaultMaintenance(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(1000);
    connect(&m_idle, &QTimer::timeout, this, &VaultMaintenance::continueLater);
}

void VaultMaintenance::scheduleAfterWrite()
{
    m_phase = Phase::Purge;
    m_idle.start();
}

void VaultMaintenance::resumePending()
{
    VaultError error;
    if (IndexPurge(m_db).anyPending(&error))
        scheduleAfterWrite();
}

void VaultMaintenance::continueLater()
{
    // One step per event-loop turn: input and painting go first between steps.
    if (runStep())
        QTimer::singleShot(0, this, [this] {
            if (!m_idle.isActive())
                continueLater();
        });
}

bool VaultMaintenance::runStep()
{
    switch (m_phase) {
    case Phase::Purge: {
        // While edits have left words behind: merge each index into one segment, a bounded
        // step at a time (IndexPurge), then go on as after any write.
        IndexPurge purge(m_db);
        VaultError error;
        bool done = true;
        if (purge.anyPending(&error))
            error = purge.step(m_stepPages, &done);
        if (error || done)
            m_phase = Phase::Merge;
        return true;
    }
    case Phase::Merge: {
        // Merges segments when at least 'usermerge' (2) share a level, writing at most about
        // m_stepPages pages. FTS5 counts the command itself as one change: a delta below 2
        // means no merge work was done, so the index is tidy.
        const int before = sqlite3_total_changes(m_db.handle());
        Statement merge(m_db, "INSERT INTO reflections_fts (reflections_fts, rank) "
                              "VALUES ('merge', ?1);");
        const bool failed = bool(merge.bind(1, qint64(m_stepPages)).run());
        if (failed || sqlite3_total_changes(m_db.handle()) - before < 2)
            m_phase = Phase::Checkpoint;
        return true;
    }
    case Phase::Checkpoint:
        // PASSIVE never waits for readers; what it cannot copy now, the next one does.
        sqlite3_wal_checkpoint_v2(m_db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                  nullptr);
        m_phase = Phase::Done;
        return false;
    case Phase::Done:
        return false;
    }
    return false;
}

void VaultMaintenance::runAll()
{
    if (m_phase == Phase::Done)
        m_phase = Phase::Purge;
    while (runStep()) {
    }
}

} // namespace debrief
