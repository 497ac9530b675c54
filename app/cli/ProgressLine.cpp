#include "cli/ProgressLine.h"

namespace debrief::cli {

ProgressLine::ProgressLine(const Console& console, QString what)
    : m_console(console)
    , m_what(std::move(what))
    , m_progress([this](qint64 done, qint64 total) { report(done, total); })
{
}

void ProgressLine::report(qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    const bool end = percent == 100;
    if (percent == m_lastPercent || (!end && m_sinceLast.isValid() && m_sinceLast.elapsed() < 500))
        return;
    m_lastPercent = percent;
    m_sinceLast.start();
    m_console.message(QStringLiteral("%1: %2%").arg(m_what).arg(percent));
}

} // namespace debrief::cli
