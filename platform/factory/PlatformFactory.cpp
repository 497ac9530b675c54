#include "debrief/platform/PlatformFactory.h"

#include "PermissionsImpl.h"
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

} // namespace debrief::platform
