#include "VoiceSettings.h"

#include "core/Translations.h"

namespace debrief {

namespace {
const QString InputDeviceKey = QStringLiteral("voice/inputDeviceId");
const QString LimitKey = QStringLiteral("voice/recordingLimitMinutes");
} // namespace

VoiceSettings::VoiceSettings(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_settings(filePath, QSettings::IniFormat)
{
    m_inputDeviceId = m_settings.value(InputDeviceKey).toString();
    bool ok = false;
    const int limit = m_settings.value(LimitKey).toInt(&ok);
    m_limitMinutes =
        ok ? qBound(MinimumLimitMinutes, limit, MaximumLimitMinutes) : DefaultLimitMinutes;
}

QString VoiceSettings::standardFile()
{
    return standardSettingsFile();
}

void VoiceSettings::setInputDeviceId(const QString& id)
{
    if (m_inputDeviceId == id)
        return;
    m_inputDeviceId = id;
    store(InputDeviceKey, id);
    emit inputDeviceIdChanged();
}

void VoiceSettings::setRecordingLimitMinutes(int minutes)
{
    minutes = qBound(MinimumLimitMinutes, minutes, MaximumLimitMinutes);
    if (m_limitMinutes == minutes)
        return;
    m_limitMinutes = minutes;
    store(LimitKey, minutes);
    emit recordingLimitMinutesChanged();
}

void VoiceSettings::store(const QString& key, const QVariant& value)
{
    m_settings.setValue(key, value);
    m_settings.sync();
    // The choice still applies until Debrief closes; only remembering it failed.
    const QString message =
        m_settings.status() == QSettings::NoError
            ? QString()
            : tr("Your settings could not be saved, so they apply only until Debrief closes.");
    if (message != m_errorMessage) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

} // namespace debrief
