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

// What a restore did.
struct RestoreReport
{
    int entriesAdded = 0;
    int entriesKept = 0; // already in the vault (same id): kept as they are
    int receivedAdded = 0;
    int receivedKept = 0; // entries shared with this vault that were already here
    int commentsAdded = 0;
    int coachesAdded = 0;
    bool keyPairRestored = false; // the vault had none and took the backup's
};

// Everything in a vault in one age file protected by a passphrase (or the recovery code, as
// written down): the person's entries with their loop, tags and voice notes, the vault's key
// pair and coaches, what others shared with it (with the comments on it) and the comments
// coaches sent back. The file is a Debrief file of kind "backup" (docs/bundle-format.md):
// `age -d` and unzip open it too.
//
// Restore goes into an empty vault, or merges into one in use: an entry is the same entry when
// its id (ReflectionUuids) is; entries already there are kept as they are (never overwritten),
// so merging the same backup twice adds nothing. Received entries are the same when sender key
// and entry id are; coaches when their key is; comments when entry and coach are. Everything is
// one transaction: a damaged file, a failure or a cancel changes nothing. Not in a backup: nudge
// choices and their log, and settings.
class VaultBackup
{
public:
    enum class Mode
    {
        IntoEmpty, // refused (NotEmpty) when the vault holds any entry
        Merge,
    };

    explicit VaultBackup(Database& db, BundleLimits limits = {});

    // The passphrase a recovery code stands for: the code as written down (six groups of four,
    // upper case), however it was typed. Empty when text cannot be a recovery code.
    static QString passphraseForRecoveryCode(const QString& text);

    // The backup's contents, as values.
    std::optional<BundleContent> compose(ShareError* error) const;
    // Writes the backup to path (appears only when complete). PassphraseTooShort before
    // anything is written.
    bool backup(const QString& path, const QString& passphrase, ShareProgress* progress,
                ShareError* error);
    // A passphrase that looks like a recovery code is also tried as one.
    std::optional<RestoreReport> restore(const QString& path, const QString& passphrase, Mode mode,
                                         ShareProgress* progress, ShareError* error);

private:
    bool restoreEntry(const BundleEntry& entry, const BundleReader& reader, ShareProgress* progress,
                      ShareError* error);
    bool restoreAll(const BundleReader& reader, Mode mode, ShareProgress* progress,
                    RestoreReport* report, ShareError* error);
    bool restoreReceived(const BundleReader& reader, ShareProgress* progress, RestoreReport* report,
                         ShareError* error);

    Database& m_db;
    BundleLimits m_limits;
};

} // namespace debrief
