#pragma once

// The steps the backup UI tests share: a vault with texts, loop stages, tags and voice notes;
// the Backup and restore page reached and filled in through its items; the file dialogs'
// answers; the age CLI opening a backup.

#include <QByteArray>
#include <QString>

namespace debrief::test {

class AppUnderTest;

// First start with the recovery code, then Ready; returns the code (what the re-asks before a
// share, an export or a backup take).
QString createVault(AppUnderTest& app);
// Two texts written in the app (one moved on to Analyse, one tagged) and one entry with every
// part, a voice note and a spoken answer. Returns how many reflections there are.
int populate(AppUnderTest& app);
// count voice notes of megabytes MB each (random bytes after "OggS", not audio: a backup does
// not look further inside), for a backup and a restore that take a while.
void addLargeVoiceNotes(AppUnderTest& app, int count, int megabytes);
// A share of every reflection, protected by passphrase, written to path.
void writeShare(AppUnderTest& app, const QString& path, const QString& passphrase);

// Settings, then "Back up or restore…".
void openBackupFromSettings(AppUnderTest& app);
// Clicks the text field and types, as a person would.
void typeInto(AppUnderTest& app, const QString& field, const QString& text);
// Clicks the field, selects all and deletes it.
void clearField(AppUnderTest& app, const QString& field);
// Whether the file dialog of that objectName is open.
bool dialogOpen(AppUnderTest& app, const QString& dialog);
// The open dialog's answer: it closes, and the section's function its onAccepted calls gets
// the file.
void answerDialog(AppUnderTest& app, const QString& dialog, const QString& section,
                  const char* function, const QString& path);
// Until the backup or restore under way has ended.
bool waitForTask(AppUnderTest& app);
// The restore section: the file (as its open dialog gives it), the secret typed, Restore.
void restoreThroughPage(AppUnderTest& app, const QString& path, const QString& secret);

// `age -d` with the passphrase typed on a terminal; ran is false when age is not installed.
struct AgeRun
{
    bool ran = false;
    int exitCode = -1;
    QByteArray out; // the decrypted bytes
    QString err;
};
AgeRun ageDecrypt(const QString& file, const QString& passphrase);

} // namespace debrief::test
