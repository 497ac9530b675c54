#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

// Reading and writing a QIODevice whole: loops over short reads and writes, and waits for data
// on sequential devices (pipes, processes), so files and streams behave alike.
namespace debrief::deviceio {

// Reads until size bytes or the end; the count read, or -1 when the device reports an error.
qint64 readUpTo(QIODevice* device, char* data, qint64 size);

struct Line
{
    QByteArray text;    // without the line feed
    bool ended = false; // a line feed ended it (false: the data ended, or maxLength was hit)
    bool error = false; // the device failed
};
// One line of at most maxLength bytes before its line feed.
Line readLine(QIODevice* device, qint64 maxLength);

// Writes all of data; false when the device takes less or fails.
bool writeAll(QIODevice* device, QByteArrayView data);

} // namespace debrief::deviceio
