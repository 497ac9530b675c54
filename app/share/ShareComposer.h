#pragma once

#include "share/BundleModel.h"
#include "share/ShareError.h"

#include <QByteArray>
#include <QVector>
#include <optional>

namespace debrief {

class Database;

// One entry to share and the parts of it that go along.
struct SelectedEntry
{
    ReflectionId id = 0;
    ShareFields fields;
};
using ShareSelection = QVector<SelectedEntry>;

// Reads entries from the vault into a Debrief file's contents, with exactly the chosen parts:
// a part left out is not read into the result at all (so it cannot end up in the file). Also
// fetches the audio of the voice notes it names, when the writer gets to them.
class ShareComposer
{
public:
    explicit ShareComposer(Database& db);

    // One entry. In a backup (forBackup) everything goes, also whether it is an example and
    // every voice note; in a share, spoken answers go only with both answers and voice.
    std::optional<BundleEntry> entry(ReflectionId id, const ShareFields& fields, bool forBackup,
                                     ShareError* error) const;
    // The entries in the order given (NothingSelected for none).
    std::optional<QVector<BundleEntry>> entries(const ShareSelection& selection,
                                                ShareError* error) const;
    // A voice note's audio: a recording of this vault, or one someone shared (received).
    std::optional<QByteArray> audio(const BundleRecording& recording, ShareError* error) const;

private:
    Database& m_db;
};

} // namespace debrief
