#pragma once

namespace debrief::platform {

// QtKeychain reports a missing Secret Service as a generic error; this tells "no store on this
// machine" apart from a store that failed, so callers fall back to a passphrase at once.
// False only when the store certainly cannot answer (no session bus, nobody owns or can be
// started for the Secret Service name). Cheap: asked only after a failed keychain job.
bool secretStoreReachable();

} // namespace debrief::platform
