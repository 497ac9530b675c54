#include "NudgeSettings.h"

#include <QLocale>
#include <debrief/platform/BackgroundPresence.h>

namespace debrief {

namespace {
const QString EnabledKey = QStringLiteral("reminders/enabled");
const QString ReviewKey = QStringLiteral("reminders/reviewMinutes");
const QString QuietStartKey = QStringLiteral("reminders/quietStartMinutes");
const QString QuietEndKey = QStringLiteral("reminders/quietEndMinutes");
const QString WeekendsKey = QStringLiteral("reminders/weekends");
const QString MaxPerDayKey = QStringLiteral("reminders/maxPerDay");
const QString ShowTitlesKey = QStringLiteral("reminders/showTitles");

QTime timeOf(int minutes)
{
    minutes = qBound(0, minutes, 24 * 60 - 1);
    return QTime(minutes / 60, minutes % 60);
}

QTime readTime(const QSettings& settings, const QString& key, const QTime& fallback)
{
    bool ok = false;
    const int minutes = settings.value(key).toInt(&ok);
    return ok && minutes >= 0 && minutes < 24 * 60 ? timeOf(minutes) : fallback;
}
} // namespace

NudgeSettings::NudgeSettings(const QString& filePath, platform::StartAtLogin& startAtLogin,
                             QObject* parent)
    : QObject(parent)
    , m_settings(filePath, QSettings::IniFormat)
    , m_startAtLogin(startAtLogin)
{
    const NudgePreferences defaults;
    m_preferences.enabled = m_settings.value(EnabledKey, defaults.enabled).toBool();
    m_preferences.reviewTime = readTime(m_settings, ReviewKey, defaults.reviewTime);
    m_preferences.quietStart = readTime(m_settings, QuietStartKey, defaults.quietStart);
    m_preferences.quietEnd = readTime(m_settings, QuietEndKey, defaults.quietEnd);
    m_preferences.weekends = m_settings.value(WeekendsKey, defaults.weekends).toBool();
    bool ok = false;
    const int perDay = m_settings.value(MaxPerDayKey).toInt(&ok);
    m_preferences.maxPerDay = ok ? qBound(MinPerDay, perDay, MaxPerDay) : defaults.maxPerDay;
    m_preferences.showTitles = m_settings.value(ShowTitlesKey, defaults.showTitles).toBool();
}

void NudgeSettings::setEnabled(bool enabled)
{
    auto p = m_preferences;
    p.enabled = enabled;
    update(p);
}

void NudgeSettings::setReviewMinutes(int minutes)
{
    auto p = m_preferences;
    p.reviewTime = timeOf(minutes);
    update(p);
}

void NudgeSettings::setQuietStartMinutes(int minutes)
{
    auto p = m_preferences;
    p.quietStart = timeOf(minutes);
    update(p);
}

void NudgeSettings::setQuietEndMinutes(int minutes)
{
    auto p = m_preferences;
    p.quietEnd = timeOf(minutes);
    update(p);
}

void NudgeSettings::setWeekends(bool weekends)
{
    auto p = m_preferences;
    p.weekends = weekends;
    update(p);
}

void NudgeSettings::setMaxPerDay(int count)
{
    auto p = m_preferences;
    p.maxPerDay = qBound(MinPerDay, count, MaxPerDay);
    update(p);
}

void NudgeSettings::setShowTitles(bool show)
{
    auto p = m_preferences;
    p.showTitles = show;
    update(p);
}

bool NudgeSettings::startAtLoginSupported() const
{
    return m_startAtLogin.supported();
}

bool NudgeSettings::startAtLogin() const
{
    return m_startAtLogin.supported() && m_startAtLogin.enabled();
}

void NudgeSettings::setStartAtLogin(bool start)
{
    if (!m_startAtLogin.supported() || start == startAtLogin())
        return;
    QString detail;
    if (!m_startAtLogin.setEnabled(start, &detail))
        setErrorMessage(start ? tr("Debrief could not be set to start at login.")
                              : tr("Debrief could not stop starting at login."));
    else
        setErrorMessage({});
    emit startAtLoginChanged();
}

QString NudgeSettings::timeText(int minutes) const
{
    return QLocale().toString(timeOf(minutes), QLocale::ShortFormat);
}

void NudgeSettings::update(const NudgePreferences& p)
{
    if (p == m_preferences)
        return;
    m_preferences = p;
    m_settings.setValue(EnabledKey, p.enabled);
    m_settings.setValue(ReviewKey, minutesOf(p.reviewTime));
    m_settings.setValue(QuietStartKey, minutesOf(p.quietStart));
    m_settings.setValue(QuietEndKey, minutesOf(p.quietEnd));
    m_settings.setValue(WeekendsKey, p.weekends);
    m_settings.setValue(MaxPerDayKey, p.maxPerDay);
    m_settings.setValue(ShowTitlesKey, p.showTitles);
    m_settings.sync();
    // The choice still applies until Debrief closes; only remembering it failed.
    setErrorMessage(
        m_settings.status() == QSettings::NoError
            ? QString()
            : tr("Your settings could not be saved, so they apply only until Debrief closes."));
    emit changed();
}

void NudgeSettings::setErrorMessage(const QString& message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace debrief
