// The kill test's helper: the real VoiceRecorder recording into a real vault until it is
// killed. Usage: debrief_record_helper <vault.db> <key file (64 hex digits)>
// Reads one line from stdin and saves it as a text reflection first (the test's marker);
// prints "recording <reflection id>" once sound is going into the vault.

#include "audio/VoiceRecorder.h"
#include "fake/FakePermissions.h"
#include "vault/Database.h"
#include "vault/Migrations.h"
#include "vault/ReflectionStore.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <iostream>
#include <string>

using namespace debrief;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: debrief_record_helper <vault.db> <key file>\n", stderr);
        return 2;
    }
    QFile keyFile(QString::fromLocal8Bit(argv[2]));
    if (!keyFile.open(QIODevice::ReadOnly))
        return 2;
    const VaultKey key = VaultKey::fromHex(keyFile.readAll().trimmed());
    const QString path = QString::fromLocal8Bit(argv[1]);
    VaultError error;
    auto db = Database::open(path, key, &error);
    if (!key.isValid() || !db || migrations::migrate(*db))
        return 3;
    std::string marker;
    std::getline(std::cin, marker);
    ReflectionStore(*db).add(QString::fromStdString(marker),
                             LocalMoment::fromDateTime(QDateTime::currentDateTime()), &error);
    if (error)
        return 3;

    platform::FakePermissions permissions;
    VoiceRecorder recorder(Database::open(path, key, &error), permissions);
    recorder.setInputDevice(QByteArrayLiteral("vmic"));
    QObject::connect(&recorder, &VoiceRecorder::stateChanged, &app, [&] {
        if (recorder.state() == VoiceRecorder::State::Recording) {
            std::printf("recording %lld\n", static_cast<long long>(recorder.reflectionId()));
            std::fflush(stdout);
        } else if (recorder.state() == VoiceRecorder::State::Failed) {
            std::fputs("recorder failed\n", stderr);
            app.exit(4);
        }
    });
    recorder.start();
    return app.exec();
}
