#pragma once

struct sqlite3;

namespace debrief {

// The vault's full-text tokenizer, "debrief" to FTS5 (tokenize = 'debrief remove_diacritics 2'):
// SQLite's unicode61 with the arguments given, except that Chinese, Japanese and Korean text,
// which has no spaces between words, becomes one token per character (CJK ideographs with
// Extension A and beyond, Hiragana, Katakana, Hangul syllables). A search for a run of such
// characters is then a phrase of those characters (ftsQueryFor), so "会议" finds "今天的会议很
// 糟糕". Offsets are bytes of the original text, so highlight() and snippet() mark exactly the
// matched characters. Everything else goes through unicode61 unchanged.
inline constexpr char FtsTokenizerName[] = "debrief";

// Registers the tokenizer on a connection (Database does it on every connection it opens,
// before anything reads a full-text table). Returns an SQLite result code.
int registerFtsTokenizer(sqlite3* db);

// True for the characters the tokenizer makes single tokens of.
bool isCjkCharacter(char32_t c);

} // namespace debrief
