#pragma once

#include "share/BundleModel.h"

#include <QString>

// entries.md: what a Debrief file holds, as Markdown a person reads in any editor. The same text
// is the preview before sharing (exactly what the coach receives), the readable Markdown export
// and the source of the PDF export.
namespace debrief::bundlemarkdown {

enum class Purpose
{
    InBundle,       // entries.md inside an encrypted file
    ReadableExport, // a file on its own: begins with a clear "not encrypted" notice
};

QString render(const BundleContent& content, Purpose purpose = Purpose::InBundle);
// One entry as render() shows it (a heading and its parts), e.g. for "Shared with me".
QString entry(const BundleEntry& entry);
// The notice a readable export begins with.
QString unencryptedNotice();

} // namespace debrief::bundlemarkdown
