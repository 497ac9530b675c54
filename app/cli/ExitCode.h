#pragma once

#include "vault/VaultError.h"

#include <QString>

namespace debrief::cli {

// Process exit codes, listed in --help, so scripts can tell one kind of failure from another.
enum ExitCode : int
{
    Success = 0,
    Usage = 1,       // bad arguments, unreadable passphrase file, empty text
    Locked = 2,      // wrong passphrase or recovery code, or no way to ask for one
    Damaged = 3,     // the vault or its key file is damaged, missing or from a newer Debrief
    DiskOrIo = 4,    // disk full, read-only folder, other I/O failure
    NotFound = 5,    // no reflection with that id
    NoVault = 6,     // no vault in the data folder (run init first)
    VaultExists = 7, // init refused: a vault is already there
    FileLocked = 8,  // a file to import or restore: wrong key or passphrase
    BadFile = 9,     // a file to import or restore: damaged, not Debrief's, too large, wrong kind
    NotEmpty = 10,   // restore refused: the vault holds entries (merge instead)
};

// A failed command: its exit code and a plain-language message that never holds user content.
struct Failure
{
    ExitCode code = Success;
    QString message;
    explicit operator bool() const { return code != Success; }
};

Failure failureFor(const VaultError& error);

} // namespace debrief::cli
