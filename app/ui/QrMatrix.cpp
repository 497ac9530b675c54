#include "QrMatrix.h"

#include <QPainter>
#include <cmath>
#include <qrencode.h>

namespace debrief {

QrMatrix QrMatrix::encode(const QString& text)
{
    QrMatrix matrix;
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty())
        return matrix;
    QRcode* code = QRcode_encodeData(int(bytes.size()),
                                     reinterpret_cast<const unsigned char*>(bytes.constData()), 0,
                                     QR_ECLEVEL_M);
    if (!code)
        return matrix; // too long (ERANGE) or out of memory
    matrix.m_version = code->version;
    matrix.m_symbolWidth = code->width;
    const int count = code->width * code->width;
    matrix.m_modules.resize(count);
    // libqrencode's byte per module: bit 0 is the colour (1 dark); the others say what it is.
    for (int i = 0; i < count; ++i)
        matrix.m_modules[i] = char(code->data[i] & 1);
    QRcode_free(code);
    return matrix;
}

bool QrMatrix::dark(int x, int y) const
{
    const int sx = x - QuietZone;
    const int sy = y - QuietZone;
    if (sx < 0 || sy < 0 || sx >= m_symbolWidth || sy >= m_symbolWidth)
        return false;
    return m_modules.at(sy * m_symbolWidth + sx) != 0;
}

QRectF QrMatrix::paint(QPainter& painter, const QRectF& area) const
{
    if (isNull())
        return {};
    // Whole pixels per module: blurred edges between modules make scanning harder.
    const double module = std::floor(std::min(area.width(), area.height()) / size());
    if (module < 1)
        return {};
    const double side = module * size();
    const QRectF where(std::round(area.x() + (area.width() - side) / 2),
                       std::round(area.y() + (area.height() - side) / 2), side, side);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(where, Qt::white);
    for (int y = 0; y < m_symbolWidth; ++y) {
        for (int x = 0; x < m_symbolWidth; ++x) {
            if (m_modules.at(y * m_symbolWidth + x))
                painter.fillRect(QRectF(where.x() + (x + QuietZone) * module,
                                        where.y() + (y + QuietZone) * module, module, module),
                                 Qt::black);
        }
    }
    painter.restore();
    return where;
}

} // namespace debrief
