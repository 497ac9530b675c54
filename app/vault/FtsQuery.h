#pragma once

#include <QString>

namespace debrief {

// Turns what a person types into a safe FTS5 MATCH expression: every word must match, the
// last-typed words match as prefixes, and FTS5 syntax characters are treated as text.
QString ftsQueryFor(const QString& userInput);

} // namespace debrief
