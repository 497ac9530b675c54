#pragma once

#include "share/ShareError.h"
#include "share/ShareProgress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace debrief {

class Database;
struct VaultError;

// Runs one long piece of vault work (a share, an import, a backup, a restore) on a worker
// thread with a connection of its own, so the window stays responsive; QML shows its progress
// and can cancel it. One job at a time; the result comes back on the UI thread.
class VaultTask : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each controller owns its own")
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0..1
    Q_PROPERTY(bool cancelling READ cancelling NOTIFY cancellingChanged)

public:
    // Opens another connection to the unlocked vault (VaultController::openConnection).
    using ConnectionSource = std::function<std::unique_ptr<Database>(VaultError*)>;
    // The work: runs on the worker with its own connection. Reports through progress, stops
    // when progress->isCancelled() (failing with ShareError::Cancelled).
    using Job = std::function<bool(Database& db, ShareProgress* progress, ShareError* error)>;
    // Called on the UI thread when the job ends (error is None on success).
    using Done = std::function<void(const ShareError& error)>;

    explicit VaultTask(ConnectionSource connections, QObject* parent = nullptr);
    ~VaultTask() override; // cancels a running job and waits for it

    bool running() const { return m_running; }
    double progress() const { return m_progress; }
    bool cancelling() const { return m_cancelling; }

    // Starts job; false (and done is not called) while another job runs.
    bool start(Job job, Done done);
    // Asks the running job to stop; it ends with ShareError::Cancelled, leaving nothing behind.
    Q_INVOKABLE void cancel();

signals:
    void runningChanged();
    void progressChanged();
    void cancellingChanged();

private:
    void setProgress(double progress);
    void finish(const ShareError& error);

    ConnectionSource m_connections;
    std::shared_ptr<ShareProgress> m_shareProgress;
    QFutureWatcher<ShareError> m_watcher;
    Done m_done;
    bool m_running = false;
    bool m_cancelling = false;
    double m_progress = 0;
};

} // namespace debrief
