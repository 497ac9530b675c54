#pragma once

#include <QString>

namespace debrief {

// Why reading or writing an age file failed, in words a person can act on. The kinds follow the
// age test kit's failure classes so a caller can tell a wrong key from a damaged file.
struct AgeError
{
    enum class Kind
    {
        None,
        // Opening: no key fits.
        NoMatch,              // none of the given keys opens the file
        WrongPassphrase,      // the file is protected by a passphrase and it does not open it
        UnsupportedRecipient, // the file is only for key types Debrief cannot use (post-quantum…)
        // Opening: the header.
        NotAgeFile,         // the data does not start like an age file at all
        HeaderInvalid,      // the header is malformed, cut short, or breaks a stanza rule
        UnsupportedVersion, // a later age format version than v1
        WorkFactorTooLarge, // the passphrase stanza asks for more scrypt work than allowed
        TooLarge,           // the header exceeds the limits set for untrusted input
        HeaderTampered,     // a key opened the file key but the header's MAC does not match
        ArmorInvalid,       // the ASCII armor (PEM) around the file is malformed
        // Opening: the payload (output may have started; the caller discards it).
        Truncated,       // the payload ends before its final chunk
        PayloadTampered, // a chunk does not authenticate, or data follows the final chunk
        // Keys and encrypting.
        InvalidKey, // a public key (age1…) or secret key (AGE-SECRET-KEY-1…) is malformed
        InvalidRecipients, // no recipient, an empty passphrase, or a passphrase mixed with keys
        // Either way.
        Io, // the source or destination device failed (disk full, closed, unreadable)
    };

    Kind kind = Kind::None;
    QString detail; // technical detail for logs and tests; never contains content or keys

    AgeError() = default;
    AgeError(Kind k, QString d = {})
        : kind(k)
        , detail(std::move(d))
    {
    }
    explicit operator bool() const { return kind != Kind::None; }

    // A plain-language message for the person (translated).
    QString message() const;
};

// Sets *error (when given) and returns false: the one-line way to fail in the share layer.
inline bool failWith(AgeError* error, AgeError::Kind kind, const QString& detail = {})
{
    if (error)
        *error = AgeError(kind, detail);
    return false;
}

} // namespace debrief
