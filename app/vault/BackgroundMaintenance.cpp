#include "vault/BackgroundMaintenance.h"

#include "vault/Database.h"

namespace debrief {

BackgroundMaintenance::BackgroundMaintenance(std::unique_ptr<Database> connection, QObject* parent)
    : QObject(parent)
    , m_db(std::move(connection))
    , m_maintenance(new VaultMaintenance(*m_db))
{
    m_thread.setObjectName(QStringLiteral("vault-maintenance"));
    m_maintenance->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_maintenance, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_maintenance, &VaultMaintenance::resumePending,
                              Qt::QueuedConnection);
}

BackgroundMaintenance::~BackgroundMaintenance()
{
    m_thread.quit();
    m_thread.wait(); // the maintenance object is deleted on the way out, then the connection
}

void BackgroundMaintenance::scheduleAfterWrite()
{
    QMetaObject::invokeMethod(m_maintenance, &VaultMaintenance::scheduleAfterWrite,
                              Qt::QueuedConnection);
}

} // namespace debrief
