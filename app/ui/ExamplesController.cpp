#include "ExamplesController.h"

#include "core/Clock.h"
#include "vault/ExampleReflections.h"
#include "vault/ReflectionStore.h"

namespace debrief {

ExamplesController::ExamplesController(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

void ExamplesController::setStores(ExampleReflections* examples, const ReflectionStore* reflections)
{
    m_examples = examples;
    m_reflections = reflections;
    readPresent();
    if (!m_examples || !m_reflections || !m_fillWhenEmpty)
        return;
    VaultError error;
    if (m_reflections->count(&error) == 0 && !error)
        add();
}

void ExamplesController::readPresent()
{
    bool present = false;
    if (m_examples) {
        VaultError error;
        present = m_examples->present(&error);
    }
    if (present != m_present) {
        m_present = present;
        emit presentChanged();
    }
}

bool ExamplesController::add()
{
    if (!m_examples)
        return report(tr("The vault is locked."));
    const QDateTime now = m_clock.nowUtc();
    if (VaultError e = m_examples->add(now, m_clock.timeZone().id()))
        return report(e.message());
    report({});
    readPresent();
    emit changed();
    return true;
}

bool ExamplesController::remove()
{
    if (!m_examples)
        return report(tr("The vault is locked."));
    if (VaultError e = m_examples->remove())
        return report(e.message());
    report({});
    readPresent();
    emit changed();
    return true;
}

bool ExamplesController::report(const QString& message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
    return message.isEmpty();
}

} // namespace debrief
