// MicrophoneModel on a private PulseAudio server with a virtual microphone (vmic): lists it after
// "System default", follows devices as they come and go, and tells when the remembered
// microphone is not connected.

#include "MicrophoneModel.h"
#include "TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QProcess>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using debrief::MicrophoneModel;
using namespace debrief::test;

namespace {

// pactl against the test's server (PULSE_SERVER is set by with-virtual-mic.sh).
QString pactl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("pactl"), arguments);
    REQUIRE(process.waitForFinished(10000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString descriptionAt(const MicrophoneModel& model, int row)
{
    return model.data(model.index(row), MicrophoneModel::DescriptionRole).toString();
}

} // namespace

TEST_CASE("The virtual microphone is listed after the system default", "[microphones]")
{
    MicrophoneModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.hasInputs());
    REQUIRE(model.rowCount() >= 2);
    CHECK(model.deviceIdAt(0).isEmpty());
    CHECK(descriptionAt(model, 0) == QStringLiteral("System default"));

    const int vmic = model.rowOf(QStringLiteral("vmic"));
    REQUIRE(vmic > 0);
    CHECK(model.deviceIdAt(vmic) == QStringLiteral("vmic"));
    CHECK_FALSE(descriptionAt(model, vmic).isEmpty());
    // Qt hides monitor sources: only real inputs are offered.
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK_FALSE(model.deviceIdAt(row).endsWith(QStringLiteral(".monitor")));

    // Remembered and connected: that row; the system default is row 0.
    QSignalSpy preferred(&model, &MicrophoneModel::preferredChanged);
    model.setPreferredId(QStringLiteral("vmic"));
    CHECK(preferred.count() == 1);
    CHECK_FALSE(model.preferredMissing());
    CHECK(model.preferredRow() == vmic);
    model.setPreferredId(QString());
    CHECK_FALSE(model.preferredMissing());
    CHECK(model.preferredRow() == 0);
}

TEST_CASE("A remembered microphone that is gone is flagged until it comes back", "[microphones]")
{
    MicrophoneModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // As the settings page does while it is open.
    model.setWatching(true);
    CHECK(model.watching());
    model.setPreferredId(QStringLiteral("debrief_test_headset"));
    CHECK(model.preferredMissing());
    CHECK(model.preferredRow() == 0); // recording falls back to the system default
    const int before = model.rowCount();

    // Plugged in: listed, and no longer missing.
    QSignalSpy preferred(&model, &MicrophoneModel::preferredChanged);
    const QString module =
        pactl({QStringLiteral("load-module"), QStringLiteral("module-remap-source"),
               QStringLiteral("master=vsink.monitor"),
               QStringLiteral("source_name=debrief_test_headset")});
    REQUIRE(
        waitUntil([&] { return model.rowOf(QStringLiteral("debrief_test_headset")) > 0; }, 10000));
    CHECK(model.rowCount() == before + 1);
    CHECK_FALSE(model.preferredMissing());
    CHECK(model.preferredRow() == model.rowOf(QStringLiteral("debrief_test_headset")));
    CHECK(preferred.count() >= 1);

    // Unplugged: missing again, the choice itself is kept.
    pactl({QStringLiteral("unload-module"), module});
    REQUIRE(waitUntil([&] { return model.preferredMissing(); }, 10000));
    CHECK(model.rowCount() == before);
    CHECK(model.preferredId() == QStringLiteral("debrief_test_headset"));

    // Not watching: a device that comes is taken in at the next refresh().
    model.setWatching(false);
    const QString again =
        pactl({QStringLiteral("load-module"), QStringLiteral("module-remap-source"),
               QStringLiteral("master=vsink.monitor"),
               QStringLiteral("source_name=debrief_test_headset")});
    REQUIRE(waitUntil(
        [] {
            for (const QAudioDevice& input : QMediaDevices::audioInputs()) {
                if (input.id() == "debrief_test_headset")
                    return true;
            }
            return false;
        },
        10000));
    model.refresh();
    CHECK_FALSE(model.preferredMissing());
    pactl({QStringLiteral("unload-module"), again});
}

TEST_CASE("No input device at all: only the system default, and it says so", "[no-microphone]")
{
    MicrophoneModel model;
    CHECK_FALSE(model.hasInputs());
    CHECK(model.rowCount() == 1);
    CHECK(descriptionAt(model, 0) == QStringLiteral("System default"));
    model.setPreferredId(QStringLiteral("vmic"));
    CHECK(model.preferredMissing());
}
