#pragma once

#include <QString>

namespace debrief {

// Turns what a person types into a safe FTS5 MATCH expression: every word must match, words
// of PrefixMinLength characters or more match as prefixes (search as you type), shorter ones
// whole (the index keeps 3-character prefixes; expanding "a*" over 100k entries is slow and
// matches nearly everything), and FTS5 syntax characters are treated as text. A run of
// Chinese, Japanese or Korean characters (which the vault's tokenizer indexes one character
// at a time, see FtsTokenizer.h) becomes the phrase of its characters: "会议" is "会 议", found
// wherever those two characters stand side by side.
QString ftsQueryFor(const QString& userInput);

inline constexpr int PrefixMinLength = 3;

} // namespace debrief
