#include "SnippetMarkup.h"

#include "vault/ReflectionStore.h"

namespace debrief {

QString snippetMarkup(const QString& snippet)
{
    QString out;
    out.reserve(snippet.size() + 32);
    bool open = false;
    qsizetype plainFrom = 0;
    const auto flushPlain = [&](qsizetype to) {
        out += snippet.mid(plainFrom, to - plainFrom).toHtmlEscaped();
    };
    for (qsizetype i = 0; i < snippet.size(); ++i) {
        const QChar c = snippet.at(i);
        if (c != ReflectionStore::MatchStart && c != ReflectionStore::MatchEnd)
            continue;
        flushPlain(i);
        plainFrom = i + 1;
        if (c == ReflectionStore::MatchStart && !open) {
            out += QLatin1String("<b>");
            open = true;
        } else if (c == ReflectionStore::MatchEnd && open) {
            out += QLatin1String("</b>");
            open = false;
        }
    }
    flushPlain(snippet.size());
    if (open)
        out += QLatin1String("</b>");
    // Styled text folds line breaks into spaces anyway; say so explicitly.
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

} // namespace debrief
