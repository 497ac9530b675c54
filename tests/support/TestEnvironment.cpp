#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QThread>
#include <QUuid>
#include <functional>

namespace debrief::test {

QString sandboxRoot()
{
    return qEnvironmentVariable("HOME");
}

QString freshDir(const QString& name)
{
    const QString dir =
        QDir(sandboxRoot())
            .filePath(QStringLiteral("cases/%1-%2")
                          .arg(name, QUuid::createUuid().toString(QUuid::Id128).left(8)));
    QDir().mkpath(dir);
    return dir;
}

QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList hits;
    for (const QString& path : filesUnder(dir)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

bool waitUntil(const std::function<bool()>& pred, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

} // namespace debrief::test
