#pragma once

#include "debrief/platform/Permissions.h"

namespace debrief::platform {

// Linux and Windows desktops have no per-app microphone prompt: access is granted, and a
// missing or busy device shows up as an error from the audio source instead.
class DesktopPermissions final : public Permissions
{
public:
    Status microphone() const override { return Status::Granted; }
    void requestMicrophone(Callback done) override;
};

} // namespace debrief::platform
