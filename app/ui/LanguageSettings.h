#pragma once

#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// The language Debrief speaks when it should not follow the system's (Settings > Language),
// remembered between starts as a locale name ("de", "zh_CN"; empty for the system language).
// Holds that preference only, never anything a person wrote.
class LanguageSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    // "" for the system language, else one of the languages offered.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The languages offered, [{code, name}], each named in its own language.
    Q_PROPERTY(QVariantList choices READ choices CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    // The settings live in an INI file at filePath (VoiceSettings::standardFile()).
    explicit LanguageSettings(const QString& filePath, QObject* parent = nullptr);

    QString language() const { return m_language; }
    // An unknown name means the system language.
    void setLanguage(const QString& language);
    static QVariantList choices();
    QString errorMessage() const { return m_errorMessage; }

signals:
    void languageChanged();
    void errorMessageChanged();

private:
    QSettings m_settings;
    QString m_language;
    QString m_errorMessage;
};

} // namespace debrief
