#pragma once

#include "debrief/platform/BackgroundPresence.h"

namespace debrief::platform {

// Start at login for tests: can play an OS without it, or one that refuses.
class FakeStartAtLogin final : public StartAtLogin
{
public:
    void setSupported(bool supported) { m_supported = supported; }
    // setEnabled() fails with this detail from now on (empty: it succeeds again).
    void setFailure(QString detail) { m_failure = std::move(detail); }

    bool supported() const override { return m_supported; }
    bool enabled() const override { return m_enabled; }
    bool setEnabled(bool enabled, QString* detail) override
    {
        if (!m_supported || !m_failure.isEmpty()) {
            if (detail)
                *detail = m_supported ? m_failure : QStringLiteral("fake: not supported");
            return false;
        }
        m_enabled = enabled;
        return true;
    }

private:
    bool m_supported = true;
    bool m_enabled = false;
    QString m_failure;
};

} // namespace debrief::platform
