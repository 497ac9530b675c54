#pragma once

#include <QString>

namespace debrief::cli {

// The CLI's two outputs kept apart: results (which may hold the person's text) go to stdout,
// messages (which never do) to stderr; text bound for a terminal is made safe to print.
class Console
{
public:
    Console();

    void print(const QString& line) const;   // one line of results on stdout
    void message(const QString& text) const; // one line on stderr; never user content

    bool stdoutIsTerminal() const { return m_stdoutTty; }
    bool stdinIsTerminal() const;

    // One line for a list row: line breaks become spaces, control characters are dropped.
    static QString oneLine(const QString& text);
    // A full text: keeps line breaks and tabs, drops other control characters (no escape
    // sequence from a stored entry ever reaches the terminal).
    static QString printable(const QString& text);
    // A search snippet with its match markers turned into bold (terminal) or [ ] (pipes).
    QString highlighted(const QString& snippet) const;

private:
    bool m_stdoutTty = false;
};

} // namespace debrief::cli
