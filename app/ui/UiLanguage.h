#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <memory>

class QQmlEngine;
class QTranslator;

namespace debrief {

// Puts a language into effect for the whole app at once, without a restart: the default
// QLocale (dates, weekday names, the first day of the week), Debrief's translation embedded
// under :/i18n, and the QML engine's qsTr() texts; models re-read their words on changed().
// When it goes, the locale it started with is the default again and its translation leaves.
class UiLanguage : public QObject
{
    Q_OBJECT

public:
    explicit UiLanguage(QObject* parent = nullptr);
    ~UiLanguage() override;
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;

    // language: a locale name ("de", "zh_CN"), or "" for the system's (the default locale when
    // this object was made). The first call always installs; later ones only on a change.
    void apply(const QString& language);
    // The engine whose texts follow each change (null: none).
    void setEngine(QQmlEngine* engine);
    QString language() const { return m_language; }

signals:
    // After a change: texts and dates formatted in C++ must be formatted again.
    void changed();

private:
    const QLocale m_startLocale;
    QString m_language;
    bool m_applied = false;
    std::unique_ptr<QTranslator> m_translator;
    QPointer<QQmlEngine> m_engine;
};

} // namespace debrief
