#pragma once

// Shared by the age tests (unit and interop): how Catch2 prints age errors (Qt strings: the
// common TestStrings.h), and small helpers.

#include "TestStrings.h"
#include "share/AgeError.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <catch2/catch_tostring.hpp>

namespace debrief::test {

inline const char* ageKindName(AgeError::Kind kind)
{
    using K = AgeError::Kind;
    switch (kind) {
    case K::None:
        return "None";
    case K::NoMatch:
        return "NoMatch";
    case K::WrongPassphrase:
        return "WrongPassphrase";
    case K::UnsupportedRecipient:
        return "UnsupportedRecipient";
    case K::NotAgeFile:
        return "NotAgeFile";
    case K::HeaderInvalid:
        return "HeaderInvalid";
    case K::UnsupportedVersion:
        return "UnsupportedVersion";
    case K::WorkFactorTooLarge:
        return "WorkFactorTooLarge";
    case K::TooLarge:
        return "TooLarge";
    case K::HeaderTampered:
        return "HeaderTampered";
    case K::ArmorInvalid:
        return "ArmorInvalid";
    case K::Truncated:
        return "Truncated";
    case K::PayloadTampered:
        return "PayloadTampered";
    case K::InvalidKey:
        return "InvalidKey";
    case K::InvalidRecipients:
        return "InvalidRecipients";
    case K::Io:
        return "Io";
    }
    return "?";
}

inline QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Deterministic, incompressible-looking test data of any size.
inline QByteArray patternBytes(qsizetype size, quint32 seed = 1)
{
    QByteArray bytes(size, '\0');
    quint32 x = seed * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x);
    }
    return bytes;
}

} // namespace debrief::test

namespace Catch {

template <> struct StringMaker<debrief::AgeError::Kind>
{
    static std::string convert(debrief::AgeError::Kind k) { return debrief::test::ageKindName(k); }
};

template <> struct StringMaker<debrief::AgeError>
{
    static std::string convert(const debrief::AgeError& e)
    {
        return std::string(debrief::test::ageKindName(e.kind)) + " (" + e.detail.toStdString() +
               ")";
    }
};

} // namespace Catch
