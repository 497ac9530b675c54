#pragma once

#include "vault/VaultMaintenance.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace debrief {

class Database;

// Runs VaultMaintenance on a worker thread over its own connection, so index merges, purges
// and WAL checkpoints never stall typing or scrolling. A save that meets a running step waits
// at most that one step (SQLite's busy timeout). A purge left unfinished last time resumes
// once the vault has been quiet for the idle delay.
class BackgroundMaintenance : public QObject
{
    Q_OBJECT

public:
    // Takes a connection of its own to the vault (see VaultController::openConnection()).
    explicit BackgroundMaintenance(std::unique_ptr<Database> connection, QObject* parent = nullptr);
    ~BackgroundMaintenance() override; // stops the worker; pending work resumes next time

public slots:
    // Thread-safe: call after every write.
    void scheduleAfterWrite();

private:
    std::unique_ptr<Database> m_db;
    QThread m_thread;
    VaultMaintenance* m_maintenance; // lives in m_thread
};

} // namespace debrief
