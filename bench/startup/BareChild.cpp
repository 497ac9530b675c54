// Baseline child of bench_first_frame: a bare Material ApplicationWindow (TextArea + Button).
// Prints FIRST_FRAME on stdout when its first frame is swapped, then quits.

#include "startup/PhaseMark.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <atomic>
#include <cstdio>

using debrief::bench::mark;

int main(int argc, char* argv[])
{
    mark("main");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/DebriefBenchBare/BareMain.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    mark("loaded");
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    std::atomic<bool> reported{false};
    // Direct: frameSwapped comes from the render thread; report at once, quit on the GUI thread.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&] {
            if (reported.exchange(true))
                return;
            std::fputs("FIRST_FRAME\n", stdout);
            std::fflush(stdout);
            QMetaObject::invokeMethod(
                &app, [&] { app.exit(0); }, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    return app.exec();
}
