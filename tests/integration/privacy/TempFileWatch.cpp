#include "TempFileWatch.h"

#include <QFile>
#include <sys/inotify.h>
#include <unistd.h>

namespace debrief::test {

TempFileWatch::TempFileWatch(const QString& dir)
    : m_fd(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
{
    if (m_fd >= 0)
        m_watch =
            ::inotify_add_watch(m_fd, QFile::encodeName(dir).constData(), IN_CREATE | IN_MOVED_TO);
}

TempFileWatch::~TempFileWatch()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QStringList TempFileWatch::takeCreated()
{
    QStringList names;
    alignas(inotify_event) char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (ssize_t offset = 0; offset < n;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + offset);
            names.append(event->len ? QString::fromLocal8Bit(event->name) : QStringLiteral("?"));
            offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
        }
    }
    return names;
}

} // namespace debrief::test
