#include "cli/ExitCode.h"

namespace debrief::cli {

Failure failureFor(const VaultError& error)
{
    using K = VaultError::Kind;
    switch (error.kind) {
    case K::None:
        return {};
    case K::WrongSecret:
    case K::KeyMismatch:
    case K::KeyNotInKeyring:
    case K::KeyringUnavailable:
        return {Locked, error.message()};
    case K::Damaged:
    case K::KeyFileMissing:
    case K::KeyFileDamaged:
    case K::NewerVersion:
        return {Damaged, error.message()};
    case K::DiskFull:
    case K::ReadOnly:
    case K::Io:
        return {DiskOrIo, error.message()};
    case K::NotFound:
        return {NotFound, error.message()};
    case K::AlreadyExists:
        return {VaultExists, error.message()};
    case K::InvalidTag:
        return {Usage, error.message()};
    }
    return {DiskOrIo, error.message()};
}

} // namespace debrief::cli
