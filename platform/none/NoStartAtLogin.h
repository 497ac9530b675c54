#pragma once

#include "debrief/platform/BackgroundPresence.h"

namespace debrief::platform {

// Where Debrief cannot start itself at login yet: Windows (would be the HKCU\...\Run registry
// value) and macOS (SMAppService.mainApp, macOS 13+), see their BUILD.md; phones, whose OS
// wakes the app for reminders instead. The setting is hidden when unsupported.
class NoStartAtLogin final : public StartAtLogin
{
public:
    bool supported() const override { return false; }
    bool enabled() const override { return false; }
    bool setEnabled(bool /*enabled*/, QString* detail) override
    {
        if (detail)
            *detail = QStringLiteral("starting at login is not supported on this system");
        return false;
    }
};

} // namespace debrief::platform
