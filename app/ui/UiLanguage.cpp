#include "UiLanguage.h"

#include "core/Translations.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QTranslator>

namespace debrief {

UiLanguage::UiLanguage(QObject* parent)
    : QObject(parent)
{
}

UiLanguage::~UiLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    QLocale::setDefault(m_startLocale);
}

void UiLanguage::apply(const QString& language)
{
    if (m_applied && language == m_language)
        return;
    m_applied = true;
    m_language = language;
    const QLocale locale = language.isEmpty() ? m_startLocale : QLocale(language);
    QLocale::setDefault(locale);
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    auto translator = std::make_unique<QTranslator>();
    const bool loaded = loadTranslation(*translator, locale);
    if (loaded && QCoreApplication::installTranslator(translator.get()))
        m_translator = std::move(translator);
    if (m_engine) {
        m_engine->setUiLanguage(locale.name());
        m_engine->retranslate();
    }
    emit changed();
}

void UiLanguage::setEngine(QQmlEngine* engine)
{
    m_engine = engine;
    if (m_engine)
        m_engine->setUiLanguage(QLocale().name());
}

} // namespace debrief
