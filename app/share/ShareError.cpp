#include "share/ShareError.h"

#include "vault/KeyEnvelope.h"

#include <QCoreApplication>

namespace debrief {

ShareError ShareError::fromAge(const AgeError& error)
{
    ShareError e(Kind::Age, error.detail);
    e.age = error;
    return e;
}

ShareError ShareError::fromVault(const VaultError& error)
{
    ShareError e(Kind::Vault, error.detail);
    e.vault = error;
    return e;
}

QString ShareError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return QCoreApplication::translate("ShareError",
                                           "Cancelled. Nothing was saved and nothing changed.");
    case Kind::NothingSelected:
        return QCoreApplication::translate("ShareError", "Choose at least one entry first.");
    case Kind::InvalidKey:
        return QCoreApplication::translate(
            "ShareError", "That is not a valid public key. A coach's key starts with \"age1\" "
                          "and is about 60 characters long; copy it again in one piece.");
    case Kind::PassphraseTooShort:
        return QCoreApplication::translate("ShareError",
                                           "Use a passphrase of at least %1 characters.")
            .arg(KeyEnvelope::MinimumPassphraseLength);
    case Kind::NoReturnKey:
        return QCoreApplication::translate(
            "ShareError", "This share did not include a key to send comments back to, so "
                          "comments cannot be sent to its sender.");
    case Kind::NothingToSend:
        return QCoreApplication::translate(
            "ShareError", "There is no comment to send yet. Write a comment on an entry first.");
    case Kind::Age:
        return age.message();
    case Kind::NotABundle:
        return QCoreApplication::translate(
            "ShareError", "This file opened, but it is not a Debrief share or backup (or it is "
                          "damaged). Nothing was imported.");
    case Kind::UnsafeContent:
        return QCoreApplication::translate(
            "ShareError", "This file holds unexpected files, so it was not opened. Nothing was "
                          "imported.");
    case Kind::TooLarge:
        return QCoreApplication::translate(
            "ShareError", "This file is larger than Debrief accepts, so it was not opened. "
                          "Nothing was imported.");
    case Kind::InvalidContent:
        return QCoreApplication::translate(
            "ShareError", "This file's contents are damaged or were not made by Debrief. Nothing "
                          "was imported.");
    case Kind::UnsupportedVersion:
        return QCoreApplication::translate(
            "ShareError", "This file was made by a newer version of Debrief. Update Debrief to "
                          "open it; nothing was imported.");
    case Kind::WrongKind:
        return QCoreApplication::translate(
            "ShareError", "This is a different kind of Debrief file: open shares and comments "
                          "with Import, and backups with Restore. Nothing was changed.");
    case Kind::NotEmpty:
        return QCoreApplication::translate(
            "ShareError", "This vault already holds entries. Merge the backup into it instead "
                          "(entries already here are kept as they are); nothing was changed.");
    case Kind::Vault:
        return vault.message();
    case Kind::FileIo:
        return QCoreApplication::translate(
            "ShareError", "The file cannot be read or written. Check that the folder exists, "
                          "that you may write there and that the disk is not full.");
    }
    return {};
}

} // namespace debrief
