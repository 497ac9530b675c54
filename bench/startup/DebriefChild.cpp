// Debrief child of bench_first_frame: builds the services the way app/main.cpp does (AppServices),
// with a fake OS keyring that already holds the vault key (so the keyring path unlocks with no
// prompt), loads the real QML module and prints FIRST_FRAME on stdout when the first frame showing
// the unlocked workspace (capture page) has been swapped, then quits.
//
// Usage: bench_child_debrief <vault dir> <keyring file: vault id, newline, key hex> [mode]
// Modes (bench_history): history-desktop (1280x800: the frame where the list beside shows its
// rows) and history-phone (390x844: History tapped after the first frame, then the frame
// showing its rows); both print "T readySwap" at the workspace's first frame, "T historyFrame"
// at the one with the rows, then "RSS_KB <resident kB>".
// Exit codes: 0 ok, 1 load failure, 3 timeout, 4 capture page not shown, 5 vault not unlocked,
// 6 no history rows.

#include "startup/PhaseMark.h"

#include "AppServices.h"
#include "core/Clock.h"
#include "fake/FakeNotifier.h"
#include "fake/FakeNudgeScheduler.h"
#include "fake/FakePermissions.h"
#include "fake/FakeSecretStore.h"
#include "fake/FakeShareSheet.h"
#include "fake/FakeStartAtLogin.h"
#include "vault/KeyringUnlock.h"

#include <QApplication>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <atomic>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Debrief_UiPlugin)
Q_IMPORT_QML_PLUGIN(DebriefPlugin)

using debrief::bench::mark;

namespace {

QQuickItem* findVisibleItem(QQuickItem* item, const QString& name)
{
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == name)
        return item;
    for (QQuickItem* child : item->childItems())
        if (QQuickItem* found = findVisibleItem(child, name))
            return found;
    return nullptr;
}

// This process's resident memory (VmRSS), in kB.
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const auto match = QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+)"))
                           .match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    mark("main");
    // A QApplication, as in app/main.cpp (the tray icon needs Qt Widgets).
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Debrief"));
    QApplication::setApplicationDisplayName(QStringLiteral("Debrief"));
    QApplication::setDesktopFileName(QStringLiteral("debrief"));
    const QStringList args = app.arguments();
    if (args.size() != 3 && args.size() != 4) {
        std::fputs("usage: bench_child_debrief <vault dir> <keyring file> [mode]\n", stderr);
        return 1;
    }
    const QString mode = args.value(3, QStringLiteral("capture"));
    const bool history = mode.startsWith(QStringLiteral("history-"));
    const bool phone = mode == QStringLiteral("history-phone");
    QQuickStyle::setStyle(QStringLiteral("Material"));

    // Services, as in app/main.cpp; the fake keyring stands in for the OS secret store.
    debrief::platform::FakeSecretStore secrets;
    {
        QFile keyring(args.at(2));
        if (!keyring.open(QIODevice::ReadOnly))
            return 1;
        const QList<QByteArray> lines = keyring.readAll().trimmed().split('\n');
        if (lines.size() != 2)
            return 1;
        secrets.contents().insert(debrief::KeyringUnlock::entryName(QString::fromUtf8(lines[0])),
                                  lines[1]);
    }
    debrief::platform::FakePermissions permissions;
    const debrief::SystemClock clock;
    debrief::platform::FakeNotifier notifier;
    debrief::platform::FakeNudgeScheduler scheduler;
    debrief::platform::FakeStartAtLogin startAtLogin;
    debrief::platform::FakeShareSheet shareSheet;
    debrief::AppServices services(
        debrief::VaultFiles(args.at(1)),
        {secrets, permissions, notifier, scheduler, startAtLogin, clock, shareSheet});
    debrief::VaultController& vault = services.vault();

    // Connected before the QML (and so called before its bindings react): when Ready begins.
    QObject::connect(&vault, &debrief::VaultController::stateChanged, &app, [&] {
        if (vault.state() == debrief::VaultController::State::Ready)
            mark("readyBegins");
    });

    // UI.
    QQmlApplicationEngine engine;
    engine.setInitialProperties(services.qmlProperties());
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Debrief/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    mark("loaded");
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    if (phone)
        window->resize(390, 844);

    // The frame to report: the first one swapped whose scene was synchronized after the state
    // became Ready (the Loader swaps in the workspace synchronously on that state change).
    // Sync and swap run on the render thread (GUI thread blocked during sync): atomics suffice.
    std::atomic<bool> ready{false};
    std::atomic<bool> syncedReady{false};
    std::atomic<bool> reported{false};
    std::atomic<bool> anyFrame{false};
    // History modes: the list was asked for (at once on a desktop, where it sits beside the
    // capture page), and a scene with its first row was synchronized.
    std::atomic<bool> historyAsked{history && !phone};
    std::atomic<bool> rowsSynced{false};
    std::atomic<bool> historyReported{false};
    QObject::connect(&vault, &debrief::VaultController::stateChanged, &app, [&] {
        using S = debrief::VaultController::State;
        if (vault.state() == S::Ready) {
            ready = true;
            mark("ready");
        } else if (vault.state() != S::Starting) {
            std::fprintf(stderr, "bench_child_debrief: vault not unlocked (state %d): %s\n",
                         int(vault.state()), qPrintable(vault.errorMessage()));
            app.exit(5);
        }
    });
    QObject::connect(
        window, &QQuickWindow::afterSynchronizing, window,
        [&] {
            if (ready && !syncedReady.exchange(true))
                mark("readySynced");
            // The GUI thread is blocked while the scene synchronizes: the items can be read.
            // (An empty vault shows its empty state there instead.)
            if (historyAsked && !rowsSynced &&
                (findVisibleItem(window->contentItem(), QStringLiteral("historyRow_0")) ||
                 findVisibleItem(window->contentItem(), QStringLiteral("historyEmptyVault"))))
                rowsSynced = true;
        },
        Qt::DirectConnection);
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&] {
            if (!anyFrame.exchange(true))
                mark("firstSwap");
            if (rowsSynced && !historyReported.exchange(true)) {
                mark("historyFrame");
                std::fputs("FIRST_FRAME\n", stdout);
                std::fflush(stdout);
                QMetaObject::invokeMethod(
                    &app,
                    [&] {
                        std::printf("RSS_KB %lld\n", static_cast<long long>(residentKb()));
                        std::fflush(stdout);
                        app.exit(0);
                    },
                    Qt::QueuedConnection);
                return;
            }
            if (!syncedReady || reported.exchange(true))
                return;
            if (history) {
                mark("readySwap"); // the workspace's first frame
                // On a phone, History is tapped once the workspace is on screen.
                if (phone)
                    QMetaObject::invokeMethod(
                        &app,
                        [&] {
                            QQuickItem* workspace =
                                findVisibleItem(window->contentItem(), QStringLiteral("workspace"));
                            if (!workspace || !QMetaObject::invokeMethod(workspace, "showHistory"))
                                app.exit(6);
                            mark("historyOpened");
                            historyAsked = true;
                            window->update();
                        },
                        Qt::QueuedConnection);
                return;
            }
            std::fputs("FIRST_FRAME\n", stdout);
            std::fflush(stdout);
            QMetaObject::invokeMethod(
                &app,
                [&] {
                    const bool shown = findVisibleItem(window->contentItem(),
                                                       QStringLiteral("capturePage")) != nullptr;
                    if (!shown)
                        std::fputs("bench_child_debrief: capture page not visible\n", stderr);
                    app.exit(shown ? 0 : 4);
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    QTimer::singleShot(30000, &app, [&] {
        std::fputs("bench_child_debrief: no frame within 30 s\n", stderr);
        app.exit(3);
    });

    vault.start();
    return app.exec();
}
