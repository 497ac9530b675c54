#include "vault/VaultError.h"

#include <QCoreApplication>

namespace debrief {

QString VaultError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::WrongSecret:
        return QCoreApplication::translate(
            "VaultError", "That passphrase or recovery code does not open this vault. Check it and "
                          "try again; nothing has been changed.");
    case Kind::KeyMismatch:
        return QCoreApplication::translate(
            "VaultError",
            "The key saved in your system keyring does not fit this vault. Unlock with "
            "your passphrase or recovery code.");
    case Kind::KeyNotInKeyring:
        return QCoreApplication::translate(
            "VaultError", "Your system keyring does not hold this vault's key (it may have been "
                          "reset). Unlock with your passphrase or recovery code.");
    case Kind::Damaged:
        return QCoreApplication::translate(
            "VaultError",
            "The vault file is damaged and cannot be read. Your key is right; the file "
            "itself is broken. Nothing has been deleted.");
    case Kind::KeyFileMissing:
        return QCoreApplication::translate(
            "VaultError",
            "The vault's key file is missing, so the vault cannot be unlocked. Restore "
            "the file \"vault.keys\" next to the vault; nothing has been changed.");
    case Kind::KeyFileDamaged:
        return QCoreApplication::translate(
            "VaultError",
            "The vault's key file is damaged, so no passphrase or recovery code can unlock the "
            "vault. Nothing has been changed; put back a copy of the file \"vault.keys\" if you "
            "have one.");
    case Kind::KeyringUnavailable:
        return QCoreApplication::translate(
            "VaultError", "No system keyring is available. Unlock with your passphrase or recovery "
                          "code.");
    case Kind::DiskFull:
        return QCoreApplication::translate(
            "VaultError",
            "The disk is full. Your text is kept here; free some space and try again.");
    case Kind::ReadOnly:
        return QCoreApplication::translate(
            "VaultError",
            "Debrief cannot write to its data folder. Your text is kept here; check the "
            "folder's permissions and try again.");
    case Kind::NotFound:
        return QCoreApplication::translate("VaultError", "That reflection no longer exists.");
    case Kind::NewerVersion:
        return QCoreApplication::translate(
            "VaultError", "This vault was written by a newer version of Debrief. Update Debrief to "
                          "open it; nothing has been changed.");
    case Kind::AlreadyExists:
        return QCoreApplication::translate(
            "VaultError",
            "A vault already exists here; Debrief will not create a new one over it.");
    case Kind::Io:
        return QCoreApplication::translate(
            "VaultError", "Debrief could not read or write its vault. Your text is kept here; try "
                          "again.");
    case Kind::InvalidTag:
        return QCoreApplication::translate(
            "VaultError", "A tag cannot be empty and can have at most 40 characters.");
    }
    return {};
}

} // namespace debrief
