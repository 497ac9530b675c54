#include "cli/InitCommand.h"

#include "vault/RecoveryCode.h"

#include <QDir>

namespace debrief::cli {

InitCommand::InitCommand(const VaultOpener& opener, const VaultSession& session,
                         const SecretSource& secrets, const Console& console)
    : m_opener(opener)
    , m_session(session)
    , m_secrets(secrets)
    , m_console(console)
{
}

int InitCommand::run() const
{
    if (m_opener.presence() != VaultOpener::Presence::None) {
        const Failure failure = failureFor(VaultError(VaultError::Kind::AlreadyExists));
        m_console.message(failure.message);
        return failure.code;
    }
    const bool withPassphrase = m_secrets.hasFile();
    QString secret;
    if (withPassphrase) {
        Failure failure;
        secret = m_secrets.read({}, &failure);
        if (failure) {
            m_console.message(failure.message);
            return failure.code;
        }
        if (secret.size() < MinimumPassphraseLength) {
            m_console.message(tr("Choose a passphrase of at least %n characters.", nullptr,
                                 MinimumPassphraseLength));
            return Usage;
        }
    } else {
        secret = recoverycode::generate();
    }

    VaultError error;
    const auto kind = withPassphrase ? KeyEnvelope::SecretKind::Passphrase
                                     : KeyEnvelope::SecretKind::RecoveryCode;
    OpenVault vault = m_opener.create(VaultKey::generate(), kind, secret, &error);
    if (!vault) {
        secret.fill(QChar(u'0'));
        const Failure failure = failureFor(error);
        m_console.message(failure.message);
        return failure.code;
    }
    m_session.remember(vault);

    m_console.print(
        tr("Created a new vault in %1.")
            .arg(QDir::toNativeSeparators(QDir(m_opener.files().directory()).absolutePath())));
    if (!withPassphrase) {
        m_console.print(tr("Your recovery code is shown only this once. Write it down and keep "
                           "it somewhere safe: without it (or this computer's keyring) nobody, "
                           "not even you, can open the vault."));
        m_console.print(QString());
        m_console.print(QStringLiteral("    ") + secret);
        m_console.print(QString());
    }
    secret.fill(QChar(u'0'));
    return Success;
}

} // namespace debrief::cli
