// debrief-cli: Debrief's vault from a terminal, with the same unlock rules as the app.

#include "cli/CliApp.h"
#include "cli/ExitCode.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The same name as the app, so both find the same data folder and keyring entries.
    QCoreApplication::setApplicationName(QStringLiteral("Debrief"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEBRIEF_VERSION));
    // The language chosen in the app's Settings > Language (app/ui/LanguageSettings), else the
    // system's.
    const QString chosen =
        debrief::chosenLanguage(QSettings(debrief::standardSettingsFile(), QSettings::IniFormat));
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    auto* translator = new QTranslator(&app);
    if (debrief::loadTranslation(*translator, QLocale()))
        QCoreApplication::installTranslator(translator);
    return debrief::cli::CliApp().run(QCoreApplication::arguments());
}
