#pragma once

// The steps the share UI tests have in common: entries with every part (each part's texts
// holding its own marker) planted in the app's vault, rows clicked in the history list with
// modifiers, fields typed into, file dialogs answered, a VaultTask waited for, and a .debrief
// file opened the way a coach would (age, then the zip).

#include "ShareFixture.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

namespace debrief {
class AgeIdentity;
class VaultTask;
} // namespace debrief

namespace debrief::test {

class AppUnderTest;

struct Planted
{
    QVector<qint64> ids; // entry n (1-based) is ids[n - 1]
    QVector<EntryMarkers> markers;
};

// First start with the recovery code, then Ready; returns the code (what the re-asks before a
// share, an export or a backup take).
QString createVault(AppUnderTest& app);
// count entries with every part and a voice note, shown in history.
Planted plant(AppUnderTest& app, int count, const QString& prefix);

// The history row showing id, clicked with these modifiers (Ctrl, Shift or none).
void clickRow(AppUnderTest& app, qint64 id, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void typeInto(AppUnderTest& app, const QString& field, const QString& text);
// Clicks the item after scrolling it into view.
void revealAndClick(AppUnderTest& app, const QString& name);
// The file dialog opened; it closes, and the function its onAccepted calls (on the item named
// owner) gets path, as the dialog would give it.
void answerDialog(AppUnderTest& app, const QString& dialog, const QString& owner,
                  const char* function, const QString& path);
bool dialogVisible(AppUnderTest& app, const QString& dialog);
// Until the task has ended.
bool waitForTask(AppUnderTest& app, VaultTask& task);

// Every file of the zip inside a .debrief, decrypted with identity ("" key: the raw zip).
QMap<QString, QByteArray> openShare(const QString& path, const AgeIdentity& identity);
// Whether any of those files (decompressed) holds marker, in any encoding.
bool anyFileContains(const QMap<QString, QByteArray>& files, const QString& marker);
// How many entries entries.json holds.
int entryCount(const QByteArray& entriesJson);

} // namespace debrief::test
