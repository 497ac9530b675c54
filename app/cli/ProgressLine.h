#pragma once

#include "cli/Console.h"
#include "share/ShareProgress.h"

#include <QElapsedTimer>
#include <QString>

namespace debrief::cli {

// Progress of a long export, import, backup or restore on stderr: "Encrypting: 40%", at most
// every half second and at the end; never any content.
class ProgressLine
{
public:
    ProgressLine(const Console& console, QString what);
    ShareProgress* progress() { return &m_progress; }

private:
    void report(qint64 done, qint64 total);

    const Console& m_console;
    QString m_what;
    QElapsedTimer m_sinceLast;
    int m_lastPercent = -1;
    ShareProgress m_progress;
};

} // namespace debrief::cli
