#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace debrief::test {

// The isolated folder the test process runs in (HOME, XDG dirs and TMPDIR all point inside).
QString sandboxRoot();
// A fresh, empty sub-folder of the sandbox for one test case.
QString freshDir(const QString& name);
// Every regular file under dir (recursively).
QStringList filesUnder(const QString& dir);
// The files under dir that contain needle (as raw bytes).
QStringList filesContaining(const QString& dir, const QByteArray& needle);
// Runs the Qt event loop until pred() is true or timeoutMs passes; returns pred().
bool waitUntil(const std::function<bool()>& pred, int timeoutMs = 5000);

} // namespace debrief::test
