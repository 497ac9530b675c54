#pragma once

#include <QByteArray>
#include <QList>

namespace debrief {

// One recipient stanza of an age header: the arguments of its "->" line and its decoded body.
// args[0] names the recipient type ("X25519", "scrypt", …).
struct AgeStanza
{
    QList<QByteArray> args;
    QByteArray body;

    QByteArray type() const { return args.isEmpty() ? QByteArray() : args.first(); }
};

} // namespace debrief
