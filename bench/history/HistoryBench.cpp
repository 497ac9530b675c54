// History review with many entries, measured on whole processes (bench_child_debrief in its
// history modes, the real QML and services): how long the history list takes to show its rows
// after the vault opens (desktop: the list beside; phone: History tapped), and the resident
// memory with it on screen. 100,000 entries against a small vault (time) and an empty one
// (memory), alternating, in the same run.
//
// Usage: bench_history --data-dir <dir> [--entries 100000] [--small 200] [--runs 7]
//                      [--warmups 1] [--display <label>]

#include "support/BenchSupport.h"
#include "support/ChildProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace debrief::bench;

namespace {

struct Sample
{
    double ms = 0;        // from the phase before (see runChild) to the frame with the rows
    double fromReady = 0; // from the vault's Ready to that frame
    double rssMb = 0;     // resident memory then
    double totalMs = 0;   // from the spawn to that frame
};

// One child; `from` is the phase the history's own time starts at: the workspace's first frame
// on a desktop (the list fills in right after it), History tapped on a phone.
Sample runChild(const QByteArray& program, const QString& vaultDir, const QString& keyringFile,
                const char* mode, const char* from, const QByteArray& log)
{
    Phases phases;
    QList<QByteArray> lines;
    const double total = timeToLine(
        program, {QFile::encodeName(vaultDir), QFile::encodeName(keyringFile), QByteArray(mode)},
        log, "FIRST_FRAME", &phases, &lines);
    const auto at = [&](const char* phase) {
        const auto it = phases.find(QByteArray(phase));
        if (it == phases.end() || it->second.empty())
            fail(QStringLiteral("the child reported no phase %1").arg(QLatin1String(phase)));
        return it->second.front();
    };
    Sample s;
    s.ms = at("historyFrame") - at(from);
    s.fromReady = at("historyFrame") - at("ready");
    s.totalMs = total;
    for (const QByteArray& line : lines) {
        if (line.startsWith("RSS_KB "))
            s.rssMb = line.mid(7).toDouble() / 1024.0;
    }
    if (s.rssMb <= 0)
        fail(QStringLiteral("the child reported no resident memory"));
    return s;
}

QString formatMb(double mb)
{
    return QStringLiteral("%1 MB").arg(mb, 0, 'f', 1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"),
                                        QStringLiteral("Folder for the vaults and sandbox."),
                                        QStringLiteral("dir"));
    const QCommandLineOption entriesOpt(QStringLiteral("entries"),
                                        QStringLiteral("Reflections in the large vault."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption smallOpt(QStringLiteral("small"),
                                      QStringLiteral("Reflections in the small vault."),
                                      QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per case."),
                                     QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption warmupsOpt(QStringLiteral("warmups"),
                                        QStringLiteral("Warm-up runs per case."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption displayOpt(QStringLiteral("display"),
                                        QStringLiteral("How the children display, for the table."),
                                        QStringLiteral("label"), QStringLiteral("unknown display"));
    cli.addOptions({dataDirOpt, entriesOpt, smallOpt, runsOpt, warmupsOpt, displayOpt});
    cli.process(app);
    if (!cli.isSet(dataDirOpt))
        fail(QStringLiteral("--data-dir is required"));
    const QString root = QDir(cli.value(dataDirOpt)).absolutePath() + QStringLiteral("/history");
    const int entries = cli.value(entriesOpt).toInt();
    const int small = cli.value(smallOpt).toInt();
    const int runs = cli.value(runsOpt).toInt();
    const int warmups = cli.value(warmupsOpt).toInt();
    QDir().mkpath(root);

    struct Vault
    {
        QString dir;
        QString keyring;
    };
    const auto prepare = [&](const QString& name, int n) {
        progress(QStringLiteral("preparing a vault of %1 reflections").arg(n));
        Vault v{root + QLatin1Char('/') + name, root + QLatin1Char('/') + name + ".keyring"};
        prepareKeyringVault(v.dir, v.keyring, n);
        return v;
    };
    const Vault large = prepare(QStringLiteral("large"), entries);
    const Vault smallVault = prepare(QStringLiteral("small"), small);
    const Vault empty = prepare(QStringLiteral("empty"), 0);
    isolateEnvironment(root + QStringLiteral("/sandbox"));

    const QByteArray child =
        QFile::encodeName(QCoreApplication::applicationDirPath() + "/bench_child_debrief");
    const QByteArray log = QFile::encodeName(root + QStringLiteral("/children.log"));
    QFile::remove(QString::fromUtf8(log));

    std::vector<double> deskLarge, deskSmall, phoneLarge, phoneSmall;
    std::vector<double> rssLarge, rssEmpty, startLarge, startSmall, readyLarge, readySmall;
    for (int i = 0; i < warmups + runs; ++i) {
        const Sample dl =
            runChild(child, large.dir, large.keyring, "history-desktop", "readySwap", log);
        const Sample ds = runChild(child, smallVault.dir, smallVault.keyring, "history-desktop",
                                   "readySwap", log);
        const Sample de =
            runChild(child, empty.dir, empty.keyring, "history-desktop", "readySwap", log);
        const Sample pl =
            runChild(child, large.dir, large.keyring, "history-phone", "historyOpened", log);
        const Sample ps = runChild(child, smallVault.dir, smallVault.keyring, "history-phone",
                                   "historyOpened", log);
        progress(QStringLiteral("history run %1/%2: desktop %3 / %4, phone %5 / %6, RSS %7 / %8")
                     .arg(i + 1)
                     .arg(warmups + runs)
                     .arg(formatMs(dl.ms), formatMs(ds.ms), formatMs(pl.ms), formatMs(ps.ms),
                          formatMb(dl.rssMb), formatMb(de.rssMb)));
        if (i < warmups)
            continue;
        deskLarge.push_back(dl.ms);
        deskSmall.push_back(ds.ms);
        phoneLarge.push_back(pl.ms);
        phoneSmall.push_back(ps.ms);
        rssLarge.push_back(dl.rssMb);
        rssEmpty.push_back(de.rssMb);
        startLarge.push_back(dl.totalMs);
        startSmall.push_back(ds.totalMs);
        readyLarge.push_back(dl.fromReady);
        readySmall.push_back(ds.fromReady);
    }
    const QString display = cli.value(displayOpt);
    const auto row = [&](const QString& what, const std::vector<double>& a,
                         const std::vector<double>& b) {
        const double ma = median(a), mb = median(b);
        printRow(what, formatMs(ma), formatMs(mb), formatRatio(ma / mb), QStringLiteral("≤ 100 ms"),
                 ma <= 100.0);
    };
    row(QStringLiteral("History beside the capture page, the workspace's first frame → the frame "
                       "with the list's rows, desktop 1280×800, %1 vs %2 entries, median of %3, %4")
            .arg(entries)
            .arg(small)
            .arg(runs)
            .arg(display),
        deskLarge, deskSmall);
    row(QStringLiteral("History page opens, History tapped → first frame with its rows, phone "
                       "390×844, %1 vs %2 entries, median of %3, %4")
            .arg(entries)
            .arg(small)
            .arg(runs)
            .arg(display),
        phoneLarge, phoneSmall);
    const double ml = median(rssLarge), me = median(rssEmpty);
    printRow(QStringLiteral("Resident memory with the history on screen, %1 entries vs an empty "
                            "vault (desktop), median of %2")
                 .arg(entries)
                 .arg(runs),
             formatMb(ml), formatMb(me), formatRatio(ml / me), QStringLiteral("≤ empty + 30 MB"),
             ml - me <= 30.0);
    printNote(QStringLiteral("History (%1 runs after %2 warm-ups): desktop %3 entries min %4 / max "
                             "%5; phone min %6 / max %7; memory difference %8; start to the "
                             "desktop's history frame %9 (%3 entries) vs %10 (small vault); vault "
                             "Ready to that frame %11 vs %12 (the workspace's first frame comes "
                             "first, after what unlocking does: reminders are planned from every "
                             "entry).")
                  .arg(runs)
                  .arg(warmups)
                  .arg(entries)
                  .arg(formatMs(percentile(deskLarge, 0)), formatMs(percentile(deskLarge, 100)),
                       formatMs(percentile(phoneLarge, 0)), formatMs(percentile(phoneLarge, 100)),
                       formatMb(ml - me), formatMs(median(startLarge)),
                       formatMs(median(startSmall)), formatMs(median(readyLarge)),
                       formatMs(median(readySmall))));
    return 0;
}
