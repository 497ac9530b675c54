#pragma once

#include "share/AgeError.h"
#include "vault/VaultError.h"

#include <QString>

namespace debrief {

// Why sharing, importing, exporting or a backup failed, in words a person can act on. Errors of
// the age layer and the vault keep their own kinds (age, vault) and messages.
struct ShareError
{
    enum class Kind
    {
        None,
        Cancelled,          // the person cancelled: nothing was written or imported
        NothingSelected,    // no entry to share or export
        InvalidKey,         // a coach's key (age1…) is malformed
        PassphraseTooShort, // a new file's passphrase is shorter than the minimum
        NoReturnKey,        // comments cannot go back: the share carried no key to send them to
        NothingToSend,      // no comment written yet for that sender
        Age,                // encrypting or opening the age file failed: see age
        NotABundle,         // it opened, but what is inside is not a Debrief file
        UnsafeContent,      // it holds files with unexpected or unsafe names
        TooLarge,           // it exceeds the limits for files from outside
        InvalidContent,     // entries.json does not follow the format (docs/bundle-format.md)
        UnsupportedVersion, // written by a newer Debrief, in a format version unknown here
        WrongKind,          // e.g. a backup given to import, or a share given to restore
        NotEmpty,           // restore refused: the vault already holds entries (merge instead)
        Vault,              // the vault failed: see vault
        FileIo,             // the file cannot be read or written (disk full, no permission)
    };

    Kind kind = Kind::None;
    QString detail; // technical detail for logs and tests; never content, keys or passphrases
    AgeError age;
    VaultError vault;

    ShareError() = default;
    ShareError(Kind k, QString d = {})
        : kind(k)
        , detail(std::move(d))
    {
    }
    static ShareError fromAge(const AgeError& error);
    static ShareError fromVault(const VaultError& error);
    explicit operator bool() const { return kind != Kind::None; }

    // A plain-language message for the person (translated).
    QString message() const;
};

// Sets *error (when given) and returns false: the one-line way to fail in the share layer.
inline bool failWith(ShareError* error, ShareError e)
{
    if (error)
        *error = std::move(e);
    return false;
}

} // namespace debrief
