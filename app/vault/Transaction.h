#pragma once

#include "vault/Database.h"

namespace debrief {

// Runs body inside one IMMEDIATE transaction; rolls back on any error.
template <typename Body> VaultError inTransaction(Database& db, Body body)
{
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
