#include "cli/FilePassphrase.h"

#include "vault/VaultKey.h"

#include <QFile>

namespace debrief::cli {

FilePassphrase::FilePassphrase(QString file)
    : m_file(std::move(file))
{
}

QString FilePassphrase::read(const QString& prompt, bool confirm, Failure* failure) const
{
    *failure = {};
    if (!m_file.isEmpty()) {
        QFile file(m_file);
        if (!file.open(QIODevice::ReadOnly)) {
            *failure = {Usage, tr("The file passphrase file cannot be read.")};
            return {};
        }
        QByteArray bytes = file.read(64 * 1024);
        const qsizetype end = bytes.indexOf('\n');
        qsizetype length = end < 0 ? bytes.size() : end;
        if (length > 0 && bytes.at(length - 1) == '\r')
            --length;
        const QString secret = QString::fromUtf8(bytes.constData(), length);
        wipe(bytes);
        if (secret.isEmpty())
            *failure = {Usage, tr("The file passphrase file is empty.")};
        return secret;
    }
    QString secret;
    switch (m_terminal.ask(prompt, &secret)) {
    case TerminalPrompt::Outcome::Answered:
        break;
    case TerminalPrompt::Outcome::Cancelled:
        *failure = {Usage, tr("Nothing was entered; nothing was written.")};
        return {};
    case TerminalPrompt::Outcome::NoTerminal:
        *failure = {Usage, tr("There is no terminal to ask for the file's passphrase. Give it "
                              "with --file-passphrase-file FILE.")};
        return {};
    }
    if (secret.isEmpty()) {
        *failure = {Usage, tr("Nothing was entered; nothing was written.")};
        return {};
    }
    if (confirm) {
        QString again;
        if (m_terminal.ask(tr("Repeat the passphrase: "), &again) !=
                TerminalPrompt::Outcome::Answered ||
            again != secret) {
            secret.fill(QChar(u'0'));
            again.fill(QChar(u'0'));
            *failure = {Usage, tr("The two passphrases differ; nothing was written.")};
            return {};
        }
        again.fill(QChar(u'0'));
    }
    return secret;
}

} // namespace debrief::cli
