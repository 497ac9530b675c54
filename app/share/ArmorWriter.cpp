#include "share/ArmorWriter.h"

#include "share/AgeBase64.h"
#include "share/ArmorReader.h"
#include "share/DeviceIo.h"

namespace debrief {

namespace {

constexpr qsizetype BytesPerLine = 48; // 64 columns of base64

} // namespace

ArmorWriter::ArmorWriter(QIODevice* sink)
    : m_sink(sink)
{
}

bool ArmorWriter::begin()
{
    if (m_started)
        return true;
    m_started = true;
    return deviceio::writeAll(m_sink, QByteArray(ArmorReader::BeginLine) + '\n');
}

bool ArmorWriter::write(QByteArrayView bytes)
{
    if (m_finished || !begin())
        return false;
    // Whole lines go out at once; fewer than 48 bytes wait in m_pending.
    QByteArray lines;
    qsizetype used = 0;
    if (!m_pending.isEmpty()) {
        used = qMin(BytesPerLine - m_pending.size(), bytes.size());
        m_pending.append(bytes.first(used));
        if (m_pending.size() < BytesPerLine)
            return true;
        lines += agebase64::encodePadded(m_pending) + '\n';
        m_pending.clear();
    }
    const qsizetype whole = (bytes.size() - used) / BytesPerLine * BytesPerLine;
    lines.reserve(lines.size() + whole / BytesPerLine * 65);
    for (qsizetype i = used; i < used + whole; i += BytesPerLine)
        lines += agebase64::encodePadded(bytes.sliced(i, BytesPerLine)) + '\n';
    m_pending.append(bytes.sliced(used + whole));
    return lines.isEmpty() || deviceio::writeAll(m_sink, lines);
}

bool ArmorWriter::finish()
{
    if (m_finished || !begin())
        return false;
    m_finished = true;
    QByteArray tail;
    if (!m_pending.isEmpty())
        tail += agebase64::encodePadded(m_pending) + '\n';
    m_pending.clear();
    tail += QByteArray(ArmorReader::EndLine) + '\n';
    return deviceio::writeAll(m_sink, tail);
}

} // namespace debrief
