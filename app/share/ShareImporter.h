#pragma once

#include "share/BundleLimits.h"
#include "share/BundleModel.h"
#include "share/ShareError.h"

#include <QString>
#include <optional>

namespace debrief {

class BundleReader;
class Database;
class ShareProgress;

// What an import did.
struct ImportReport
{
    BundleKind kind = BundleKind::Share;
    QString senderName;
    int added = 0;    // entries now under "Shared with me", or comments now beside entries
    int replaced = 0; // entries shared again (the newer version kept), comments updated
    int skipped = 0;  // comments on entries no longer here, or older than the one kept
};

// Opens a .debrief file someone sent: a share goes under "Shared with me" (grouped by its
// sender, read-only, with its voice notes); comments go beside the entries they are about. The
// file is opened with this vault's key pair, or with a passphrase when it asks for one. Every
// check runs before anything is written, and the writing is one transaction: a damaged or
// hostile file, a failure or a cancel imports nothing.
class ShareImporter
{
public:
    explicit ShareImporter(Database& db, BundleLimits limits = {});

    // Whether the file asks for a passphrase (then give one to importFile).
    static std::optional<bool> needsPassphrase(const QString& path, ShareError* error);

    // passphrase: empty unless the file asks for one. A backup is WrongKind (restore it).
    std::optional<ImportReport> importFile(const QString& path, const QString& passphrase,
                                           ShareProgress* progress, ShareError* error);

private:
    std::optional<ImportReport> importShare(const BundleReader& reader, ShareProgress* progress,
                                            ShareError* error);
    std::optional<ImportReport> importComments(const BundleReader& reader, ShareError* error);

    Database& m_db;
    BundleLimits m_limits;
};

} // namespace debrief
