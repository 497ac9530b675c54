#pragma once

#include <QObject>
#include <QSettings>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// How voice reflections are recorded: the chosen microphone and the recording limit,
// remembered between starts. Holds preferences only, never anything a person recorded or wrote.
class VoiceSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    // The QAudioDevice id of the chosen microphone; empty for the system default.
    Q_PROPERTY(
        QString inputDeviceId READ inputDeviceId WRITE setInputDeviceId NOTIFY inputDeviceIdChanged)
    Q_PROPERTY(int recordingLimitMinutes READ recordingLimitMinutes WRITE setRecordingLimitMinutes
                   NOTIFY recordingLimitMinutesChanged)
    Q_PROPERTY(int minimumLimitMinutes READ minimumLimitMinutes CONSTANT)
    Q_PROPERTY(int maximumLimitMinutes READ maximumLimitMinutes CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    static constexpr int DefaultLimitMinutes = 10;
    static constexpr int MinimumLimitMinutes = 1;
    static constexpr int MaximumLimitMinutes = 60;

    // The settings live in an INI file at filePath.
    explicit VoiceSettings(const QString& filePath, QObject* parent = nullptr);
    // The per-user settings file (QStandardPaths::AppConfigLocation/settings.ini).
    static QString standardFile();

    QString inputDeviceId() const { return m_inputDeviceId; }
    void setInputDeviceId(const QString& id);
    int recordingLimitMinutes() const { return m_limitMinutes; }
    // Clamped to [MinimumLimitMinutes, MaximumLimitMinutes].
    void setRecordingLimitMinutes(int minutes);
    int recordingLimitMs() const { return m_limitMinutes * 60 * 1000; }
    static int minimumLimitMinutes() { return MinimumLimitMinutes; }
    static int maximumLimitMinutes() { return MaximumLimitMinutes; }
    QString errorMessage() const { return m_errorMessage; }

signals:
    void inputDeviceIdChanged();
    void recordingLimitMinutesChanged();
    void errorMessageChanged();

private:
    void store(const QString& key, const QVariant& value);

    QSettings m_settings;
    QString m_inputDeviceId;
    int m_limitMinutes = DefaultLimitMinutes;
    QString m_errorMessage;
};

} // namespace debrief
