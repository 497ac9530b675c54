#pragma once

// The re-ask before a sensitive action (ConfirmSecretDialog, SECURITY.md AU-2) answered as a
// person would, for every UI test whose flow passes through it.

#include <QString>

namespace debrief::test {

class AppUnderTest;

// Waits for the dialog, types secret into its field, clicks its button and waits for the check.
// True when the secret was taken (the dialog closed); false when it stays open with its error.
bool answerSecretDialog(AppUnderTest& app, const QString& secret);
// The dialog's Cancel.
void cancelSecretDialog(AppUnderTest& app);

} // namespace debrief::test
