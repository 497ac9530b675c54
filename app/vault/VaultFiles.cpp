#include "vault/VaultFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace debrief {

VaultFiles::VaultFiles(QString directory)
    : m_dir(std::move(directory))
{
}

VaultFiles VaultFiles::standardLocation()
{
    return VaultFiles(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString VaultFiles::databasePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("vault.db"));
}

QString VaultFiles::envelopePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("vault.keys"));
}

QString VaultFiles::pendingEnvelopePath() const
{
    return envelopePath() + QStringLiteral(".next");
}

bool VaultFiles::databaseExists() const
{
    return QFile::exists(databasePath());
}

bool VaultFiles::envelopeExists() const
{
    return QFile::exists(envelopePath());
}

std::optional<KeyEnvelope> VaultFiles::loadEnvelope(VaultError* error) const
{
    return loadEnvelope(envelopePath(), error);
}

std::optional<KeyEnvelope> VaultFiles::loadEnvelope(const QString& path, VaultError* error) const
{
    QFile file(path);
    if (!file.exists()) {
        if (error)
            *error = {VaultError::Kind::KeyFileMissing, path};
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {VaultError::Kind::ReadOnly, file.errorString()};
        return std::nullopt;
    }
    return KeyEnvelope::fromJson(file.read(1 << 20), error);
}

VaultError VaultFiles::saveEnvelope(const KeyEnvelope& envelope) const
{
    return saveEnvelope(envelope, envelopePath());
}

VaultError VaultFiles::saveEnvelope(const KeyEnvelope& envelope, const QString& path) const
{
    if (!QDir().mkpath(m_dir))
        return {VaultError::Kind::ReadOnly, QStringLiteral("mkpath")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {VaultError::Kind::ReadOnly, file.errorString()};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = envelope.toJson();
    if (file.write(json) != json.size() || !file.commit()) {
        const auto kind = file.error() == QFileDevice::ResourceError ? VaultError::Kind::DiskFull
                                                                     : VaultError::Kind::Io;
        return {kind, file.errorString()};
    }
    return {};
}

QString VaultFiles::attemptsPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("attempts.json"));
}

QByteArray VaultFiles::readAttempts() const
{
    QFile file(attemptsPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(4096);
}

void VaultFiles::writeAttempts(const QByteArray& state) const
{
    if (!QDir().mkpath(m_dir))
        return;
    QSaveFile file(attemptsPath());
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(state) == state.size())
        file.commit();
}

QString VaultFiles::moveDatabaseAside(VaultError* error) const
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // A free name: rename never replaces an existing file, and a second damaged file within
    // the same second must not fail the move (or take the first one's place).
    QString target = QDir(m_dir).filePath(QStringLiteral("vault.damaged-%1.db").arg(stamp));
    for (int n = 2; QFile::exists(target) || QFile::exists(target + QLatin1String("-wal")) ||
                    QFile::exists(target + QLatin1String("-shm"));
         ++n)
        target = QDir(m_dir).filePath(QStringLiteral("vault.damaged-%1-%2.db").arg(stamp).arg(n));
    if (!QFile::rename(databasePath(), target)) {
        if (error)
            *error = {VaultError::Kind::ReadOnly, QStringLiteral("rename")};
        return {};
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString companion = databasePath() + QLatin1String(suffix);
        if (QFile::exists(companion))
            QFile::rename(companion, target + QLatin1String(suffix));
    }
    if (error)
        *error = {};
    return target;
}

} // namespace debrief
