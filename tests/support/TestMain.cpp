// Catch2's main for Debrief: isolates HOME/XDG/TMPDIR in a fresh folder, then runs the tests
// inside a QGuiApplication (offscreen unless QT_QPA_PLATFORM says otherwise).

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <catch2/catch_session.hpp>

namespace {

void isolateUserDirs(const QString& root)
{
    const QByteArray r = root.toUtf8();
    for (const char* sub : {"home", "data", "config", "cache", "state", "runtime", "tmp"})
        QDir().mkpath(root + QLatin1Char('/') + QLatin1String(sub));
    QFile::setPermissions(root + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("HOME", r + "/home");
    qputenv("XDG_DATA_HOME", r + "/data");
    qputenv("XDG_CONFIG_HOME", r + "/config");
    qputenv("XDG_CACHE_HOME", r + "/cache");
    qputenv("XDG_STATE_HOME", r + "/state");
    qputenv("XDG_RUNTIME_DIR", r + "/runtime");
    qputenv("TMPDIR", r + "/tmp");
}

} // namespace

int main(int argc, char* argv[])
{
    // A wrapper script (isolated-env.sh) may already have isolated us; otherwise do it here.
    std::unique_ptr<QTemporaryDir> sandbox;
    if (qEnvironmentVariableIsEmpty("DEBRIEF_TEST_SANDBOX")) {
        sandbox = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                  QStringLiteral("/debrief-test-XXXXXX"));
        isolateUserDirs(sandbox->path());
        qputenv("DEBRIEF_TEST_SANDBOX", sandbox->path().toUtf8());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Debrief"));
    return Catch::Session().run(argc, argv);
}
