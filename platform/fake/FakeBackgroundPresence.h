#pragma once

#include "debrief/platform/BackgroundPresence.h"

namespace debrief::platform {

// Tray icon for tests: remembers whether it is shown and plays the person choosing "Open
// Debrief" or "Quit" from its menu.
class FakeBackgroundPresence final : public BackgroundPresence
{
public:
    void setAvailable(bool available) { m_available = available; }
    bool visible() const { return m_visible; }
    void chooseOpen() const
    {
        if (m_open)
            m_open();
    }
    void chooseQuit() const
    {
        if (m_quit)
            m_quit();
    }

    bool available() const override { return m_available; }
    void setVisible(bool visible) override { m_visible = visible; }
    void setHandlers(std::function<void()> open, std::function<void()> quit) override
    {
        m_open = std::move(open);
        m_quit = std::move(quit);
    }

private:
    bool m_available = true;
    bool m_visible = false;
    std::function<void()> m_open;
    std::function<void()> m_quit;
};

} // namespace debrief::platform
