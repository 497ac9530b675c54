#pragma once

#include <QString>

namespace debrief {

// The one-time recovery code a person writes down: 120 random bits in Crockford base32,
// shown as six groups of four ("7K3M-…"), forgiving of case, spaces, dashes and O/0, I/L/1.
namespace recoverycode {

QString generate();
// Canonical form used for key derivation: 24 upper-case symbols, no separators; empty if the
// input cannot be a recovery code.
QString normalize(const QString& input);
bool looksLikeCode(const QString& input);
// The grouped form for display.
QString format(const QString& canonical);

} // namespace recoverycode
} // namespace debrief
