#include "linux/XdgAutostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace debrief::platform {

namespace {

// One argument of an Exec key (Desktop Entry Specification, "The Exec key"): quoted when it
// holds a reserved character, with ", `, $ and \ escaped inside the quotes; then the key's
// string escapes on top (a backslash is written twice).
QString execArgument(QString argument)
{
    argument.replace(QLatin1Char('%'), QStringLiteral("%%")); // not a field code
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    const bool quote = std::any_of(argument.cbegin(), argument.cend(),
                                   [](QChar c) { return reserved.contains(c); });
    if (!quote)
        return argument;
    QString quoted;
    for (const QChar c : std::as_const(argument)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
            c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    quoted.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The value of key in the [Desktop Entry] group; empty when missing.
QString entryValue(const QStringList& lines, const QString& key)
{
    bool inEntry = false;
    const QString prefix = key + QLatin1Char('=');
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inEntry = line == QLatin1String("[Desktop Entry]");
        else if (inEntry && line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

} // namespace

QString XdgAutostart::entryPath()
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (config.isEmpty())
        return {};
    return config + QStringLiteral("/autostart/debrief.desktop");
}

QString XdgAutostart::execLine()
{
    return execArgument(QCoreApplication::applicationFilePath()) + QStringLiteral(" --background");
}

bool XdgAutostart::supported() const
{
    return !entryPath().isEmpty();
}

bool XdgAutostart::enabled() const
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    return entryValue(lines, QStringLiteral("Exec")) == execLine() &&
           entryValue(lines, QStringLiteral("Hidden")) != QLatin1String("true") &&
           entryValue(lines, QStringLiteral("X-GNOME-Autostart-enabled")) != QLatin1String("false");
}

bool XdgAutostart::setEnabled(bool enabled, QString* detail)
{
    const QString path = entryPath();
    if (path.isEmpty()) {
        if (detail)
            *detail = QStringLiteral("no configuration folder");
        return false;
    }
    if (!enabled) {
        QFile file(path);
        if (!file.exists() || file.remove())
            return true;
        if (detail)
            *detail = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }

    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (detail)
            *detail = QStringLiteral("%1: cannot create the folder").arg(QFileInfo(path).path());
        return false;
    }
    // Concatenated, not arg(): the path may hold "%1".
    const QByteArray entry = QByteArrayLiteral("[Desktop Entry]\n"
                                               "Type=Application\n"
                                               "Name=Debrief\n"
                                               "Exec=") +
                             execLine().toUtf8() +
                             QByteArrayLiteral("\n"
                                               "Icon=debrief\n"
                                               "Terminal=false\n"
                                               "X-GNOME-Autostart-enabled=true\n");
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text) && file.write(entry) == entry.size() &&
        file.commit())
        return true;
    if (detail)
        *detail = QStringLiteral("%1: %2").arg(path, file.errorString());
    return false;
}

} // namespace debrief::platform
