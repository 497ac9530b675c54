#include "audio/OpusStreamEncoder.h"

#include <QtEndian>
#include <cstring>
#include <opusenc.h>

namespace debrief {

// libopusenc hands every finished Ogg page to onPage, whole.
struct OpusStreamEncoderCallbacks
{
    static int onPage(void* self, const unsigned char* page, opus_int32 length)
    {
        static_cast<OpusStreamEncoder*>(self)->takePage(page, length);
        return 0;
    }
    static int onClose(void*) { return 0; }
};

OpusStreamEncoder::OpusStreamEncoder(int inputRate, int bitrate)
    : m_inputRate(inputRate)
{
    static const OpusEncCallbacks callbacks{&OpusStreamEncoderCallbacks::onPage,
                                            &OpusStreamEncoderCallbacks::onClose};
    // No tags: nothing about the person or the device goes into the stream.
    OggOpusComments* comments = ope_comments_create();
    int error = OPE_OK;
    m_encoder = ope_encoder_create_callbacks(&callbacks, this, comments, inputRate, 1, 0, &error);
    ope_comments_destroy(comments);
    if (!m_encoder) {
        fail("create", error);
        return;
    }
    // Speech, hard constant bitrate: every packet the same size, whatever is said.
    const int steps[][2] = {
        {OPUS_SET_APPLICATION_REQUEST, OPUS_APPLICATION_VOIP},
        {OPUS_SET_SIGNAL_REQUEST, OPUS_SIGNAL_VOICE},
        {OPUS_SET_VBR_REQUEST, 0},
        {OPUS_SET_BITRATE_REQUEST, bitrate},
        {OPUS_SET_DTX_REQUEST, 0},
        // Half of libopus's effort scale: ~1.5 % of a core here instead of ~3 % at the
        // maximum, for speech that sounds the same at this bitrate (bench/audio).
        {OPUS_SET_COMPLEXITY_REQUEST, 5},
        // Encode each 20 ms frame as soon as it is complete, and close a page every PageMs,
        // so a chunk taken about once a second holds complete pages and loses little.
        {OPE_SET_DECISION_DELAY_REQUEST, 0},
        {OPE_SET_MUXING_DELAY_REQUEST, 48 * PageMs},
        {OPE_SET_COMMENT_PADDING_REQUEST, 0},
    };
    for (const auto& step : steps) {
        if ((error = ope_encoder_ctl(m_encoder, step[0], step[1])) != OPE_OK) {
            fail("configure", error);
            return;
        }
    }
    if ((error = ope_encoder_flush_header(m_encoder)) != OPE_OK)
        fail("header", error);
}

OpusStreamEncoder::~OpusStreamEncoder()
{
    if (m_encoder)
        ope_encoder_destroy(m_encoder);
}

void OpusStreamEncoder::fail(const char* what, int code)
{
    m_error = QStringLiteral("libopusenc %1: %2")
                  .arg(QString::fromLatin1(what), QString::fromUtf8(ope_strerror(code)));
}

void OpusStreamEncoder::takePage(const unsigned char* page, qsizetype length)
{
    // An Ogg page: 27-byte header (granule position at 6, little-endian), segment table, data.
    constexpr qsizetype HeaderSize = 27;
    if (length < HeaderSize)
        return;
    const qint64 granule = qFromLittleEndian<qint64>(page + 6);
    if (m_preSkip == 0) {
        // The first page holds OpusHead alone; its pre-skip (at 10) is not audio.
        const qsizetype head = HeaderSize + page[26];
        if (length >= head + 12 && memcmp(page + head, "OpusHead", 8) == 0)
            m_preSkip = qFromLittleEndian<quint16>(page + head + 10);
    }
    if (granule > m_lastGranule)
        m_lastGranule = granule;
    m_pages.append(reinterpret_cast<const char*>(page), length);
}

bool OpusStreamEncoder::write(const float* samples, int count)
{
    if (!isValid() || m_finished)
        return false;
    if (count <= 0)
        return true;
    const int error = ope_encoder_write_float(m_encoder, samples, count);
    if (error != OPE_OK) {
        fail("write", error);
        return false;
    }
    return true;
}

bool OpusStreamEncoder::finish()
{
    if (!isValid() || m_finished)
        return isValid();
    m_finished = true;
    const int error = ope_encoder_drain(m_encoder);
    if (error != OPE_OK) {
        fail("drain", error);
        return false;
    }
    return true;
}

QByteArray OpusStreamEncoder::takePages()
{
    QByteArray pages;
    pages.swap(m_pages);
    return pages;
}

qint64 OpusStreamEncoder::encodedMs() const
{
    return qMax<qint64>(0, m_lastGranule - m_preSkip) / 48;
}

} // namespace debrief
