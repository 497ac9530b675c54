// Start at login on Linux (label integration, "[autostart]"): XdgAutostart writes and removes
// the desktop entry under the test's private XDG_CONFIG_HOME.

#include "linux/XdgAutostart.h"
#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <catch2/catch_test_macros.hpp>

using debrief::platform::XdgAutostart;

namespace {

QString autostartDir()
{
    return qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/autostart");
}

QString entryFile()
{
    return autostartDir() + QStringLiteral("/debrief.desktop");
}

QStringList entryLines()
{
    QFile file(entryFile());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("Start at login writes and removes the autostart entry", "[autostart]")
{
    // Only inside the sandbox: never the real user's autostart folder.
    REQUIRE(qEnvironmentVariable("XDG_CONFIG_HOME")
                .startsWith(qEnvironmentVariable("DEBRIEF_TEST_SANDBOX")));
    QFile::remove(entryFile());
    XdgAutostart autostart;
    REQUIRE(autostart.supported());
    CHECK(XdgAutostart::entryPath() == entryFile());
    CHECK_FALSE(autostart.enabled());

    QString detail;
    REQUIRE(autostart.setEnabled(true, &detail));
    CHECK(detail.isEmpty());
    CHECK(autostart.enabled());
    const QStringList lines = entryLines();
    CHECK(lines.first() == QStringLiteral("[Desktop Entry]"));
    CHECK(lines.contains(QStringLiteral("Type=Application")));
    CHECK(lines.contains(QStringLiteral("Exec=") + QCoreApplication::applicationFilePath() +
                         QStringLiteral(" --background")));
    CHECK(lines.contains(QStringLiteral("X-GNOME-Autostart-enabled=true")));

    // Idempotent both ways.
    REQUIRE(autostart.setEnabled(true, &detail));
    CHECK(autostart.enabled());
    REQUIRE(autostart.setEnabled(false, &detail));
    CHECK_FALSE(QFile::exists(entryFile()));
    CHECK_FALSE(autostart.enabled());
    REQUIRE(autostart.setEnabled(false, &detail));
}

TEST_CASE("An entry that starts another copy, or is switched off, is not ours", "[autostart]")
{
    XdgAutostart autostart;
    QDir().mkpath(autostartDir());
    const auto write = [](const QByteArray& text) {
        QFile file(entryFile());
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };

    write("[Desktop Entry]\nType=Application\nExec=/opt/old/debrief --background\n");
    CHECK_FALSE(autostart.enabled());

    write("[Desktop Entry]\nType=Application\nExec=" + XdgAutostart::execLine().toUtf8() +
          "\nHidden=true\n");
    CHECK_FALSE(autostart.enabled());

    // Turning it on replaces the stale entry with ours.
    QString detail;
    REQUIRE(autostart.setEnabled(true, &detail));
    CHECK(autostart.enabled());
    REQUIRE(autostart.setEnabled(false, &detail));
}

TEST_CASE("A folder that cannot be written is reported, with a detail", "[autostart]")
{
    XdgAutostart autostart;
    QDir(autostartDir()).removeRecursively();
    {
        // A file where the folder should be: fails even for root, unlike a permission.
        QFile blocker(autostartDir());
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }

    QString detail;
    CHECK_FALSE(autostart.setEnabled(true, &detail));
    CHECK_FALSE(detail.isEmpty());
    CHECK_FALSE(autostart.enabled());
    QFile::remove(autostartDir());
}
