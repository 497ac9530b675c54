#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>

class QPainter;

namespace debrief {

// A QR code's modules for a text (so a coach's public key can be read by a phone's camera),
// from libqrencode, with the light quiet zone around them that scanners need. The text is
// encoded as its UTF-8 bytes at error correction level M.
class QrMatrix
{
public:
    // Light modules on every side, as the standard asks (ISO/IEC 18004: four).
    static constexpr int QuietZone = 4;

    QrMatrix() = default;
    // Null (isNull) when the text is empty or too long for a QR code.
    static QrMatrix encode(const QString& text);

    bool isNull() const { return m_symbolWidth == 0; }
    // The QR version (1–40): its symbol is 17 + 4 × version modules wide.
    int version() const { return m_version; }
    // Modules per side of the symbol alone, and with the quiet zone.
    int symbolWidth() const { return m_symbolWidth; }
    int size() const { return m_symbolWidth > 0 ? m_symbolWidth + 2 * QuietZone : 0; }
    // Whether the module at (x, y) is dark; coordinates include the quiet zone (0..size()-1).
    bool dark(int x, int y) const;

    // Draws it into area (black on white, whole pixels per module, centred); returns where the
    // code went (the quiet zone included), or an empty rectangle when it does not fit.
    QRectF paint(QPainter& painter, const QRectF& area) const;

private:
    int m_version = 0;
    int m_symbolWidth = 0;
    QByteArray m_modules; // symbolWidth² bytes, row by row: 1 dark, 0 light
};

} // namespace debrief
