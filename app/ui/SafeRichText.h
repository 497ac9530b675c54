#pragma once

#include <QString>

namespace debrief {

// Markdown from outside (an entry someone shared, as its entries.md shows it) as rich text QML
// may show: headings, emphasis and lists stay; images and links become their plain text, so
// showing it never loads a file or reaches the network (a share cannot ping its sender when
// it is read). No raw HTML is taken from the Markdown.
QString markdownToSafeHtml(const QString& markdown);

} // namespace debrief
