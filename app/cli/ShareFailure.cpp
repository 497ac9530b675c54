#include "cli/ShareFailure.h"

namespace debrief::cli {

Failure failureFor(const ShareError& error)
{
    using K = ShareError::Kind;
    using A = AgeError::Kind;
    switch (error.kind) {
    case K::None:
        return {};
    case K::Vault:
        return failureFor(error.vault);
    case K::Age:
        switch (error.age.kind) {
        case A::NoMatch:
        case A::WrongPassphrase:
        case A::UnsupportedRecipient:
        case A::WorkFactorTooLarge:
            return {FileLocked, error.message()};
        case A::InvalidKey:
        case A::InvalidRecipients:
            return {Usage, error.message()};
        case A::Io:
            return {DiskOrIo, error.message()};
        default:
            return {BadFile, error.message()};
        }
    case K::NothingSelected:
    case K::InvalidKey:
    case K::PassphraseTooShort:
    case K::NoReturnKey:
    case K::NothingToSend:
        return {Usage, error.message()};
    case K::NotABundle:
    case K::UnsafeContent:
    case K::TooLarge:
    case K::InvalidContent:
    case K::UnsupportedVersion:
    case K::WrongKind:
        return {BadFile, error.message()};
    case K::NotEmpty:
        return {NotEmpty, error.message()};
    case K::Cancelled:
    case K::FileIo:
        return {DiskOrIo, error.message()};
    }
    return {DiskOrIo, error.message()};
}

} // namespace debrief::cli
