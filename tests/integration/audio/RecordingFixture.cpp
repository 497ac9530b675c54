#include "RecordingFixture.h"

#include "AudioCheck.h"
#include "TestEnvironment.h"
#include "vault/Migrations.h"
#include "vault/Statement.h"

#include <QAudioDevice>
#include <QDir>
#include <QMediaDevices>
#include <catch2/catch_test_macros.hpp>

namespace debrief::test {

RecordingVault::RecordingVault(const QString& name)
    : dir(freshDir(name))
    , path(QDir(dir).filePath(QStringLiteral("vault.db")))
    , key(VaultKey::generate())
{
    VaultError error;
    db = Database::open(path, key, &error);
    REQUIRE(db);
    REQUIRE_FALSE(migrations::migrate(*db));
}

std::unique_ptr<Database> RecordingVault::connection() const
{
    VaultError error;
    auto c = Database::open(path, key, &error);
    REQUIRE(c);
    return c;
}

qint64 queryCount(const RecordingVault& vault, const char* table)
{
    const QByteArray sql = QByteArrayLiteral("SELECT count(*) FROM ") + table + ';';
    Statement q(*vault.db, sql.constData());
    REQUIRE(q.next());
    return q.int64(0);
}

bool virtualMicAvailable()
{
    if (qEnvironmentVariableIsEmpty("PULSE_SERVER"))
        return false;
    for (const QAudioDevice& input : QMediaDevices::audioInputs()) {
        if (input.id() == virtualMicId())
            return true;
    }
    return false;
}

Speaker::~Speaker()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void Speaker::play(const QByteArray& pcm)
{
    REQUIRE(m_process.state() == QProcess::NotRunning);
    REQUIRE(startSpeaking(m_process, pcm));
}

bool Speaker::waitDone(int timeoutMs)
{
    return waitUntil([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
}

int runCommand(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(10000))
        return -1;
    return p.exitCode();
}

} // namespace debrief::test
