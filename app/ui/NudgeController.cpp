#include "NudgeController.h"

#include "nudges/NudgeReconciler.h"

namespace debrief {

NudgeController::NudgeController(NudgeReconciler& reconciler, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_reconciler(reconciler)
    , m_due(clock)
{
    connect(&m_reconciler, &NudgeReconciler::planChanged, this, [this] {
        m_due.setItems(m_reconciler.plan().due);
        emit planChanged();
    });
    connect(&m_reconciler, &NudgeReconciler::openRequested, this, &NudgeController::openRequested);
    connect(&m_reconciler, &NudgeReconciler::dueListRequested, this,
            &NudgeController::dueListRequested);
    connect(&m_reconciler, &NudgeReconciler::notificationsAllowedChanged, this,
            &NudgeController::notificationsAllowedChanged);
    connect(&m_reconciler, &NudgeReconciler::failed, this, &NudgeController::setErrorMessage);
}

bool NudgeController::notificationsAllowed() const
{
    return m_reconciler.notificationsAllowed();
}

bool NudgeController::muted(qint64 reflectionId) const
{
    return m_reconciler.muted(reflectionId);
}

bool NudgeController::setMuted(qint64 reflectionId, bool muted)
{
    return m_reconciler.setMuted(reflectionId, muted);
}

bool NudgeController::snooze(qint64 reflectionId, int choice)
{
    SnoozeChoice snooze = SnoozeChoice::Hour;
    if (choice == SnoozeEvening)
        snooze = SnoozeChoice::Evening;
    else if (choice == SnoozeTomorrow)
        snooze = SnoozeChoice::Tomorrow;
    return m_reconciler.snooze({reflectionId}, snooze);
}

bool NudgeController::notNow(qint64 reflectionId)
{
    return m_reconciler.notNow({reflectionId});
}

void NudgeController::clearError()
{
    setErrorMessage({});
}

void NudgeController::setErrorMessage(const QString& message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace debrief
