#pragma once

#include <QString>

namespace debrief {

// A search snippet (matches wrapped in ReflectionStore::MatchStart … MatchEnd) as Qt styled
// text: everything the person wrote is escaped, so their own "<b>" or "&amp;" shows as typed;
// only the matches become bold. An unclosed match ends at the end of the snippet.
QString snippetMarkup(const QString& snippet);

} // namespace debrief
