#include "AppServices.h"

#include "vault/BackgroundMaintenance.h"
#include "vault/ReflectionStore.h"

namespace debrief {

AppServices::AppServices(VaultFiles files, platform::SecretStore& secrets)
    : m_opener(std::move(files))
    , m_vault(m_opener, secrets)
{
    QObject::connect(&m_vault, &VaultController::unlocked, &m_vault, [this] {
        m_store = std::make_unique<ReflectionStore>(*m_vault.database());
        m_entries.setStore(m_store.get());
        m_history.setStore(m_store.get());
        // Index merges and checkpoints on a worker with its own connection. Without it the
        // vault still works: FTS5's automerge and SQLite's auto-checkpoint remain.
        VaultError error;
        auto connection = m_vault.openConnection(&error);
        if (!connection)
            return;
        m_maintenance = std::make_unique<BackgroundMaintenance>(std::move(connection));
        for (auto signal :
             {&EntryController::added, &EntryController::changed, &EntryController::removed})
            QObject::connect(&m_entries, signal, m_maintenance.get(),
                             &BackgroundMaintenance::scheduleAfterWrite);
    });
    QObject::connect(&m_entries, &EntryController::added, &m_history, &HistoryModel::onAdded);
    QObject::connect(&m_entries, &EntryController::changed, &m_history, &HistoryModel::onChanged);
    QObject::connect(&m_entries, &EntryController::removed, &m_history, &HistoryModel::onRemoved);
}

AppServices::~AppServices()
{
    // Nothing may point at the store once it is gone.
    m_entries.setStore(nullptr);
    m_history.setStore(nullptr);
}

QVariantMap AppServices::qmlProperties()
{
    return {{QStringLiteral("vault"), QVariant::fromValue(&m_vault)},
            {QStringLiteral("history"), QVariant::fromValue(&m_history)},
            {QStringLiteral("entries"), QVariant::fromValue(&m_entries)}};
}

} // namespace debrief
