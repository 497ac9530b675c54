#pragma once

#include "Clock.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

namespace debrief {

// Growing delays after wrong passphrases, PINs and recovery codes, so guessing a secret at the
// unlock page or a re-ask takes years instead of hours. The state (a count and a time, no
// content) survives restarts through the owner's persistence hook.
class AttemptThrottle
{
public:
    // The first FreeFailures wrong attempts cost nothing; then 5 s, doubling, at most 15 min.
    static constexpr int FreeFailures = 3;
    static constexpr qint64 FirstDelayMs = 5'000;
    static constexpr qint64 MaxDelayMs = 15 * 60'000;

    explicit AttemptThrottle(const Clock& clock);

    // How long until the next attempt may be made; 0 when it may be made now.
    qint64 waitMs() const;
    // The same, in whole seconds rounded up (what a page counts down).
    int waitSeconds() const { return int((waitMs() + 999) / 1000); }
    int failures() const { return m_failures; }
    void recordFailure();
    void recordSuccess();

    // The delay the given number of failures earns (0 for the free ones).
    static qint64 delayAfter(int failures);

    // The state as JSON, and back (ignores what it cannot read: the throttle then starts over).
    QByteArray toJson() const;
    void restore(const QByteArray& json);
    // Called with toJson() after every change, for the owner to store.
    void setPersist(std::function<void(const QByteArray&)> persist)
    {
        m_persist = std::move(persist);
    }

private:
    void changed();

    const Clock& m_clock;
    int m_failures = 0;
    QDateTime m_lastFailureUtc;
    std::function<void(const QByteArray&)> m_persist;
};

} // namespace debrief
