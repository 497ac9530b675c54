// Debrief's composition root: builds every service, wires them, hands them to QML, loads it.

#include "AppServices.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <debrief/platform/PlatformFactory.h>

Q_IMPORT_QML_PLUGIN(Debrief_UiPlugin)
Q_IMPORT_QML_PLUGIN(DebriefPlugin)

namespace {

// --self-test: any QML warning or error fails the run.
int g_qmlProblems = 0;
QtMessageHandler g_previousHandler = nullptr;
void countQmlProblems(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++g_qmlProblems;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Compiles every QML file of the module, including pages not shown at start.
bool compileAllQml(QQmlEngine& engine)
{
    bool ok = true;
    QDirIterator it(QStringLiteral(":/qt/qml/Debrief"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        if (component.isError()) {
            qCritical().noquote() << component.errorString();
            ok = false;
        }
    }
    return ok;
}

void installTranslations(QGuiApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("debrief"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        app.installTranslator(translator);
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Debrief"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Debrief"));
    QGuiApplication::setApplicationVersion(QStringLiteral(DEBRIEF_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("debrief"));
    installTranslations(app);

    QCommandLineParser cli;
    cli.setApplicationDescription(QCoreApplication::translate(
        "main", "Debrief: reflect on setbacks, privately, and turn them into small experiments."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate(
            "main", "Load the whole UI, then quit: 0 when it loaded without a QML error."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main",
                                    "Keep the vault in <dir> instead of the standard data folder."),
        QStringLiteral("dir"));
    cli.addOptions({selfTest, dataDir});
    cli.process(app);

    if (cli.isSet(selfTest))
        g_previousHandler = qInstallMessageHandler(countQmlProblems);

    QQuickStyle::setStyle(QStringLiteral("Material"));

    // Services, wired in AppServices (shared with the UI tests).
    const auto secrets = debrief::platform::createSecretStore(QStringLiteral("Debrief"));
    const auto permissions = debrief::platform::createPermissions();
    debrief::AppServices services(cli.isSet(dataDir) ? debrief::VaultFiles(cli.value(dataDir))
                                                     : debrief::VaultFiles::standardLocation(),
                                  *secrets, *permissions);

    // UI.
    QQmlApplicationEngine engine;
    engine.setInitialProperties(services.qmlProperties());
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Debrief/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    services.vault().start();

    if (cli.isSet(selfTest)) {
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
        const bool compiled = compileAllQml(engine);
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&app, compiled] {
                // One more turn of the event loop so asynchronous loaders report too.
                QTimer::singleShot(200, &app, [&app, compiled] {
                    app.exit(compiled && g_qmlProblems == 0 ? 0 : 2);
                });
            },
            Qt::SingleShotConnection);
        QTimer::singleShot(20000, &app, [&app] {
            qCritical("self-test: no frame within 20 s");
            app.exit(3);
        });
    }
    return app.exec();
}
