#include "debrief/platform/PlatformFactory.h"

#include "NudgesImpl.h"
#include "PermissionsImpl.h"
#include "ShareSheetImpl.h"
#include "qtkeychain/KeychainSecretStore.h"

namespace debrief::platform {

std::unique_ptr<SecretStore> createSecretStore(const QString& serviceName)
{
    return std::make_unique<KeychainSecretStore>(serviceName);
}

std::unique_ptr<Permissions> createPermissions()
{
    return std::make_unique<PermissionsImpl>();
}

std::unique_ptr<Notifier> createNotifier()
{
    return std::make_unique<NotifierImpl>();
}

std::unique_ptr<NudgeScheduler> createNudgeScheduler(std::function<QDateTime()> nowUtc)
{
    return std::make_unique<NudgeSchedulerImpl>(std::move(nowUtc));
}

std::unique_ptr<BackgroundPresence> createBackgroundPresence()
{
    return std::make_unique<BackgroundPresenceImpl>();
}

std::unique_ptr<StartAtLogin> createStartAtLogin()
{
    return std::make_unique<StartAtLoginImpl>();
}

std::unique_ptr<ShareSheet> createShareSheet()
{
    return std::make_unique<ShareSheetImpl>();
}

} // namespace debrief::platform
