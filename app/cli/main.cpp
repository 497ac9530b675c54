// debrief-cli: Debrief's vault from a terminal, with the same unlock rules as the app.

#include "cli/CliApp.h"
#include "cli/ExitCode.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
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
        QSettings(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                      .filePath(QStringLiteral("settings.ini")),
                  QSettings::IniFormat)
            .value(QStringLiteral("ui/language"))
            .toString();
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    auto* translator = new QTranslator(&app);
    if (debrief::loadTranslation(*translator, QLocale()))
        QCoreApplication::installTranslator(translator);
    return debrief::cli::CliApp().run(QCoreApplication::arguments());
}
