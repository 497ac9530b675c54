#pragma once

#include <QObject>
#include <QTimer>

namespace debrief {

class Database;

// Keeps the vault fast and durable between saves: while the app is idle it merges full-text
// index segments in small steps, drops the words edits left behind in them (IndexPurge), and
// checkpoints the WAL (with fsync), so no save has to pay for any of it.
class VaultMaintenance : public QObject
{
    Q_OBJECT

public:
    explicit VaultMaintenance(Database& db, QObject* parent = nullptr);

    // How long the vault must be quiet before work starts (default 1 s).
    void setIdleDelay(int ms) { m_idle.setInterval(ms); }
    // Pages one merge or purge step may write (default 16: a few milliseconds even at 100k
    // entries; the vault is locked for writes meanwhile).
    void setStepPages(int pages) { m_stepPages = pages; }

    // One bounded step of the pending work; true while more remains. Public so callers that
    // are idle anyway (a benchmark between saves, a command-line run) can drive it directly.
    bool runStep();
    // Runs steps until nothing is left.
    void runAll();

public slots:
    // Call after every write: (re)starts the idle countdown.
    void scheduleAfterWrite();
    // Call when the vault opens: starts the countdown if a purge was left unfinished (the app
    // closed first), without waiting for the next write.
    void resumePending();

private:
    enum class Phase
    {
        Purge,
        Merge,
        Checkpoint,
        Done
    };
    void continueLater();
    Database& m_db;
    QTimer m_idle{this}; // a child, so it moves with this object to a worker thread
    Phase m_phase = Phase::Done;
    int m_stepPages = 16;
};

} // namespace debrief
