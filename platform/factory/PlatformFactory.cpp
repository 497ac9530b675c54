#include "debrief/platform/PlatformFactory.h"

#include "qtkeychain/KeychainSecretStore.h"

namespace debrief::platform {

std::unique_ptr<SecretStore> createSecretStore(const QString& serviceName)
{
    return std::make_unique<KeychainSecretStore>(serviceName);
}

} // namespace debrief::platform
