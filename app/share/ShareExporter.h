#pragma once

#include "share/BundleModel.h"
#include "share/ShareComposer.h"
#include "share/ShareError.h"

#include <QString>
#include <optional>

namespace debrief {

class Database;
class ShareProgress;

// How a share is protected: a coach's public key ("age1…"), or a passphrase the person sends
// the coach by another channel.
struct ShareProtection
{
    enum class Kind
    {
        CoachKey,
        Passphrase,
    };
    Kind kind = Kind::CoachKey;
    QString value; // the key text, or the passphrase

    static ShareProtection coachKey(const QString& key) { return {Kind::CoachKey, key}; }
    static ShareProtection passphrase(const QString& text) { return {Kind::Passphrase, text}; }
};

// Sharing selected entries with a coach: what the coach will receive (the preview), the
// encrypted .debrief file, and readable exports that are clearly marked as not encrypted. A
// share carries this vault's public key and the person's display name, so the coach's comments
// can come back. Long runs report progress and can be cancelled (ShareProgress); run them on a
// worker thread.
class ShareExporter
{
public:
    explicit ShareExporter(Database& db);

    // What the coach will receive, as values (makes the vault's key pair on first use).
    std::optional<BundleContent> compose(const ShareSelection& selection, ShareError* error);
    // Exactly the entries.md the coach will read.
    std::optional<QString> preview(const ShareSelection& selection, ShareError* error);

    // Writes the .debrief file (age-encrypted zip: entries.md, entries.json, audio/*.opus) to
    // path; it appears only when complete. InvalidKey or PassphraseTooShort before anything
    // is written.
    bool share(const ShareSelection& selection, const ShareProtection& protection,
               const QString& path, ShareProgress* progress, ShareError* error);

    // The readable, unencrypted Markdown of the selection (it begins with a notice saying so),
    // for a file the person saves or prints; the PDF export renders the same text.
    std::optional<QString> readableMarkdown(const ShareSelection& selection, ShareError* error);
    bool exportMarkdown(const ShareSelection& selection, const QString& path, ShareError* error);

private:
    Database& m_db;
};

} // namespace debrief
