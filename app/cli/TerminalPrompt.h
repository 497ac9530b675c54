#pragma once

#include <QString>
#include <optional>

namespace debrief::cli {

// Asks for a secret on the controlling terminal (/dev/tty) with echo off, so it never shows on
// screen, in the shell history or in stdout/stderr; the terminal is restored even on Ctrl-C.
class TerminalPrompt
{
public:
    enum class Outcome
    {
        Answered,
        NoTerminal, // not run from a terminal (a pipe, cron, a test harness)
        Cancelled,  // end of input before a line
    };

    Outcome ask(const QString& prompt, QString* answer) const;
};

} // namespace debrief::cli
