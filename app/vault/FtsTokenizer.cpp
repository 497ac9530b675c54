#include "vault/FtsTokenizer.h"

#include <new>
#include <sqlite3.h>

namespace debrief {

namespace {

// One tokenizer instance: unicode61 made with the same arguments, for everything not CJK.
struct Tokenizer
{
    fts5_tokenizer inner;
    Fts5Tokenizer* innerInstance = nullptr;
};

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

// Hands unicode61's tokens of one stretch of text on with offsets into the whole text, and
// remembers whether the caller asked to stop (unicode61 turns SQLITE_DONE into SQLITE_OK).
struct Shifted
{
    void* context;
    TokenCallback callback;
    int offset;
    int rc = SQLITE_OK;
};

int shiftedToken(void* p, int flags, const char* token, int size, int start, int end)
{
    auto* s = static_cast<Shifted*>(p);
    s->rc = s->callback(s->context, flags, token, size, start + s->offset, end + s->offset);
    return s->rc;
}

// The code point starting at text[i] and its length in bytes (1 for a byte that does not start
// a well-formed sequence, which unicode61 then deals with as it always does).
char32_t decode(const unsigned char* text, int size, int i, int* length)
{
    const unsigned char b = text[i];
    int n = b < 0x80             ? 1
            : (b & 0xE0) == 0xC0 ? 2
            : (b & 0xF0) == 0xE0 ? 3
            : (b & 0xF8) == 0xF0 ? 4
                                 : 1;
    if (i + n > size)
        n = 1;
    char32_t c = n == 1 ? b : n == 2 ? b & 0x1F : n == 3 ? b & 0x0F : b & 0x07;
    for (int k = 1; k < n; ++k) {
        if ((text[i + k] & 0xC0) != 0x80) {
            *length = 1;
            return b;
        }
        c = (c << 6) | (text[i + k] & 0x3F);
    }
    *length = n;
    return c;
}

int create(void* userData, const char** args, int argCount, Fts5Tokenizer** out)
{
    auto* api = static_cast<fts5_api*>(userData);
    void* innerData = nullptr;
    fts5_tokenizer inner{};
    int rc = api->xFindTokenizer(api, "unicode61", &innerData, &inner);
    if (rc != SQLITE_OK)
        return rc;
    auto* t = new (std::nothrow) Tokenizer{inner, nullptr};
    if (!t)
        return SQLITE_NOMEM;
    rc = inner.xCreate(innerData, args, argCount, &t->innerInstance);
    if (rc != SQLITE_OK) {
        delete t;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer*>(t);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer* p)
{
    auto* t = reinterpret_cast<Tokenizer*>(p);
    t->inner.xDelete(t->innerInstance);
    delete t;
}

int tokenize(Fts5Tokenizer* p, void* context, int flags, const char* text, int size,
             TokenCallback callback)
{
    auto* t = reinterpret_cast<Tokenizer*>(p);
    const auto* bytes = reinterpret_cast<const unsigned char*>(text);
    // Text outside CJK runs goes to unicode61 a stretch at a time.
    auto other = [&](int from, int to) {
        if (from >= to)
            return SQLITE_OK;
        Shifted shifted{context, callback, from};
        const int rc = t->inner.xTokenize(t->innerInstance, &shifted, flags, text + from, to - from,
                                          &shiftedToken);
        return rc != SQLITE_OK ? rc : shifted.rc;
    };
    int stretch = 0;
    for (int i = 0; i < size;) {
        int length = 1;
        // Every byte of a CJK character is 0x80 or above: plain ASCII needs no decoding.
        const char32_t c = bytes[i] < 0x80 ? bytes[i] : decode(bytes, size, i, &length);
        if (!isCjkCharacter(c)) {
            i += length;
            continue;
        }
        int rc = other(stretch, i);
        if (rc == SQLITE_OK)
            rc = callback(context, 0, text + i, length, i, i + length);
        if (rc != SQLITE_OK)
            return rc == SQLITE_DONE ? SQLITE_OK : rc;
        i += length;
        stretch = i;
    }
    const int rc = other(stretch, size);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

} // namespace

bool isCjkCharacter(char32_t c)
{
    return (c >= 0x3005 && c <= 0x3007)       // 々 〆 〇
           || (c >= 0x3041 && c <= 0x309F)    // Hiragana
           || (c >= 0x30A1 && c <= 0x30FA)    // Katakana (not the middle dot ・)
           || (c >= 0x30FC && c <= 0x30FF)    // ー and the Katakana iteration marks
           || (c >= 0x31F0 && c <= 0x31FF)    // Katakana phonetic extensions
           || (c >= 0x3400 && c <= 0x4DBF)    // CJK ideographs, Extension A
           || (c >= 0x4E00 && c <= 0x9FFF)    // CJK unified ideographs
           || (c >= 0xAC00 && c <= 0xD7A3)    // Hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF)    // CJK compatibility ideographs
           || (c >= 0xFF66 && c <= 0xFF9D)    // half-width Katakana
           || (c >= 0x20000 && c <= 0x3134F); // Extensions B to G and compatibility supplement
}

int registerFtsTokenizer(sqlite3* db)
{
    // The way SQLite documents to reach FTS5's API: a pointer handed out by SELECT fts5(?1).
    fts5_api* api = nullptr;
    sqlite3_stmt* q = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1);", -1, &q, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_bind_pointer(q, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(q);
    rc = sqlite3_finalize(q);
    if (rc != SQLITE_OK)
        return rc;
    if (!api || api->iVersion < 2)
        return SQLITE_ERROR;
    fts5_tokenizer methods{&create, &destroy, &tokenize};
    return api->xCreateTokenizer(api, FtsTokenizerName, api, &methods, nullptr);
}

} // namespace debrief
