#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

namespace debrief {

// Writes bytes to a device as the age ASCII armor: the BEGIN line, padded base64 in 64-column
// lines as the bytes arrive (only a partial line is held back), then the END line.
class ArmorWriter
{
public:
    explicit ArmorWriter(QIODevice* sink);

    // False when the sink fails.
    bool write(QByteArrayView bytes);
    // The last (short) line and the END line. Nothing can be written after it.
    bool finish();

private:
    bool begin();

    QIODevice* m_sink;
    QByteArray m_pending; // fewer than 48 bytes waiting for the rest of their line
    bool m_started = false;
    bool m_finished = false;
};

} // namespace debrief
