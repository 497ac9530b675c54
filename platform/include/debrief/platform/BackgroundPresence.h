#pragma once

#include <QString>
#include <functional>

namespace debrief::platform {

// Keeps a desktop app reachable after its window closes (a system tray icon), so reminders
// can fire while the window is away. Phones have none: their OS schedules the reminders.
class BackgroundPresence
{
public:
    virtual ~BackgroundPresence() = default;
    // False when the desktop shows no tray (no StatusNotifier host or system tray).
    virtual bool available() const = 0;
    virtual void setVisible(bool visible) = 0;
    // "Open Debrief" and "Quit" from the icon's menu (and activating the icon opens).
    virtual void setHandlers(std::function<void()> open, std::function<void()> quit) = 0;
};

// Starts the app when the person logs in, hidden in the tray ("--background").
class StartAtLogin
{
public:
    virtual ~StartAtLogin() = default;
    virtual bool supported() const = 0;
    virtual bool enabled() const = 0;
    // False with a technical detail when the OS refused (for example a read-only folder).
    virtual bool setEnabled(bool enabled, QString* detail) = 0;
};

} // namespace debrief::platform
