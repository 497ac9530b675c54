#pragma once

#include "Clock.h"

#include <QDateTime>

namespace debrief {

// When the app lock closes the vault by itself: after a chosen time without input, or in the
// background, but never while a recording runs (then as soon as it is saved). Pure: the UI
// reports input, the application state and recordings; the clock says when.
class AutoLockPolicy
{
public:
    explicit AutoLockPolicy(const Clock& clock);

    // 0 turns automatic locking off (the lock itself may still be on: "Lock now").
    void setTimeoutMs(qint64 timeoutMs);
    qint64 timeoutMs() const { return m_timeoutMs; }

    // A key press, a click, a touch: the person is there.
    void inputSeen();
    // The window went to the background (or came back).
    void setInBackground(bool inBackground);
    // A recording runs; the vault stays open until it is saved.
    void setRecording(bool recording);
    // After an unlock: the time starts again.
    void restart();

    // True when the vault should lock now.
    bool shouldLock() const;
    // Milliseconds until shouldLock() turns true if nothing happens (0: now; -1: never).
    qint64 msUntilLock() const;

private:
    QDateTime lastSign() const;

    const Clock& m_clock;
    qint64 m_timeoutMs = 0;
    QDateTime m_lastInputUtc;
    QDateTime m_backgroundSinceUtc; // invalid while in the foreground
    bool m_recording = false;
};

} // namespace debrief
