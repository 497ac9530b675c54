#pragma once

#include "share/BundleModel.h"
#include "share/ShareError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

namespace debrief {

class Database;
class ShareProgress;

// Stores entries someone shared under "Shared with me", inside the caller's transaction: used
// by imports of shares and by restoring backups. The entry is kept as its entries.json object
// (without file names); its voice notes beside it.
class ReceivedImport
{
public:
    using AudioSource =
        std::function<std::optional<QByteArray>(const BundleRecording& r, ShareError* error)>;

    ReceivedImport(Database& db, AudioSource audio, ShareProgress* progress);

    // The sender (by key), renamed to their latest name.
    std::optional<qint64> sender(const BundlePerson& person, const QDateTime& received,
                                 ShareError* error);
    // Stores the entry: new (*replaced false) or replacing the one with its id (true); its id
    // here. With keepExisting, an entry already there is left as it is and 0 comes back.
    std::optional<qint64> entry(qint64 senderId, const BundleEntry& entry,
                                const QDateTime& received, bool keepExisting, bool* replaced,
                                ShareError* error);

private:
    Database& m_db;
    AudioSource m_audio;
    ShareProgress* m_progress;
};

} // namespace debrief
