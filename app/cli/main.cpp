// debrief-cli: Debrief's vault from a terminal, with the same unlock rules as the app.

#include "cli/CliApp.h"
#include "cli/ExitCode.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The same name as the app, so both find the same data folder and keyring entries.
    QCoreApplication::setApplicationName(QStringLiteral("Debrief"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEBRIEF_VERSION));
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("debrief"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    return debrief::cli::CliApp().run(QCoreApplication::arguments());
}
