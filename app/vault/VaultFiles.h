#pragma once

#include "vault/KeyEnvelope.h"
#include "vault/VaultError.h"

#include <QString>
#include <optional>

namespace debrief {

// Where a vault lives on disk: the SQLCipher file and its key envelope, side by side.
class VaultFiles
{
public:
    explicit VaultFiles(QString directory);
    // The per-user data folder (QStandardPaths::AppDataLocation).
    static VaultFiles standardLocation();

    QString directory() const { return m_dir; }
    QString databasePath() const;
    QString envelopePath() const;
    // A rotated key's envelope, staged until the database is rekeyed.
    QString pendingEnvelopePath() const;

    bool databaseExists() const;
    bool envelopeExists() const;

    std::optional<KeyEnvelope> loadEnvelope(VaultError* error) const;
    std::optional<KeyEnvelope> loadEnvelope(const QString& path, VaultError* error) const;
    // Atomic replace (write a sibling, fsync, rename): a crash leaves the old or the new file.
    VaultError saveEnvelope(const KeyEnvelope& envelope) const;
    VaultError saveEnvelope(const KeyEnvelope& envelope, const QString& path) const;

    // Wrong-secret attempts (AttemptThrottle's state: a count and a time, no content). Reading
    // a missing or unreadable file gives an empty array; writing is atomic and best effort.
    QString attemptsPath() const;
    QByteArray readAttempts() const;
    void writeAttempts(const QByteArray& state) const;

    // Moves the database (and its WAL/SHM companions) aside under a dated name; never deletes.
    // Returns the new path of the database file.
    QString moveDatabaseAside(VaultError* error) const;

private:
    QString m_dir;
};

} // namespace debrief
