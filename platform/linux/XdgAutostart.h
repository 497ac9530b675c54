#pragma once

#include "debrief/platform/BackgroundPresence.h"

namespace debrief::platform {

// Start at login on Linux desktops (GNOME, KDE, Xfce...): the XDG Autostart specification, a
// desktop entry in $XDG_CONFIG_HOME/autostart that runs this executable with "--background".
class XdgAutostart final : public StartAtLogin
{
public:
    bool supported() const override;
    // The entry exists, is not hidden, and runs this executable (not an older copy elsewhere).
    bool enabled() const override;
    bool setEnabled(bool enabled, QString* detail) override;

    // The entry's path and its Exec= line (exposed for the test).
    static QString entryPath();
    static QString execLine();
};

} // namespace debrief::platform
