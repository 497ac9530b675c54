#include "SafeRichText.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QVector>

namespace debrief {

namespace {

// A fragment to make safe: an image (becomes its alt text) or a link (becomes plain text).
struct Replacement
{
    int position;
    int length;
    QTextCharFormat format;
};

} // namespace

QString markdownToSafeHtml(const QString& markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
    // Found first, changed afterwards (changing moves the fragments), from the end backwards.
    QVector<Replacement> replacements;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() || format.isAnchor() || !format.anchorHref().isEmpty() ||
                !format.anchorNames().isEmpty())
                replacements.append({fragment.position(), fragment.length(), format});
        }
    }
    for (auto it = replacements.crbegin(); it != replacements.crend(); ++it) {
        QTextCursor cursor(&doc);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        if (it->format.isImageFormat()) {
            cursor.insertText(it->format.stringProperty(QTextFormat::ImageAltText),
                              QTextCharFormat());
            continue;
        }
        QTextCharFormat plain = it->format;
        plain.setAnchor(false);
        plain.setAnchorHref({});
        plain.setAnchorNames({});
        plain.clearForeground(); // neither blue nor underlined: there is nothing to click
        plain.setFontUnderline(false);
        cursor.setCharFormat(plain);
    }
    return doc.toHtml();
}

} // namespace debrief
