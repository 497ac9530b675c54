#pragma once

#include "debrief/platform/Permissions.h"
#include "debrief/platform/SecretStore.h"

#include <memory>

namespace debrief::platform {

// Builds the implementation of each capability for the OS this binary was built for.
std::unique_ptr<SecretStore> createSecretStore(const QString& serviceName);
std::unique_ptr<Permissions> createPermissions();

} // namespace debrief::platform
