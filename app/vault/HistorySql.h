#pragma once

#include "core/HistoryFilter.h"
#include "core/Reflection.h"
#include "vault/VaultError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVector>
#include <optional>
#include <variant>
#include <vector>

namespace debrief {

class Database;
class Statement;

// The pieces of the history's SQL: a builder that only takes fixed fragments and numbered
// parameters, the filter worked out once, and the fragments each sort and filter adds. Kept apart
// from the strategies in HistoryQuery.cpp that choose how to use them.
namespace historysql {

// SQL put together from fixed fragments only; every value goes in as a numbered parameter.
class Sql
{
public:
    Sql& operator<<(const char* fragment)
    {
        m_text += fragment;
        return *this;
    }
    Sql& value(qint64 v) { return add(v); }
    Sql& value(const QString& v) { return add(v); }
    // "(?1, ?2, …)"
    template <typename Enum> Sql& list(const QVector<Enum>& values)
    {
        m_text += '(';
        for (int i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_text += ", ";
            value(qint64(values.at(i)));
        }
        m_text += ')';
        return *this;
    }
    const char* text() const { return m_text.constData(); }
    void bindTo(Statement& q) const;

private:
    Sql& add(std::variant<qint64, QString> v);
    QByteArray m_text;
    std::vector<std::variant<qint64, QString>> m_values;
};

// What a filter asks of the vault, worked out once per call.
struct Query
{
    HistorySort sort = HistorySort::Newest; // Relevance only with words
    QString match;                          // the FTS5 expression; empty when not searching
    bool nothing = false;                   // words with nothing searchable in them: no rows
    std::optional<qint64> fromUtc;          // the first instant of the from day (inclusive)
    std::optional<qint64> toUtc;            // the first instant after the to day (exclusive)
    QStringList tagKeys;
};

Query resolve(const HistoryFilter& filter, const QTimeZone& zone);

// No filter but (perhaps) the words.
bool onlyWords(const HistoryFilter& f);

// Everything of the filter but the words, on reflections r: each a column of
// reflections_history and reflections_by_attention (covering), or for tags a set built once, so
// checking a row never reads its text. A reflection still being recorded is not history yet.
void appendFilters(Sql& sql, const HistoryFilter& f, const Query& q);

// Ids as a JSON array, for json_each (numbers only).
QString idList(const QVector<ReflectionId>& ids);

// The words: r.id among the matches, those FTS5 finds or the ids given (found already).
// Driving, SQLite starts from the matches and looks each up by id; else it walks the order's
// index and looks each row up in the matches (a set built once).
enum class MatchUse
{
    Drive,
    Probe,
};

void appendMatch(Sql& sql, const Query& q, MatchUse use = MatchUse::Probe,
                 const QVector<ReflectionId>* ids = nullptr);

// A row's place in the order: two sort keys and its id (the keyset the next page starts after).
struct Keyed
{
    ReflectionId id = 0;
    qint64 k1 = 0;
    qint64 k2 = 0;
};

// The order's index, its two sort keys as columns, and its ORDER BY.
const char* indexOf(HistorySort sort);
const char* keysOf(HistorySort sort);
const char* orderOf(HistorySort sort);

// Only the rows after the given one, in the order's direction.
void appendAfter(Sql& sql, HistorySort sort, const Keyed& last);

// Runs a query whose columns are id, k1, k2.
QVector<Keyed> readKeyed(Database& db, const Sql& sql, VaultError* error);

} // namespace historysql
} // namespace debrief
