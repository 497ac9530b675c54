#include "cli/TerminalPrompt.h"

#include "vault/VaultKey.h"

#include <QByteArray>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace debrief::cli {

namespace {

// The terminal to restore if a signal ends the process while echo is off.
int g_ttyFd = -1;
termios g_savedMode;

void restoreAndReraise(int signal)
{
    if (g_ttyFd >= 0)
        ::tcsetattr(g_ttyFd, TCSAFLUSH, &g_savedMode);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

const int HandledSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};

// Reads one line (without its newline) into line, which has room reserved so the secret is
// never copied by a reallocation. False at end of input before a newline.
bool readLine(int fd, QByteArray& line)
{
    constexpr int MaxLength = 1024;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        if (c == '\n' || c == '\r')
            return true;
        if (line.size() < MaxLength)
            line.append(c);
    }
}

} // namespace

TerminalPrompt::Outcome TerminalPrompt::ask(const QString& prompt, QString* answer) const
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return Outcome::NoTerminal;
    termios mode;
    if (::tcgetattr(fd, &mode) != 0) {
        ::close(fd);
        return Outcome::NoTerminal;
    }
    g_savedMode = mode;
    g_ttyFd = fd;
    for (int s : HandledSignals)
        std::signal(s, restoreAndReraise);
    termios quiet = mode;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL; // the newline still shows, so the next output starts on a new line
    ::tcsetattr(fd, TCSAFLUSH, &quiet);

    const QByteArray promptBytes = prompt.toUtf8();
    [[maybe_unused]] const ssize_t written =
        ::write(fd, promptBytes.constData(), static_cast<size_t>(promptBytes.size()));
    QByteArray line;
    line.reserve(1024);
    const bool gotLine = readLine(fd, line);

    ::tcsetattr(fd, TCSAFLUSH, &mode);
    for (int s : HandledSignals)
        std::signal(s, SIG_DFL);
    g_ttyFd = -1;
    ::close(fd);

    if (gotLine)
        *answer = QString::fromUtf8(line);
    wipe(line);
    return gotLine ? Outcome::Answered : Outcome::Cancelled;
}

} // namespace debrief::cli
