#include "QrCodeItem.h"

#include <QPainter>

namespace debrief {

QrCodeItem::QrCodeItem(QQuickItem* parent)
    : QQuickPaintedItem(parent)
{
    setImplicitSize(240, 240);
    // A white card around the code, the quiet zone included, in dark themes too.
    setFillColor(Qt::white);
}

void QrCodeItem::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_matrix = QrMatrix::encode(text);
    emit textChanged();
    update();
}

void QrCodeItem::paint(QPainter* painter)
{
    m_matrix.paint(*painter, QRectF(0, 0, width(), height()));
}

} // namespace debrief
