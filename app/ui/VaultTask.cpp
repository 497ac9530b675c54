#include "VaultTask.h"

#include "vault/Database.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace debrief {

VaultTask::VaultTask(ConnectionSource connections, QObject* parent)
    : QObject(parent)
    , m_connections(std::move(connections))
{
    connect(&m_watcher, &QFutureWatcher<ShareError>::finished, this,
            [this] { finish(m_watcher.result()); });
}

VaultTask::~VaultTask()
{
    if (m_shareProgress)
        m_shareProgress->cancel();
    m_watcher.disconnect();
    m_watcher.waitForFinished();
}

bool VaultTask::start(Job job, Done done)
{
    if (m_running)
        return false;
    VaultError vaultError;
    std::unique_ptr<Database> connection = m_connections ? m_connections(&vaultError) : nullptr;
    if (!connection) {
        if (!vaultError)
            vaultError = VaultError{VaultError::Kind::Io, QStringLiteral("the vault is not open")};
        done(ShareError::fromVault(vaultError));
        return true;
    }
    m_done = std::move(done);
    QPointer<VaultTask> self(this);
    // Progress comes from the worker: forwarded to the UI thread with a queued call.
    m_shareProgress = std::make_shared<ShareProgress>([self](qint64 doneBytes, qint64 total) {
        const double fraction = total > 0 ? double(doneBytes) / double(total) : 0.0;
        QMetaObject::invokeMethod(
            self,
            [self, fraction] {
                if (self)
                    self->setProgress(fraction);
            },
            Qt::QueuedConnection);
    });
    m_running = true;
    m_cancelling = false;
    setProgress(0);
    emit runningChanged();
    emit cancellingChanged();
    m_watcher.setFuture(QtConcurrent::run([job = std::move(job),
                                           db = std::shared_ptr<Database>(std::move(connection)),
                                           progress = m_shareProgress]() {
        ShareError error;
        if (!job(*db, progress.get(), &error) && !error)
            error = ShareError(ShareError::Kind::FileIo, QStringLiteral("failed without a reason"));
        return error;
    }));
    return true;
}

void VaultTask::cancel()
{
    if (!m_running || !m_shareProgress)
        return;
    m_shareProgress->cancel();
    m_cancelling = true;
    emit cancellingChanged();
}

void VaultTask::setProgress(double progress)
{
    if (!m_running || qFuzzyCompare(progress + 1, m_progress + 1))
        return;
    m_progress = progress;
    emit progressChanged();
}

void VaultTask::finish(const ShareError& error)
{
    if (!error)
        setProgress(1);
    m_running = false;
    m_cancelling = false;
    m_shareProgress.reset();
    Done done = std::move(m_done);
    m_done = nullptr;
    emit runningChanged();
    emit cancellingChanged();
    if (done)
        done(error);
}

} // namespace debrief
