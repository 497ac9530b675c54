#include "cli/SecretSource.h"

#include "vault/VaultKey.h"

#include <QFile>

namespace debrief::cli {

SecretSource::SecretSource(QString passphraseFile)
    : m_file(std::move(passphraseFile))
{
}

QString SecretSource::read(const QString& prompt, Failure* failure) const
{
    *failure = {};
    if (hasFile())
        return fromFile(failure);
    QString secret;
    switch (m_terminal.ask(prompt, &secret)) {
    case TerminalPrompt::Outcome::Answered:
        if (secret.isEmpty())
            *failure = {Locked, tr("Nothing was entered; the vault stays locked.")};
        return secret;
    case TerminalPrompt::Outcome::Cancelled:
        *failure = {Locked, tr("Nothing was entered; the vault stays locked.")};
        return {};
    case TerminalPrompt::Outcome::NoTerminal:
        break;
    }
    *failure = {Locked, tr("There is no terminal to ask for your passphrase or recovery code. "
                           "Give it with --passphrase-file FILE.")};
    return {};
}

QString SecretSource::fromFile(Failure* failure) const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly)) {
        *failure = {Usage, tr("The passphrase file cannot be read.")};
        return {};
    }
    QByteArray bytes = file.read(64 * 1024);
    // The first line is the secret: a trailing newline from an editor is not part of it.
    const qsizetype end = bytes.indexOf('\n');
    qsizetype length = end < 0 ? bytes.size() : end;
    if (length > 0 && bytes.at(length - 1) == '\r')
        --length;
    const QString secret = QString::fromUtf8(bytes.constData(), length);
    wipe(bytes);
    if (secret.isEmpty())
        *failure = {Usage, tr("The passphrase file is empty.")};
    return secret;
}

} // namespace debrief::cli
