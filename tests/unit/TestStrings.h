#pragma once

// How Catch2 prints Qt strings and vault errors in failure messages (shared by the unit and the
// vault integration tests).

#include "vault/VaultError.h"

#include <QByteArray>
#include <QString>
#include <catch2/catch_tostring.hpp>

namespace debrief::test {

inline const char* kindName(VaultError::Kind kind)
{
    using K = VaultError::Kind;
    switch (kind) {
    case K::None:
        return "None";
    case K::WrongSecret:
        return "WrongSecret";
    case K::KeyMismatch:
        return "KeyMismatch";
    case K::KeyNotInKeyring:
        return "KeyNotInKeyring";
    case K::Damaged:
        return "Damaged";
    case K::KeyFileMissing:
        return "KeyFileMissing";
    case K::KeyFileDamaged:
        return "KeyFileDamaged";
    case K::KeyringUnavailable:
        return "KeyringUnavailable";
    case K::DiskFull:
        return "DiskFull";
    case K::ReadOnly:
        return "ReadOnly";
    case K::NotFound:
        return "NotFound";
    case K::NewerVersion:
        return "NewerVersion";
    case K::AlreadyExists:
        return "AlreadyExists";
    case K::Io:
        return "Io";
    case K::InvalidTag:
        return "InvalidTag";
    }
    return "?";
}

} // namespace debrief::test

namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};

template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& b)
    {
        return "QByteArray(" + std::to_string(b.size()) + ")\"" +
               (b.size() <= 200 ? b.toStdString() : b.left(200).toStdString() + "...") + '"';
    }
};

template <> struct StringMaker<debrief::VaultError::Kind>
{
    static std::string convert(debrief::VaultError::Kind k) { return debrief::test::kindName(k); }
};

template <> struct StringMaker<debrief::VaultError>
{
    static std::string convert(const debrief::VaultError& e)
    {
        return std::string(debrief::test::kindName(e.kind)) + " (" + e.detail.toStdString() + ")";
    }
};

} // namespace Catch
