// Unit tests of the QR code behind "My sharing key": the modules are libqrencode's at level M
// with a light quiet zone of four modules; the symbol reads back as a QR code should (finder
// and timing patterns, both copies of the format information decoding to level M); and what
// is painted is exactly those modules, whole pixels each, centred, nothing outside.

#include "QrMatrix.h"

#include <QImage>
#include <QPainter>
#include <QSet>
#include <catch2/catch_test_macros.hpp>
#include <cmath>
#include <qrencode.h>

using debrief::QrMatrix;

namespace {

// An age public key as people share it: 62 characters.
const QString AgeKey =
    QStringLiteral("age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p");

// The module at (x, y) of the symbol itself (no quiet zone).
bool symbolDark(const QrMatrix& m, int x, int y)
{
    return m.dark(x + QrMatrix::QuietZone, y + QrMatrix::QuietZone);
}

// A finder pattern's 7 × 7 modules from (left, top): dark ring, light ring, dark 3 × 3 core.
bool finderAt(const QrMatrix& m, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const int ring = std::min({x, y, 6 - x, 6 - y});
            if (symbolDark(m, left + x, top + y) != (ring != 1))
                return false;
        }
    }
    return true;
}

// The 15 bits of the format information, as a reader takes them: around the top-left finder,
// and split between the other two (ISO/IEC 18004 7.9; the order ZXing reads them in).
int formatBitsTopLeft(const QrMatrix& m)
{
    int bits = 0;
    const auto take = [&](int x, int y) {
        bits = (bits << 1) | (symbolDark(m, x, y) ? 1 : 0);
    };
    for (int x = 0; x < 6; ++x)
        take(x, 8);
    take(7, 8);
    take(8, 8);
    take(8, 7);
    for (int y = 5; y >= 0; --y)
        take(8, y);
    return bits;
}

int formatBitsOtherCorners(const QrMatrix& m)
{
    const int n = m.symbolWidth();
    int bits = 0;
    const auto take = [&](int x, int y) {
        bits = (bits << 1) | (symbolDark(m, x, y) ? 1 : 0);
    };
    for (int y = n - 1; y >= n - 7; --y)
        take(8, y);
    for (int x = n - 8; x < n; ++x)
        take(x, 8);
    return bits;
}

// Every valid format information word (5 data bits + BCH(15,5), masked): data bits by word.
QHash<int, int> validFormatWords()
{
    QHash<int, int> words;
    for (int data = 0; data < 32; ++data) {
        int rest = data << 10;
        for (int bit = 14; bit >= 10; --bit) {
            if (rest & (1 << bit))
                rest ^= 0x537 << (bit - 10);
        }
        words.insert(((data << 10) | rest) ^ 0x5412, data);
    }
    return words;
}

} // namespace

TEST_CASE("An age key becomes libqrencode's level M symbol with a light quiet zone", "[qr]")
{
    const QrMatrix m = QrMatrix::encode(AgeKey);
    REQUIRE_FALSE(m.isNull());
    // 62 bytes fill a version 4 symbol at level M exactly (its 8-bit capacity is 62).
    CHECK(m.version() == 4);
    CHECK(m.symbolWidth() == 33);
    CHECK(m.size() == 33 + 2 * 4);

    const QByteArray bytes = AgeKey.toUtf8();
    QRcode* reference = QRcode_encodeData(
        int(bytes.size()), reinterpret_cast<const unsigned char*>(bytes.data()), 0, QR_ECLEVEL_M);
    REQUIRE(reference);
    REQUIRE(reference->width == m.symbolWidth());
    int differences = 0;
    for (int y = 0; y < reference->width; ++y) {
        for (int x = 0; x < reference->width; ++x) {
            if (bool(reference->data[y * reference->width + x] & 1) != symbolDark(m, x, y))
                ++differences;
        }
    }
    QRcode_free(reference);
    CHECK(differences == 0);

    int darkInQuietZone = 0;
    for (int y = 0; y < m.size(); ++y) {
        for (int x = 0; x < m.size(); ++x) {
            const bool inSymbol = x >= 4 && y >= 4 && x < m.size() - 4 && y < m.size() - 4;
            if (!inSymbol && m.dark(x, y))
                ++darkInQuietZone;
        }
    }
    CHECK(darkInQuietZone == 0);
    CHECK_FALSE(m.dark(-1, 0));
    CHECK_FALSE(m.dark(m.size(), m.size()));
}

TEST_CASE("The symbol reads as a QR code: finders, timing, format information at level M", "[qr]")
{
    const QrMatrix m = QrMatrix::encode(AgeKey);
    REQUIRE_FALSE(m.isNull());
    const int n = m.symbolWidth();
    CHECK(finderAt(m, 0, 0));
    CHECK(finderAt(m, n - 7, 0));
    CHECK(finderAt(m, 0, n - 7));
    CHECK_FALSE(finderAt(m, n - 7, n - 7)); // the fourth corner has none: orientation
    for (int i = 8; i < n - 8; ++i) {
        CHECK(symbolDark(m, i, 6) == (i % 2 == 0));
        CHECK(symbolDark(m, 6, i) == (i % 2 == 0));
    }
    CHECK(symbolDark(m, 8, n - 8)); // the dark module beside the bottom-left finder

    const QHash<int, int> valid = validFormatWords();
    const int first = formatBitsTopLeft(m);
    const int second = formatBitsOtherCorners(m);
    CAPTURE(first, second);
    CHECK(first == second);
    REQUIRE(valid.contains(first));
    CHECK(valid.value(first) >> 3 == 0); // error correction bits 00: level M
}

TEST_CASE("Painting draws exactly the modules, whole pixels each, centred", "[qr]")
{
    const QrMatrix m = QrMatrix::encode(AgeKey);
    REQUIRE(m.size() == 41);
    const QColor background(200, 30, 30);
    QImage image(500, 400, QImage::Format_RGB32);
    image.fill(background);
    QRectF where;
    {
        QPainter painter(&image);
        where = m.paint(painter, QRectF(0, 0, 500, 400));
    }
    const int module = 400 / 41; // 9 pixels
    // Square, on whole pixels, centred to within half a pixel.
    CHECK(where.size() == QSizeF(41 * module, 41 * module));
    CHECK(where.x() == std::floor(where.x()));
    CHECK(where.y() == std::floor(where.y()));
    CHECK(std::abs(where.center().x() - 250) <= 0.5);
    CHECK(std::abs(where.center().y() - 200) <= 0.5);
    int wrong = 0;
    for (int y = 0; y < m.size(); ++y) {
        for (int x = 0; x < m.size(); ++x) {
            // Every pixel of the module, not only its centre: no blur at the edges.
            for (int py = 0; py < module; ++py) {
                for (int px = 0; px < module; ++px) {
                    const QRgb pixel = image.pixel(int(where.x()) + x * module + px,
                                                   int(where.y()) + y * module + py);
                    if (pixel != (m.dark(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255)))
                        ++wrong;
                }
            }
        }
    }
    CHECK(wrong == 0);
    CHECK(image.pixel(int(where.left()) - 1, 200) == background.rgb());
    CHECK(image.pixel(int(where.right()) + 1, 200) == background.rgb());
    CHECK(image.pixel(250, 0) == background.rgb());
}

TEST_CASE("No code for nothing, for too much, or where it cannot fit", "[qr]")
{
    CHECK(QrMatrix::encode(QString()).isNull());
    CHECK(QrMatrix::encode(QString(3000, QLatin1Char('a'))).isNull()); // over 2331 bytes at M
    CHECK(QrMatrix().size() == 0);

    // Non-ASCII text is encoded as its UTF-8 bytes.
    const QrMatrix name = QrMatrix::encode(QStringLiteral("Zoë 🙂"));
    REQUIRE_FALSE(name.isNull());
    CHECK(name.version() == 1);

    const QrMatrix m = QrMatrix::encode(AgeKey);
    QImage image(40, 40, QImage::Format_RGB32); // under one pixel per module
    image.fill(Qt::gray);
    QPainter painter(&image);
    CHECK(m.paint(painter, QRectF(0, 0, 40, 40)).isEmpty());
    painter.end();
    QSet<QRgb> colours;
    for (int y = 0; y < 40; ++y) {
        for (int x = 0; x < 40; ++x)
            colours.insert(image.pixel(x, y));
    }
    CHECK(colours == QSet<QRgb>{QColor(Qt::gray).rgb()});
}
