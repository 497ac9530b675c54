#pragma once

// What the kill loop's writer (WriterHelper.cpp) prints and the test (KillLoopTest.cpp) reads.
//
//   READY                       the vault is open; writing starts
//   WRITING <key> <hash>        a write of <key> to this content is about to start
//   COMMITTED <key> <hash>      that write's transaction has committed
//
// Keys: "text:<reflection uuid>", "answer:<reflection uuid>:<prompt id>" and
// "audio:<recording id>" (the whole recording so far; recordings are never deleted here).
// Reflections go by uuid because a deleted reflection's id is given to the next one. The hash is
// contentHash() of what the vault must hold for the key; "-" means the key is gone (a deleted
// reflection). A new reflection is announced as "text:new": its uuid is known only once it is
// committed.

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace debrief::test {

inline QByteArray contentHash(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32);
}

inline QByteArray contentHash(const QString& text)
{
    return contentHash(text.toUtf8());
}

inline const QByteArray& absentHash()
{
    static const QByteArray absent = QByteArrayLiteral("-");
    return absent;
}

} // namespace debrief::test
