#include "share/AgeError.h"

#include <QCoreApplication>

namespace debrief {

QString AgeError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NoMatch:
        return QCoreApplication::translate(
            "AgeError", "None of your keys opens this file. It was encrypted for someone else, or "
                        "for a key you no longer have.");
    case Kind::WrongPassphrase:
        return QCoreApplication::translate(
            "AgeError", "That passphrase does not open this file. Check it and try again.");
    case Kind::UnsupportedRecipient:
        return QCoreApplication::translate(
            "AgeError", "This file was encrypted for a kind of key Debrief cannot use. Ask the "
                        "sender to encrypt it to your age1… key or with a passphrase.");
    case Kind::NotAgeFile:
        return QCoreApplication::translate("AgeError",
                                           "This is not an encrypted Debrief or age file.");
    case Kind::HeaderInvalid:
        return QCoreApplication::translate(
            "AgeError", "This encrypted file is damaged or incomplete: its header cannot be "
                        "read.");
    case Kind::UnsupportedVersion:
        return QCoreApplication::translate(
            "AgeError", "This file uses a newer encryption format than this version of Debrief "
                        "understands.");
    case Kind::WorkFactorTooLarge:
        return QCoreApplication::translate(
            "AgeError", "This file's passphrase protection asks for more computing work than "
                        "Debrief allows, so it was not opened.");
    case Kind::TooLarge:
        return QCoreApplication::translate(
            "AgeError", "This file's header is larger than Debrief accepts, so it was not "
                        "opened.");
    case Kind::HeaderTampered:
        return QCoreApplication::translate(
            "AgeError", "This file was changed after it was encrypted (its header does not "
                        "verify). It was not opened.");
    case Kind::ArmorInvalid:
        return QCoreApplication::translate(
            "AgeError", "This text-encoded (armored) file is damaged: extra or missing lines or "
                        "characters. Ask for the file again.");
    case Kind::Truncated:
        return QCoreApplication::translate(
            "AgeError", "This file is incomplete: it ends too early, as after an interrupted "
                        "download or copy.");
    case Kind::PayloadTampered:
        return QCoreApplication::translate(
            "AgeError", "This file is damaged, incomplete, or was changed after it was "
                        "encrypted.");
    case Kind::InvalidKey:
        return QCoreApplication::translate(
            "AgeError", "That is not a valid age key. A public key starts with \"age1\"; a secret "
                        "key starts with \"AGE-SECRET-KEY-1\".");
    case Kind::InvalidRecipients:
        return QCoreApplication::translate(
            "AgeError", "Choose either one passphrase or one or more public keys to encrypt to.");
    case Kind::Io:
        return QCoreApplication::translate(
            "AgeError", "The file could not be read or written (is the disk full or the file "
                        "gone?).");
    }
    return {};
}

} // namespace debrief
