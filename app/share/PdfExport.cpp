#include "share/PdfExport.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace debrief::pdfexport {

bool write(const QString& markdown, const QString& path, ShareError* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(error, {ShareError::Kind::FileIo, file.errorString()});
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        pdf.setTitle(QCoreApplication::translate("PdfExport", "Reflections (not encrypted)"));
        pdf.setCreator(QStringLiteral("Debrief"));
        QTextDocument document;
        document.setMarkdown(markdown);
        document.print(&pdf);
    }
    if (!file.commit())
        return failWith(error, {ShareError::Kind::FileIo, file.errorString()});
    if (error)
        *error = {};
    return true;
}

} // namespace debrief::pdfexport
