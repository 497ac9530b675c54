#include "qtkeychain/SecretServiceProbe.h"

namespace debrief::platform {

// Keychain, Credential Manager and Android Keystore are part of the OS: always there.
bool secretStoreReachable()
{
    return true;
}

} // namespace debrief::platform
