#pragma once

#include "core/NudgePreferences.h"

#include <QObject>
#include <QSettings>
#include <QtQml/qqmlregistration.h>

namespace debrief {

namespace platform {
class StartAtLogin;
}

// The reminder preferences of Settings > Reminders, remembered between starts (times as minutes
// after midnight, local). Preferences only, never anything a person wrote.
class NudgeSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY changed)
    Q_PROPERTY(int reviewMinutes READ reviewMinutes WRITE setReviewMinutes NOTIFY changed)
    Q_PROPERTY(
        int quietStartMinutes READ quietStartMinutes WRITE setQuietStartMinutes NOTIFY changed)
    Q_PROPERTY(int quietEndMinutes READ quietEndMinutes WRITE setQuietEndMinutes NOTIFY changed)
    Q_PROPERTY(bool weekends READ weekends WRITE setWeekends NOTIFY changed)
    Q_PROPERTY(int maxPerDay READ maxPerDay WRITE setMaxPerDay NOTIFY changed)
    Q_PROPERTY(bool showTitles READ showTitles WRITE setShowTitles NOTIFY changed)
    Q_PROPERTY(bool startAtLoginSupported READ startAtLoginSupported CONSTANT)
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY startAtLoginChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    static constexpr int MinPerDay = 1;
    static constexpr int MaxPerDay = 10;

    // The settings live in an INI file at filePath; startAtLogin must outlive this object.
    NudgeSettings(const QString& filePath, platform::StartAtLogin& startAtLogin,
                  QObject* parent = nullptr);

    NudgePreferences preferences() const { return m_preferences; }

    bool enabled() const { return m_preferences.enabled; }
    void setEnabled(bool enabled);
    int reviewMinutes() const { return minutesOf(m_preferences.reviewTime); }
    void setReviewMinutes(int minutes);
    int quietStartMinutes() const { return minutesOf(m_preferences.quietStart); }
    void setQuietStartMinutes(int minutes);
    int quietEndMinutes() const { return minutesOf(m_preferences.quietEnd); }
    void setQuietEndMinutes(int minutes);
    bool weekends() const { return m_preferences.weekends; }
    void setWeekends(bool weekends);
    int maxPerDay() const { return m_preferences.maxPerDay; }
    // Clamped to [MinPerDay, MaxPerDay].
    void setMaxPerDay(int count);
    bool showTitles() const { return m_preferences.showTitles; }
    void setShowTitles(bool show);
    bool startAtLoginSupported() const;
    bool startAtLogin() const;
    void setStartAtLogin(bool start);
    QString errorMessage() const { return m_errorMessage; }

    // "09:30" in the person's locale, for a number of minutes after midnight.
    Q_INVOKABLE QString timeText(int minutes) const;

signals:
    void changed();
    void startAtLoginChanged();
    void errorMessageChanged();

private:
    static int minutesOf(const QTime& time) { return time.hour() * 60 + time.minute(); }
    void update(const NudgePreferences& preferences);
    void setErrorMessage(const QString& message);

    QSettings m_settings;
    platform::StartAtLogin& m_startAtLogin;
    NudgePreferences m_preferences;
    QString m_errorMessage;
};

} // namespace debrief
