#pragma once

#include "debrief/platform/BackgroundPresence.h"

namespace debrief::platform {

// Phones: no tray, and none needed, since the OS shows reminders while the app is closed.
class NoBackgroundPresence final : public BackgroundPresence
{
public:
    bool available() const override { return false; }
    void setVisible(bool /*visible*/) override {}
    void setHandlers(std::function<void()> /*open*/, std::function<void()> /*quit*/) override {}
};

} // namespace debrief::platform
