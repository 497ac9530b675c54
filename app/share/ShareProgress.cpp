#include "share/ShareProgress.h"

namespace debrief {

void ShareProgress::start(qint64 total)
{
    m_total = qMax<qint64>(total, 0);
    m_done = 0;
    m_lastPercent = -1;
    report(0, m_total);
}

void ShareProgress::advance(qint64 bytes)
{
    m_done = qMin(m_done + qMax<qint64>(bytes, 0), m_total);
    report(m_done, m_total);
}

void ShareProgress::finish()
{
    m_done = m_total;
    m_lastPercent = -1;
    report(m_done, m_total);
}

void ShareProgress::report(qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    if (percent == m_lastPercent || !m_handler)
        return;
    m_lastPercent = percent;
    m_handler(done, total);
}

} // namespace debrief
