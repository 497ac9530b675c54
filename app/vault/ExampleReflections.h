#pragma once

#include "vault/VaultError.h"

#include <QDateTime>

namespace debrief {

class Database;

// "Try it with examples": realistic reflections in every stage of the loop (with answers,
// lessons, changes, experiments, tags), each clearly marked as an example (is_example, and a
// first line starting "Example: ", translated), so a new person sees what Debrief does before
// writing their own. Removing them takes exactly them away.
class ExampleReflections
{
public:
    explicit ExampleReflections(Database& db);

    // Adds the examples (in one transaction), dated in the weeks before now, in the person's
    // language (QCoreApplication's translators); their nudges are muted. Nothing is added when
    // examples are already there.
    VaultError add(const QDateTime& nowUtc, const QByteArray& timeZoneId);
    bool present(VaultError* error) const;
    // Every example with everything hanging off it (loop, tags, nudge choices), in one
    // transaction, the search index kept in step; the person's own reflections stay.
    VaultError remove();

private:
    Database& m_db;
};

} // namespace debrief
