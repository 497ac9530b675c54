#include "audio/OpusMemoryDecoder.h"

#include <opusfile.h>

namespace debrief {

OpusMemoryDecoder::~OpusMemoryDecoder()
{
    close();
}

bool OpusMemoryDecoder::open(const QByteArray& oggOpus)
{
    close();
    m_data = oggOpus;
    int error = 0;
    m_file = op_open_memory(reinterpret_cast<const unsigned char*>(m_data.constData()),
                            size_t(m_data.size()), &error);
    if (!m_file) {
        m_data.clear();
        return false;
    }
    const bool mono = op_link_count(m_file) == 1 && op_channel_count(m_file, -1) == 1;
    m_channels = mono ? 1 : 2;
    const ogg_int64_t total = op_pcm_total(m_file, -1);
    m_lengthFrames = total > 0 ? qint64(total) : 0;
    return true;
}

void OpusMemoryDecoder::close()
{
    if (m_file)
        op_free(m_file);
    m_file = nullptr;
    m_data.clear();
    m_lengthFrames = 0;
    m_channels = 1;
}

bool OpusMemoryDecoder::seek(qint64 frame)
{
    if (!m_file)
        return false;
    return op_pcm_seek(m_file, qBound<qint64>(0, frame, m_lengthFrames)) == 0;
}

int OpusMemoryDecoder::read(qint16* out, int maxFrames)
{
    if (!m_file)
        return 0;
    for (;;) {
        const int frames = m_channels == 1 ? op_read(m_file, out, maxFrames, nullptr)
                                           : op_read_stereo(m_file, out, maxFrames * 2);
        // A hole (a lost page) is skipped: what follows still plays.
        if (frames == OP_HOLE)
            continue;
        return frames < 0 ? -1 : frames;
    }
}

} // namespace debrief
