#pragma once

#include <QLocale>

class QTranslator;

namespace debrief {

// Loads Debrief's translation for a locale from the embedded :/i18n folder, for the app and the
// command line alike. A language without a translation reads the English source, so it gets
// English's file, which holds only the plural forms ("1 reflection", "2 reflections").
bool loadTranslation(QTranslator& translator, const QLocale& locale);

} // namespace debrief
