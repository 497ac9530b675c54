#pragma once

#include "vault/Database.h"

namespace debrief {

// Runs body inside one IMMEDIATE transaction; rolls back on any error. Called inside a
// transaction someone else began, it becomes a savepoint instead, so store operations compose:
// the outer caller commits or rolls back all of them together (e.g. Undo of a delete puts the
// reflection, its recordings and its loop back as one).
template <typename Body> VaultError inTransaction(Database& db, Body body)
{
    if (db.inTransaction()) {
        if (VaultError e = db.exec("SAVEPOINT nested;"))
            return e;
        VaultError e = body();
        if (e)
            db.exec("ROLLBACK TO nested;");
        const VaultError released = db.exec("RELEASE nested;");
        return e ? e : released;
    }
    if (VaultError e = db.begin())
        return e;
    VaultError e = body();
    if (!e)
        e = db.commit();
    if (e)
        db.rollback();
    return e;
}

} // namespace debrief
