#pragma once

#include "QrMatrix.h"

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// Shows a text as a QR code in QML (the sharing key page: a coach's phone reads the public
// key with its camera). Black on white whatever the theme, as scanners expect.
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // Modules per side, the quiet zone included (0 while there is no code).
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem* parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString& text);
    int modules() const { return m_matrix.size(); }

    void paint(QPainter* painter) override;

signals:
    void textChanged();

private:
    QString m_text;
    QrMatrix m_matrix;
};

} // namespace debrief
