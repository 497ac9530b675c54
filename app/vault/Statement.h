#pragma once

#include "vault/VaultError.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace debrief {

class Database;

// A prepared statement (RAII) with typed binds and column reads.
class Statement
{
public:
    Statement(const Database& db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement& bind(int index, qint64 value);
    Statement& bindReal(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& value); // as text
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);

    // Steps once: true when a row is available. After false, check error().
    bool next();
    // Steps to completion (for statements without rows).
    VaultError run();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    bool isNull(int column) const;

    // The error of the last prepare/step, mapped; None when it went well.
    VaultError error() const { return m_error; }

private:
    void recordError(int rc, const char* what);
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    VaultError m_error;
};

} // namespace debrief
