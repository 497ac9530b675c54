#pragma once

#include "EntryController.h"
#include "HistoryModel.h"
#include "VaultController.h"
#include "vault/VaultOpener.h"

#include <QVariantMap>
#include <debrief/platform/SecretStore.h>
#include <memory>

namespace debrief {

class ReflectionStore;
class BackgroundMaintenance;

// The services behind the UI and their wiring, built the same way by the composition root and
// the UI tests: the vault controller, the history model and the entry controller, which share
// one ReflectionStore once the vault is unlocked and stay in step through signals; after each
// change the vault tidies itself while the app is idle.
class AppServices
{
public:
    // secrets must outlive this object.
    AppServices(VaultFiles files, platform::SecretStore& secrets);
    ~AppServices();
    AppServices(const AppServices&) = delete;
    AppServices& operator=(const AppServices&) = delete;

    VaultController& vault() { return m_vault; }
    HistoryModel& history() { return m_history; }
    EntryController& entries() { return m_entries; }
    // The open vault's reflections once Ready, else null.
    ReflectionStore* store() const { return m_store.get(); }

    // Main.qml's required properties, for QQmlApplicationEngine::setInitialProperties.
    QVariantMap qmlProperties();

private:
    const VaultOpener m_opener;
    VaultController m_vault;
    HistoryModel m_history;
    EntryController m_entries;
    std::unique_ptr<ReflectionStore> m_store;
    std::unique_ptr<BackgroundMaintenance>
        m_maintenance; // index merges, checkpoints off the UI thread
};

} // namespace debrief
