#include "vault/FtsQuery.h"

#include "vault/FtsTokenizer.h"

#include <QRegularExpression>
#include <QStringList>

namespace debrief {

namespace {

// A quoted string is always a plain phrase to FTS5; the trailing * makes it a prefix.
QString phrase(const QString& text, bool prefix)
{
    return QLatin1Char('"') + text + (prefix ? QStringLiteral("\"*") : QStringLiteral("\""));
}

// One typed word as terms: its CJK runs as phrases of single characters, the rest as before.
void appendTerms(const QString& word, QStringList* terms)
{
    QString run;   // CJK characters, space-separated
    QString latin; // anything else
    auto flushRun = [&] {
        if (!run.isEmpty())
            terms->append(phrase(run, false));
        run.clear();
    };
    auto flushLatin = [&] {
        if (!latin.isEmpty())
            terms->append(phrase(latin, latin.size() >= PrefixMinLength));
        latin.clear();
    };
    for (const char32_t c : word.toUcs4()) {
        const QString character = QString::fromUcs4(&c, 1);
        if (isCjkCharacter(c)) {
            flushLatin();
            if (!run.isEmpty())
                run += QLatin1Char(' ');
            run += character;
        } else {
            flushRun();
            latin += character;
        }
    }
    flushRun();
    flushLatin();
}

} // namespace

QString ftsQueryFor(const QString& userInput)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString& word : userInput.split(separators, Qt::SkipEmptyParts))
        appendTerms(word, &terms);
    return terms.join(QLatin1Char(' '));
}

} // namespace debrief
