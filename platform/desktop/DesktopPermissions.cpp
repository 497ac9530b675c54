#include "desktop/DesktopPermissions.h"

#include <QTimer>

namespace debrief::platform {

void DesktopPermissions::requestMicrophone(Callback done)
{
    // Asynchronous like every other platform, so callers have one code path.
    QTimer::singleShot(0, [done = std::move(done)] { done(Status::Granted); });
}

} // namespace debrief::platform
