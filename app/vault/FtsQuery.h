#pragma once

#include <QString>

namespace debrief {

// Turns what a person types into a safe FTS5 MATCH expression: every word must match, words
// of PrefixMinLength characters or more match as prefixes (search as you type), shorter ones
// whole (the index keeps 3-character prefixes; expanding "a*" over 100k entries is slow and
// matches nearly everything), and FTS5 syntax characters are treated as text.
QString ftsQueryFor(const QString& userInput);

inline constexpr int PrefixMinLength = 3;

} // namespace debrief
