#pragma once

#include "debrief/platform/BackgroundPresence.h"

#include <QObject>
#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace debrief::platform {

// The tray icon (StatusNotifierItem or XEmbed on Linux, the notification area on Windows, the
// menu bar on macOS) with "Open Debrief" and "Quit". Built on first show: it needs a
// QApplication, which the app has by then.
class TrayPresence final : public QObject, public BackgroundPresence
{
public:
    TrayPresence();
    ~TrayPresence() override;

    bool available() const override;
    void setVisible(bool visible) override;
    void setHandlers(std::function<void()> open, std::function<void()> quit) override;

private:
    bool build();

    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_icon;
    std::function<void()> m_open;
    std::function<void()> m_quit;
};

} // namespace debrief::platform
