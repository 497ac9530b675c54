#include "LanguageSettings.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace debrief {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");

QString known(const QString& language)
{
    return LanguageSettings::supported().contains(language) ? language : QString();
}
} // namespace

LanguageSettings::LanguageSettings(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_settings(filePath, QSettings::IniFormat)
    , m_language(known(m_settings.value(LanguageKey).toString()))
{
}

QStringList LanguageSettings::supported()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("de")};
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
    const QString chosen = known(language);
    if (chosen == m_language)
        return;
    m_language = chosen;
    m_settings.setValue(LanguageKey, chosen);
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
