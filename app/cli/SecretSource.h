#pragma once

#include "cli/ExitCode.h"
#include "cli/TerminalPrompt.h"

#include <QCoreApplication>
#include <QString>

namespace debrief::cli {

// Where a passphrase or recovery code comes from: the --passphrase-file when given, otherwise
// the terminal. Never argv or the environment, which other users and logs can see.
class SecretSource
{
    Q_DECLARE_TR_FUNCTIONS(SecretSource)

public:
    explicit SecretSource(QString passphraseFile);

    bool hasFile() const { return !m_file.isEmpty(); }
    // The secret, or a failure (unreadable file, no terminal, nothing typed). prompt is shown
    // on the terminal only.
    QString read(const QString& prompt, Failure* failure) const;

private:
    QString fromFile(Failure* failure) const;
    QString m_file;
    TerminalPrompt m_terminal;
};

} // namespace debrief::cli
