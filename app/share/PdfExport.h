#pragma once

#include "share/ShareError.h"

#include <QString>

// The readable PDF export (debrief_share_pdf, on Qt Gui): the same Markdown as the readable
// Markdown export (ShareExporter::readableMarkdown, which begins with the "not encrypted"
// notice), laid out on A4 pages. Needs a QGuiApplication.
namespace debrief::pdfexport {

// Writes the PDF to path; it appears only when complete. Also says "not encrypted" in the PDF's
// title, so a file list shows it.
bool write(const QString& markdown, const QString& path, ShareError* error);

} // namespace debrief::pdfexport
