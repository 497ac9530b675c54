#include "cli/Console.h"

#include "vault/ReflectionStore.h"

#include <cstdio>
#include <unistd.h>

namespace debrief::cli {

namespace {

void writeLine(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

// C0 and C1 controls (ESC, CSI, BEL…): what a terminal would act on instead of showing.
bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control;
}

} // namespace

Console::Console()
    : m_stdoutTty(::isatty(STDOUT_FILENO) == 1)
{
}

bool Console::stdinIsTerminal() const
{
    return ::isatty(STDIN_FILENO) == 1;
}

void Console::print(const QString& line) const
{
    writeLine(stdout, line);
}

void Console::message(const QString& text) const
{
    writeLine(stderr, text);
}

QString Console::oneLine(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            out.append(u' ');
        else if (!isControl(c))
            out.append(c);
    }
    return out.simplified();
}

QString Console::printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\n' || c == u'\t' || !isControl(c))
            out.append(c);
    }
    return out;
}

QString Console::highlighted(const QString& snippet) const
{
    QString out = oneLine(snippet);
    out.replace(ReflectionStore::MatchStart,
                m_stdoutTty ? QStringLiteral("\x1b[1m") : QStringLiteral("["));
    out.replace(ReflectionStore::MatchEnd,
                m_stdoutTty ? QStringLiteral("\x1b[0m") : QStringLiteral("]"));
    return out;
}

} // namespace debrief::cli
