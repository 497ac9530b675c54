#pragma once

#include <QString>

namespace debrief {

// Why a vault operation failed, in words a person can act on.
struct VaultError
{
    enum class Kind
    {
        None,
        WrongSecret,        // the passphrase or recovery code does not open this vault
        KeyMismatch,        // a stored key (keyring) no longer fits this vault
        KeyNotInKeyring,    // the keyring works but does not hold this vault's key
        Damaged,            // the vault file is corrupt or not a Debrief vault
        KeyFileMissing,     // the vault exists but its key envelope does not
        KeyFileDamaged,     // the key envelope is damaged: no secret can be checked against it
        KeyringUnavailable, // no OS secret store on this machine
        DiskFull,           // no space left to write
        ReadOnly,           // the data folder cannot be written
        NotFound,           // the entry asked for does not exist
        NewerVersion,       // the vault was written by a newer Debrief
        AlreadyExists,      // refusing to create a vault where one already is
        Io,                 // any other failure of the file system or SQLite
        InvalidTag,         // a tag name that is empty or too long (TagStore)
    };

    Kind kind = Kind::None;
    QString detail; // technical detail for logs; never contains user content

    VaultError() = default;
    VaultError(Kind k, QString d = {})
        : kind(k)
        , detail(std::move(d))
    {
    }
    explicit operator bool() const { return kind != Kind::None; }

    // A plain-language message for the person (translated).
    QString message() const;
};

} // namespace debrief
