#pragma once

#include "core/Insights.h"
#include "vault/VaultError.h"

#include <QTimeZone>

namespace debrief {

class Database;

// The Insights page's figures, each one SQL aggregate over the vault (no row by row reading),
// so they stay fast at 100,000 reflections.
class InsightsStore
{
public:
    explicit InsightsStore(Database& db);

    // heatDays: how many days back from today the heat map covers (today included).
    Insights compute(const QTimeZone& zone, const QDate& today, int heatDays,
                     VaultError* error) const;

private:
    Database& m_db;
};

} // namespace debrief
