#pragma once

#include "core/AttemptThrottle.h"

#include <QObject>
#include <QTimer>

namespace debrief {

// Counts down, once a second, the wait the attempt throttle imposes after wrong secrets, so the
// unlock page, the re-asks and the keys page all show the same seconds the same way.
class AttemptCountdown : public QObject
{
    Q_OBJECT

public:
    explicit AttemptCountdown(AttemptThrottle* throttle = nullptr, QObject* parent = nullptr);

    // The throttle to follow (none: never a wait); it must outlive this object.
    void setThrottle(AttemptThrottle* throttle);
    // Seconds until another attempt may be made (0: now), as of the last refresh.
    int seconds() const { return m_seconds; }
    // Reads the throttle again (call after an attempt); true when an attempt may be made now.
    bool refresh();

    // The words for "wait before trying again".
    static QString message(int seconds);

signals:
    // seconds() changed: a second passed, a wait began, or it ended (then seconds() is 0).
    void changed();

private:
    AttemptThrottle* m_throttle = nullptr;
    QTimer m_tick;
    int m_seconds = 0;
};

} // namespace debrief
