#include "NoRoom.h"

#include <QDir>
#include <QFile>
#include <catch2/catch_test_macros.hpp>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace debrief::test {

struct NoRoom::Saved
{
    rlimit limit{};
    struct sigaction xfsz
    {
    };
};

QString NoRoom::smallDiskDir()
{
    return qEnvironmentVariable("DEBRIEF_SMALL_DISK");
}

namespace {

// Writes size-byte blocks until the file system refuses one; returns how many fitted.
qint64 fillWith(int fd, qint64 size)
{
    const QByteArray block(int(size), 'x');
    qint64 written = 0;
    for (;;) {
        const ssize_t n = ::write(fd, block.constData(), size_t(block.size()));
        if (n <= 0)
            return written;
        written += n;
    }
}

} // namespace

NoRoom::NoRoom(Kind kind, const QString& dir)
    : m_kind(kind)
    , m_saved(std::make_unique<Saved>())
{
    if (kind == Kind::FileSizeLimit) {
        struct sigaction ignore
        {
        };
        ignore.sa_handler = SIG_IGN;
        REQUIRE(sigaction(SIGXFSZ, &ignore, &m_saved->xfsz) == 0);
        REQUIRE(getrlimit(RLIMIT_FSIZE, &m_saved->limit) == 0);
        rlimit none = m_saved->limit;
        none.rlim_cur = 0;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &none) == 0);
        m_full = true;
        return;
    }
    REQUIRE_FALSE(dir.isEmpty());
    m_ballast = QDir(dir).filePath(QStringLiteral("ballast"));
    const int fd =
        ::open(QFile::encodeName(m_ballast).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(fd >= 0);
    // Big blocks first, then ever smaller ones, until not one byte more fits.
    qint64 written = 0;
    for (qint64 size : {1 << 20, 1 << 16, 1 << 12, 1 << 8, 1})
        written += fillWith(fd, size);
    const int lastError = errno;
    ::close(fd);
    REQUIRE(written > 0);
    REQUIRE(lastError == ENOSPC);
    m_full = true;
}

NoRoom::~NoRoom()
{
    giveBack();
}

void NoRoom::giveBack()
{
    if (!m_full)
        return;
    m_full = false;
    if (m_kind == Kind::FileSizeLimit) {
        setrlimit(RLIMIT_FSIZE, &m_saved->limit);
        sigaction(SIGXFSZ, &m_saved->xfsz, nullptr);
        return;
    }
    QFile::remove(m_ballast);
}

} // namespace debrief::test
