#include "vault/FtsQuery.h"

#include <QRegularExpression>
#include <QStringList>

namespace debrief {

QString ftsQueryFor(const QString& userInput)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString& word : userInput.split(separators, Qt::SkipEmptyParts)) {
        // A quoted string is always a plain phrase to FTS5; the trailing * makes it a prefix.
        const bool prefix = word.size() >= PrefixMinLength;
        terms.append(QLatin1Char('"') + word +
                     (prefix ? QStringLiteral("\"*") : QStringLiteral("\"")));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace debrief
