#include "AutoLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace debrief {

namespace {
constexpr int DefaultCheckIntervalMs = 5'000;

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}
} // namespace

AutoLock::AutoLock(const Clock& clock, std::function<void()> lock, QObject* parent)
    : QObject(parent)
    , m_policy(clock)
    , m_lock(std::move(lock))
{
    m_timer.setInterval(DefaultCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoLock::check);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

AutoLock::~AutoLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void AutoLock::setWatching(bool watching)
{
    m_watching = watching;
    m_policy.restart();
    if (watching)
        m_timer.start();
    else
        m_timer.stop();
}

void AutoLock::setTimeoutMinutes(int minutes)
{
    m_policy.setTimeoutMs(qint64(minutes) * 60'000);
}

void AutoLock::setRecording(bool recording)
{
    m_policy.setRecording(recording);
    // Past the time: lock right after the recording was saved (after its signals have run).
    if (!recording)
        QTimer::singleShot(0, this, &AutoLock::check);
}

void AutoLock::setInBackground(bool inBackground)
{
    m_policy.setInBackground(inBackground);
    // Back in front after a suspension: the timer may not have run meanwhile.
    if (!inBackground)
        check();
}

bool AutoLock::eventFilter(QObject* watched, QEvent* event)
{
    if (m_watching && isInput(event->type()))
        m_policy.inputSeen();
    return QObject::eventFilter(watched, event);
}

void AutoLock::check()
{
    if (m_watching && m_policy.shouldLock())
        m_lock();
}

} // namespace debrief
