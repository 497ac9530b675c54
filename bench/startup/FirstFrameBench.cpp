// Start to first frame, measured on whole processes: this parent spawns a child (posix_spawn) and
// times from the spawn to the child's "FIRST_FRAME" line on stdout. The children alternate:
//   bench_child_debrief: the real QML module, vault unlocked through the (fake) keyring, capture
//                        page shown; reports the first frame swapped after the state is Ready.
//   bench_child_bare:    a bare Material ApplicationWindow with a TextArea and a Button.
// The display is whatever the environment gives (the runner uses xvfb-run or offscreen).
//
// Usage: bench_first_frame --data-dir <dir> [--runs 15] [--warmups 2] [--display <label>]

#include "support/BenchSupport.h"
#include "support/ChildProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace debrief;
using namespace debrief::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"),
                                        QStringLiteral("Folder for the vault and sandbox."),
                                        QStringLiteral("dir"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per child."),
                                     QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption warmupsOpt(QStringLiteral("warmups"),
                                        QStringLiteral("Warm-up runs per child."),
                                        QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption displayOpt(QStringLiteral("display"),
                                        QStringLiteral("How the children display, for the table."),
                                        QStringLiteral("label"), QStringLiteral("unknown display"));
    const QCommandLineOption entriesOpt(QStringLiteral("entries"),
                                        QStringLiteral("Reflections in the vault."),
                                        QStringLiteral("n"), QStringLiteral("200"));
    cli.addOptions({dataDirOpt, runsOpt, warmupsOpt, displayOpt, entriesOpt});
    cli.process(app);
    if (!cli.isSet(dataDirOpt))
        fail(QStringLiteral("--data-dir is required"));
    const QString root = QDir(cli.value(dataDirOpt)).absolutePath() + QStringLiteral("/startup");
    const int runs = cli.value(runsOpt).toInt();
    const int warmups = cli.value(warmupsOpt).toInt();
    QDir().mkpath(root);

    const QString vaultDir = root + QStringLiteral("/vault");
    const QString keyringFile = root + QStringLiteral("/keyring.txt");
    const int entries = cli.value(entriesOpt).toInt();
    prepareKeyringVault(vaultDir, keyringFile, entries);
    isolateEnvironment(root + QStringLiteral("/sandbox"));

    const QString binDir = QCoreApplication::applicationDirPath();
    const QByteArray bare = QFile::encodeName(binDir + QStringLiteral("/bench_child_bare"));
    const QByteArray debrief = QFile::encodeName(binDir + QStringLiteral("/bench_child_debrief"));
    const QList<QByteArray> debriefArgs = {QFile::encodeName(vaultDir),
                                           QFile::encodeName(keyringFile)};
    const QByteArray log = QFile::encodeName(root + QStringLiteral("/children.log"));
    QFile::remove(QString::fromUtf8(log));

    std::vector<double> tb, td;
    Phases pb, pd, ignored;
    for (int i = 0; i < warmups + runs; ++i) {
        double b, d;
        Phases* phb = i >= warmups ? &pb : &ignored;
        Phases* phd = i >= warmups ? &pd : &ignored;
        if (i % 2 == 0) {
            b = timeToLine(bare, {}, log, "FIRST_FRAME", phb);
            d = timeToLine(debrief, debriefArgs, log, "FIRST_FRAME", phd);
        } else {
            d = timeToLine(debrief, debriefArgs, log, "FIRST_FRAME", phd);
            b = timeToLine(bare, {}, log, "FIRST_FRAME", phb);
        }
        if (i >= warmups) {
            tb.push_back(b);
            td.push_back(d);
        }
        progress(QStringLiteral("first frame run %1/%2: bare %3, debrief %4")
                     .arg(i + 1)
                     .arg(warmups + runs)
                     .arg(formatMs(b), formatMs(d)));
    }
    const double mb = median(tb), md = median(td);
    printRow(QStringLiteral("Start to first frame, median of %1 (spawn → first `frameSwapped`; "
                            "Debrief: capture page, vault unlocked via keyring; baseline: bare "
                            "Material window), %2")
                 .arg(runs)
                 .arg(cli.value(displayOpt)),
             formatMs(md), formatMs(mb), formatRatio(md / mb), QStringLiteral("≤ 1.3×"),
             md / mb <= 1.3);
    printNote(QStringLiteral("First frame (%1 runs each after %2 warm-ups, alternating): Debrief "
                             "min %3 / max %4, bare min %5 / max %6. The keyring is an in-memory "
                             "fake (no D-Bus round trip); the vault holds %7 entries.")
                  .arg(runs)
                  .arg(warmups)
                  .arg(formatMs(percentile(td, 0)), formatMs(percentile(td, 100)),
                       formatMs(percentile(tb, 0)), formatMs(percentile(tb, 100)))
                  .arg(entries));
    auto phaseList = [](const Phases& p, std::initializer_list<const char*> order) {
        QStringList parts;
        for (const char* name : order) {
            const auto it = p.find(QByteArray(name));
            if (it != p.end())
                parts.append(
                    QStringLiteral("%1 %2").arg(QLatin1String(name), formatMs(median(it->second))));
        }
        return parts.join(QStringLiteral(", "));
    };
    printNote(QStringLiteral("First-frame phases, median ms after spawn (main = entered main(); "
                             "loaded = QML root created; readyBegins / ready = vault state Ready, "
                             "before / after the QML built the workspace; readySynced = that "
                             "scene synchronized to the render thread; firstSwap = first frame "
                             "of any content): Debrief %1, frame %2; bare %3, "
                             "frame %4.")
                  .arg(phaseList(pd, {"main", "loaded", "readyBegins", "ready", "readySynced",
                                      "firstSwap"}),
                       formatMs(md), phaseList(pb, {"main", "loaded"}), formatMs(mb)));
    return 0;
}
