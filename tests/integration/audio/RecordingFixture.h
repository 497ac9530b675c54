#pragma once

// Shared by the recorder's integration tests: a fresh vault, the private PulseAudio server's
// virtual microphone (tests/support/with-virtual-mic.sh) and a way to speak into it.

#include "vault/Database.h"
#include "vault/VaultKey.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <memory>

namespace debrief::test {

// An encrypted database at the current schema in a fresh folder; connection() opens another
// connection to it (as VaultController::openConnection() does for the recorder).
struct RecordingVault
{
    explicit RecordingVault(const QString& name);
    std::unique_ptr<Database> connection() const;
    QString dir;
    QString path;
    VaultKey key;
    std::unique_ptr<Database> db;
};

// Rows in a table of the vault.
qint64 queryCount(const RecordingVault& vault, const char* table);

// True inside with-virtual-mic.sh (PULSE_SERVER set and "vmic" among the inputs).
bool virtualMicAvailable();
inline QByteArray virtualMicId()
{
    return QByteArrayLiteral("vmic");
}

// Plays 48 kHz mono 16-bit PCM into the virtual microphone (pacat into vsink, 20 ms latency).
class Speaker
{
public:
    ~Speaker();
    void play(const QByteArray& pcm);
    bool waitDone(int timeoutMs);

private:
    QProcess m_process;
};

// A command run to its end (pactl, kill…); its exit code.
int runCommand(const QString& program, const QStringList& arguments);

} // namespace debrief::test
