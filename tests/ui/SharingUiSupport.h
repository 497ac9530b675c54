#pragma once

// Shared by the UI tests of the coach's side: a person's vault with entries (text with answers
// and a lesson, or a voice note), shares made with the backend as the Share page would, and
// waiting for a VaultTask.

#include "AppUnderTest.h"
#include "share/ShareExporter.h"

#include <QString>
#include <QUrl>

namespace debrief::test {

void createVault(AppUnderTest& app);

// A reflection with an answer at Analyse and a lesson at Apply.
struct TextEntry
{
    QString text;
    QString answer;
    QString lesson;
};
qint64 addTextEntry(AppUnderTest& app, const TextEntry& entry);
// A voice reflection (no text) with this recording.
qint64 addVoiceEntry(AppUnderTest& app, const QByteArray& oggOpus, qint64 durationMs);

// Writes a .debrief file of these entries (every part) to path, as the Share page does.
void shareEntries(AppUnderTest& app, const QVector<qint64>& ids, const ShareProtection& protection,
                  const QString& path);

// Dialogs and file dialogs are not items: found by objectName, open while "visible".
QObject* dialogNamed(AppUnderTest& app, const QString& objectName);
bool dialogOpen(AppUnderTest& app, const QString& objectName);
// Clicks the button, then waits until the dialog has closed (its fade included).
void clickAndWaitClosed(AppUnderTest& app, const QString& button, const QString& dialog);
// The file dialog has opened: closes it, as the person would after choosing, and returns the
// file it suggested.
QUrl closeFileDialog(AppUnderTest& app, const QString& objectName);

// Waits until the task has run (and the UI has caught up).
void waitForTask(AppUnderTest& app, VaultTask& task, int timeoutMs = 20000);

} // namespace debrief::test
