#pragma once

#include <QLocale>
#include <QStringList>

class QSettings;
class QTranslator;

namespace debrief {

// Loads Debrief's translation for a locale from the embedded :/i18n folder, for the app and the
// command line alike. A language without a translation reads the English source, so it gets
// English's file, which holds only the plural forms ("1 reflection", "2 reflections").
bool loadTranslation(QTranslator& translator, const QLocale& locale);

// The locale names Debrief is translated to (English is the source).
QStringList translatedLanguages();

// The settings file the app and the command line share (its preferences only, no content).
QString standardSettingsFile();
// The language chosen in Settings > Language as stored there: "" for the system's, also for a
// name Debrief has no translation for.
QString chosenLanguage(const QSettings& settings);
// Stores that choice (an unknown name as the system's).
void setChosenLanguage(QSettings& settings, const QString& language);

} // namespace debrief
