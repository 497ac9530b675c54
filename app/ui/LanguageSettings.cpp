#include "LanguageSettings.h"

#include "core/Translations.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace debrief {

LanguageSettings::LanguageSettings(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_settings(filePath, QSettings::IniFormat)
    , m_language(chosenLanguage(m_settings))
{
}

QVariantList LanguageSettings::choices()
{
    // Endonyms: a person who cannot read the current language still finds their own.
    const auto choice = [](const char* code, const char* name) {
        return QVariantMap{{QStringLiteral("code"), QString::fromLatin1(code)},
                           {QStringLiteral("name"), QString::fromUtf8(name)}};
    };
    return {choice("en", "English"), choice("zh_CN", "简体中文"), choice("de", "Deutsch")};
}

void LanguageSettings::setLanguage(const QString& language)
{
    const QString chosen = translatedLanguages().contains(language) ? language : QString();
    if (chosen == m_language)
        return;
    m_language = chosen;
    setChosenLanguage(m_settings, chosen);
    m_settings.sync();
    // The choice still applies until Debrief closes; only remembering it failed. (The voice
    // settings' words, translated once.)
    const QString message =
        m_settings.status() == QSettings::NoError
            ? QString()
            : QCoreApplication::translate(
                  "VoiceSettings",
                  "Your settings could not be saved, so they apply only until Debrief closes.");
    if (message != m_errorMessage) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
    emit languageChanged();
}

} // namespace debrief
