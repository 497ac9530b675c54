#pragma once

#include "core/AutoLockPolicy.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace debrief {

// The app lock's clock on the UI side: sees every key press, click and touch (an event filter
// on the application) and is told when the app goes to the background, and asks AutoLockPolicy
// now and then whether to lock. The check interval is a property so a test need not wait minutes.
class AutoLock : public QObject
{
    Q_OBJECT

public:
    // lock is called when the policy says so (while watching).
    AutoLock(const Clock& clock, std::function<void()> lock, QObject* parent = nullptr);
    ~AutoLock() override;

    // Watching only while the vault is open and the lock is on; each start counts afresh.
    void setWatching(bool watching);
    bool watching() const { return m_watching; }
    void setTimeoutMinutes(int minutes);
    void setRecording(bool recording);
    void setInBackground(bool inBackground);
    void setCheckIntervalMs(int ms) { m_timer.setInterval(ms); }
    const AutoLockPolicy& policy() const { return m_policy; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    AutoLockPolicy m_policy;
    std::function<void()> m_lock;
    QTimer m_timer;
    bool m_watching = false;
};

} // namespace debrief
