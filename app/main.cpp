// Debrief's composition root: builds every service, wires them, hands them to QML, loads it.

#include "AppServices.h"
#include "core/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <debrief/platform/PlatformFactory.h>
#include <memory>

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

// While reminders are on and the desktop has a tray, closing the window leaves Debrief running
// there, so reminders still come; the tray's menu opens the window again or quits.
void keepRunningForReminders(QApplication& app, QQuickWindow& window,
                             debrief::platform::BackgroundPresence& presence,
                             debrief::NudgeSettings& settings)
{
    presence.setHandlers(
        [&window] {
            window.show();
            window.raise();
            window.requestActivate();
        },
        [&app] { app.quit(); });
    const auto apply = [&app, &presence, &settings] {
        const bool keep = settings.enabled() && presence.available();
        presence.setVisible(keep);
        app.setQuitOnLastWindowClosed(!keep);
    };
    apply();
    QObject::connect(&settings, &debrief::NudgeSettings::changed, &app, apply);
}

} // namespace

int main(int argc, char* argv[])
{
    // A QApplication (not only a QGuiApplication): the tray icon is a Qt Widgets class.
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Debrief"));
    QApplication::setApplicationDisplayName(QStringLiteral("Debrief"));
    QApplication::setApplicationVersion(QStringLiteral(DEBRIEF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("debrief"));
    // The command line's help in the language chosen in Settings; AppServices puts the choice
    // into effect for the app itself below.
    auto helpLanguage = std::make_unique<debrief::UiLanguage>();
    helpLanguage->apply(
        debrief::LanguageSettings(debrief::VoiceSettings::standardFile()).language());

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
    const QCommandLineOption background(
        QStringLiteral("background"),
        QCoreApplication::translate(
            "main", "Start in the system tray without a window (used when starting at login)."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "main", "Fill a new, empty vault with example reflections (marked as examples)."));
    cli.addOptions({selfTest, dataDir, background, demo});
    cli.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate(
            "main", "A .debrief file someone sent you: opened once the vault is unlocked."),
        QStringLiteral("[file.debrief]"));
    cli.process(app);
    helpLanguage.reset();

    if (cli.isSet(selfTest))
        g_previousHandler = qInstallMessageHandler(countQmlProblems);

    QQuickStyle::setStyle(QStringLiteral("Material"));

    // Services, wired in AppServices (shared with the UI tests).
    const auto secrets = debrief::platform::createSecretStore(QStringLiteral("Debrief"));
    const auto permissions = debrief::platform::createPermissions();
    const debrief::SystemClock clock;
    const auto notifier = debrief::platform::createNotifier();
    const auto scheduler =
        debrief::platform::createNudgeScheduler([&clock] { return clock.nowUtc(); });
    const auto startAtLogin = debrief::platform::createStartAtLogin();
    const auto presence = debrief::platform::createBackgroundPresence();
    const auto shareSheet = debrief::platform::createShareSheet();
    debrief::AppServices services(
        cli.isSet(dataDir) ? debrief::VaultFiles(cli.value(dataDir))
                           : debrief::VaultFiles::standardLocation(),
        {*secrets, *permissions, *notifier, *scheduler, *startAtLogin, clock, *shareSheet});

    services.examples().setFillWhenEmpty(cli.isSet(demo));
    // A path, or a file:// URL from a desktop launcher.
    for (const QString& file : cli.positionalArguments())
        services.importer().openFile(
            QUrl::fromUserInput(file, QDir::currentPath(), QUrl::AssumeLocalFile));

    // UI.
    QQmlApplicationEngine engine;
    services.uiLanguage().setEngine(&engine); // its texts follow Settings > Language
    engine.setInitialProperties(services.qmlProperties());
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Debrief/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* mainWindow = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    keepRunningForReminders(app, *mainWindow, *presence, services.nudgeSettings());
    if (cli.isSet(background) && presence->available() && !cli.isSet(selfTest))
        mainWindow->hide();
    services.vault().start();

    if (cli.isSet(selfTest)) {
        QQuickWindow* window = mainWindow;
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
