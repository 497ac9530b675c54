// VoiceSettings: remembered between starts, kept in range, and the file holds preferences only.

#include "VoiceSettings.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using debrief::VoiceSettings;
using namespace debrief::test;

TEST_CASE("Voice settings start at the defaults and survive a restart", "[voice-settings]")
{
    const QString file = QDir(freshDir(QStringLiteral("settings"))).filePath("settings.ini");
    {
        VoiceSettings settings(file);
        CHECK(settings.inputDeviceId().isEmpty()); // the system default
        CHECK(settings.recordingLimitMinutes() == 10);
        CHECK(settings.recordingLimitMs() == 10 * 60 * 1000);
        CHECK(settings.errorMessage().isEmpty());
        CHECK_FALSE(QFile::exists(file)); // nothing written until something is chosen

        QSignalSpy device(&settings, &VoiceSettings::inputDeviceIdChanged);
        QSignalSpy limit(&settings, &VoiceSettings::recordingLimitMinutesChanged);
        settings.setInputDeviceId(QStringLiteral("alsa_input.usb-Headset-00.mono-fallback"));
        settings.setRecordingLimitMinutes(25);
        settings.setRecordingLimitMinutes(25);
        CHECK(device.count() == 1);
        CHECK(limit.count() == 1);
        CHECK(QFile::exists(file)); // written at once, not only at exit
    }
    VoiceSettings reopened(file);
    CHECK(reopened.inputDeviceId() == QStringLiteral("alsa_input.usb-Headset-00.mono-fallback"));
    CHECK(reopened.recordingLimitMinutes() == 25);

    // Back to the system default.
    reopened.setInputDeviceId(QString());
    CHECK(VoiceSettings(file).inputDeviceId().isEmpty());
}

TEST_CASE("The recording limit stays in its range, also from an edited file", "[voice-settings]")
{
    const QString file = QDir(freshDir(QStringLiteral("settings"))).filePath("settings.ini");
    VoiceSettings settings(file);
    settings.setRecordingLimitMinutes(0);
    CHECK(settings.recordingLimitMinutes() == VoiceSettings::MinimumLimitMinutes);
    settings.setRecordingLimitMinutes(100000);
    CHECK(settings.recordingLimitMinutes() == VoiceSettings::MaximumLimitMinutes);

    for (const auto& [stored, expected] :
         {std::pair{QStringLiteral("999"), VoiceSettings::MaximumLimitMinutes},
          std::pair{QStringLiteral("-4"), VoiceSettings::MinimumLimitMinutes},
          std::pair{QStringLiteral("ten"), VoiceSettings::DefaultLimitMinutes}}) {
        CAPTURE(stored.toStdString());
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("voice/recordingLimitMinutes"), stored);
        }
        CHECK(VoiceSettings(file).recordingLimitMinutes() == expected);
    }
}

TEST_CASE("The settings file holds the two preferences and nothing else", "[voice-settings]")
{
    const QString dir = freshDir(QStringLiteral("settings"));
    const QString file = QDir(dir).filePath("settings.ini");
    const QString marker = QStringLiteral("Marker-Quillfeather-7731");
    {
        VoiceSettings settings(file);
        settings.setInputDeviceId(QStringLiteral("vmic"));
        settings.setRecordingLimitMinutes(3);
        // A device id is whatever the audio system calls the device; the settings keep only
        // that, never anything a person said or wrote.
        settings.setInputDeviceId(QStringLiteral("alsa_input.pci-0000_00_1f.3.analog-stereo"));
    }
    QSettings raw(file, QSettings::IniFormat);
    QStringList keys = raw.allKeys();
    keys.sort();
    CHECK(keys == QStringList{QStringLiteral("voice/inputDeviceId"),
                              QStringLiteral("voice/recordingLimitMinutes")});
    CHECK(filesUnder(dir) == QStringList{file});
    CHECK(filesContaining(dir, marker.toUtf8()).isEmpty());
}

TEST_CASE("Settings that cannot be saved still apply, with a clear message", "[voice-settings]")
{
    // The settings "folder" is a file: nothing can be written below it, even as root.
    const QString dir = freshDir(QStringLiteral("settings"));
    const QString blocker = QDir(dir).filePath("not-a-folder");
    QFile file(blocker);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();

    VoiceSettings settings(QDir(blocker).filePath("settings.ini"));
    QSignalSpy error(&settings, &VoiceSettings::errorMessageChanged);
    settings.setRecordingLimitMinutes(5);
    CHECK(settings.recordingLimitMinutes() == 5);
    CHECK(error.count() == 1);
    CHECK(settings.errorMessage() ==
          QStringLiteral(
              "Your settings could not be saved, so they apply only until Debrief closes."));
}
