#include "core/Translations.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace debrief {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");

QString known(const QString& language)
{
    return translatedLanguages().contains(language) ? language : QString();
}

} // namespace

bool loadTranslation(QTranslator& translator, const QLocale& locale)
{
    const QString folder = QStringLiteral(":/i18n");
    return translator.load(locale, QStringLiteral("debrief"), QStringLiteral("_"), folder) ||
           translator.load(QStringLiteral("debrief_en"), folder);
}

QStringList translatedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("de")};
}

QString standardSettingsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("settings.ini"));
}

QString chosenLanguage(const QSettings& settings)
{
    return known(settings.value(LanguageKey).toString());
}

void setChosenLanguage(QSettings& settings, const QString& language)
{
    settings.setValue(LanguageKey, known(language));
}

} // namespace debrief
