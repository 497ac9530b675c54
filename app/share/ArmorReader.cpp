#include "share/ArmorReader.h"

#include "share/AgeBase64.h"
#include "share/DeviceIo.h"

#include <algorithm>
#include <cstring>

namespace debrief {

namespace {

constexpr qsizetype Columns = 64;
constexpr qsizetype BytesPerLine = Columns / 4 * 3; // 48
// Whitespace allowed before and after the block, as age's own reader allows.
constexpr qint64 MaxWhitespace = 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool allSpace(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), isSpace);
}

} // namespace

ArmorReader::ArmorReader(QIODevice* source)
    : m_source(source)
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 ArmorReader::writeData(const char*, qint64)
{
    return -1;
}

qint64 ArmorReader::readData(char* data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize) {
        if (m_taken < m_decoded.size()) {
            const qint64 take = qMin<qint64>(maxSize - done, m_decoded.size() - m_taken);
            std::memcpy(data + done, m_decoded.constData() + m_taken, size_t(take));
            m_taken += take;
            done += take;
            continue;
        }
        m_decoded.clear();
        m_taken = 0;
        bool more = false;
        switch (m_state) {
        case State::Start:
            more = readBegin();
            break;
        case State::Body:
            more = readBodyLine();
            break;
        case State::Ended:
        case State::Failed:
            break;
        }
        if (!more)
            break;
    }
    if (m_state == State::Failed && done == 0)
        return -1;
    return done;
}

// One line of at most maxLength bytes before its LF or CRLF, into *line; *atEnd when the source
// ended without a line feed.
bool ArmorReader::nextLine(qint64 maxLength, QByteArray* line, bool* atEnd)
{
    deviceio::Line read = deviceio::readLine(m_source, maxLength + 1);
    if (read.error) {
        m_sourceFailed = true;
        return fail(QStringLiteral("the source could not be read: ") + m_source->errorString());
    }
    if (read.text.endsWith('\r'))
        read.text.chop(1);
    if (read.text.size() > maxLength)
        return fail(QStringLiteral("a line is longer than %1 characters").arg(maxLength));
    *atEnd = !read.ended;
    *line = std::move(read.text);
    return true;
}

bool ArmorReader::readBegin()
{
    qint64 skipped = 0;
    for (;;) {
        QByteArray line;
        bool atEnd = false;
        if (!nextLine(MaxWhitespace, &line, &atEnd))
            return false;
        if (allSpace(line) && !(atEnd && line.isEmpty())) {
            skipped += line.size() + 1;
            if (skipped > MaxWhitespace)
                return fail(QStringLiteral("too much whitespace before the armor"));
            if (atEnd)
                return fail(QStringLiteral("no armor: only whitespace"));
            continue;
        }
        if (line != BeginLine || atEnd)
            return fail(QStringLiteral("the first line is not \"%1\"").arg(BeginLine));
        m_state = State::Body;
        return true;
    }
}

bool ArmorReader::readBodyLine()
{
    QByteArray line;
    bool atEnd = false;
    if (!nextLine(Columns, &line, &atEnd))
        return false;
    if (line == EndLine)
        return readEnd(atEnd);
    if (atEnd)
        return fail(QStringLiteral("the armor ends without its END line"));
    if (line.isEmpty())
        return fail(QStringLiteral("an empty line inside the armor"));
    auto bytes = agebase64::decodePadded(line);
    if (!bytes)
        return fail(QStringLiteral("a line is not canonical padded base64"));
    m_decoded = std::move(*bytes);
    if (m_decoded.size() < BytesPerLine) {
        // Only the last line may be short: the END line must follow.
        if (!nextLine(Columns, &line, &atEnd))
            return false;
        if (line != EndLine)
            return fail(QStringLiteral("a short line is not followed by the END line"));
        if (!readEnd(atEnd))
            return false;
    }
    return true;
}

bool ArmorReader::readEnd(bool atEnd)
{
    m_state = State::Ended;
    if (atEnd)
        return true;
    // Whitespace only after the block, and not much of it.
    QByteArray rest(MaxWhitespace, '\0');
    const qint64 got = deviceio::readUpTo(m_source, rest.data(), rest.size());
    if (got < 0) {
        m_sourceFailed = true;
        return fail(QStringLiteral("the source could not be read: ") + m_source->errorString());
    }
    if (!allSpace(QByteArrayView(rest).first(got)))
        return fail(QStringLiteral("data after the armor"));
    if (got == MaxWhitespace)
        return fail(QStringLiteral("too much whitespace after the armor"));
    return true;
}

bool ArmorReader::fail(const QString& detail)
{
    m_state = State::Failed;
    m_decoded.clear();
    m_taken = 0;
    if (m_error.isEmpty())
        m_error = detail;
    return false;
}

} // namespace debrief
