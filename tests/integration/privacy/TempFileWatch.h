#pragma once

#include <QString>
#include <QStringList>

namespace debrief::test {

// Sees files being created in a folder, even ones deleted at once (SQLite unlinks its temp
// files right after opening them, so a scan afterwards could never find them). Linux inotify.
class TempFileWatch
{
public:
    explicit TempFileWatch(const QString& dir);
    ~TempFileWatch();
    TempFileWatch(const TempFileWatch&) = delete;
    TempFileWatch& operator=(const TempFileWatch&) = delete;

    bool isValid() const { return m_fd >= 0 && m_watch >= 0; }
    // Names created since the last call.
    QStringList takeCreated();

private:
    int m_fd = -1;
    int m_watch = -1;
};

} // namespace debrief::test
