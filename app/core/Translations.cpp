#include "core/Translations.h"

#include <QTranslator>

namespace debrief {

bool loadTranslation(QTranslator& translator, const QLocale& locale)
{
    const QString folder = QStringLiteral(":/i18n");
    return translator.load(locale, QStringLiteral("debrief"), QStringLiteral("_"), folder) ||
           translator.load(QStringLiteral("debrief_en"), folder);
}

} // namespace debrief
