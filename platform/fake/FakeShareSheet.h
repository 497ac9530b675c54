#pragma once

#include "debrief/platform/ShareSheet.h"

#include <QVector>

namespace debrief::platform {

// Share sheet for tests: records every file handed over, and can play a desktop (reveal) or a
// phone (send to apps), or an OS that refuses.
class FakeShareSheet final : public ShareSheet
{
public:
    void setSendsToApps(bool sends) { m_sendsToApps = sends; }
    // share() fails with this detail from now on (empty: it succeeds again).
    void setFailure(QString detail) { m_failure = std::move(detail); }
    // Every file handed over, in order (also the refused ones).
    const QVector<SharedFile>& shared() const { return m_shared; }

    bool sendsToApps() const override { return m_sendsToApps; }
    bool share(const SharedFile& file, QString* detail) override
    {
        m_shared.append(file);
        if (!m_failure.isEmpty()) {
            if (detail)
                *detail = m_failure;
            return false;
        }
        return true;
    }

private:
    bool m_sendsToApps = false;
    QString m_failure;
    QVector<SharedFile> m_shared;
};

} // namespace debrief::platform
