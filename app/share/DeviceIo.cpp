#include "share/DeviceIo.h"

#include <QIODevice>

namespace debrief::deviceio {

namespace {

// More may still arrive on a sequential device: wait for it (false at its end).
bool moreMayCome(QIODevice* device)
{
    return device->isSequential() && device->waitForReadyRead(-1);
}

} // namespace

qint64 readUpTo(QIODevice* device, char* data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 got = device->read(data + done, size - done);
        if (got < 0) {
            // Qt answers -1 for a plain end too on some devices: only then is atEnd() true.
            if (device->atEnd())
                break;
            return -1;
        }
        if (got == 0 && !moreMayCome(device))
            break;
        done += got;
    }
    return done;
}

Line readLine(QIODevice* device, qint64 maxLength)
{
    Line line;
    // One byte more than maxLength so a line of exactly maxLength can bring its line feed.
    const qint64 limit = maxLength + 1;
    while (line.text.size() < limit) {
        char buffer[512];
        const qint64 want = qMin<qint64>(limit - line.text.size(), qint64(sizeof buffer));
        // QIODevice::readLine stops after a line feed and needs room for a NUL.
        const qint64 got = device->readLine(buffer, want + 1);
        if (got < 0) {
            // Qt answers -1 both for an error and for the plain end of a file.
            line.error = !device->atEnd();
            break;
        }
        if (got == 0) {
            if (!moreMayCome(device))
                break;
            continue;
        }
        line.text.append(buffer, got);
        if (line.text.endsWith('\n')) {
            line.text.chop(1);
            line.ended = true;
            break;
        }
    }
    return line;
}

bool writeAll(QIODevice* device, QByteArrayView data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 wrote = device->write(data.data() + done, data.size() - done);
        if (wrote <= 0)
            return false;
        done += wrote;
    }
    return true;
}

} // namespace debrief::deviceio
