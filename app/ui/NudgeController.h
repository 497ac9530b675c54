#pragma once

#include "DueModel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class NudgeReconciler;

// Reminders as the pages see them: the Due list, per-entry mute, snooze and "Not now", and the
// requests that come from a notification (open an entry's stage page, or the Due list).
class NudgeController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(debrief::DueModel* due READ due CONSTANT)
    Q_PROPERTY(
        bool notificationsAllowed READ notificationsAllowed NOTIFY notificationsAllowedChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Snooze
    {
        SnoozeHour = 0,
        SnoozeEvening = 1,
        SnoozeTomorrow = 2,
    };
    Q_ENUM(Snooze)

    // reconciler and clock must outlive this object.
    NudgeController(NudgeReconciler& reconciler, const Clock& clock, QObject* parent = nullptr);

    DueModel* due() { return &m_due; }
    void setStore(ReflectionStore* store) { m_due.setStore(store); }
    bool notificationsAllowed() const;
    QString errorMessage() const { return m_errorMessage; }

    // Whether reminders are off for this entry.
    Q_INVOKABLE bool muted(qint64 reflectionId) const;
    Q_INVOKABLE bool setMuted(qint64 reflectionId, bool muted);
    Q_INVOKABLE bool snooze(qint64 reflectionId, int choice);
    Q_INVOKABLE bool notNow(qint64 reflectionId);
    Q_INVOKABLE void clearError();

signals:
    void openRequested(qint64 reflectionId, int stage);
    void dueListRequested();
    // An entry's mute changed (or the plan did): pages re-read muted().
    void planChanged();
    void notificationsAllowedChanged();
    void errorMessageChanged();

private:
    void setErrorMessage(const QString& message);

    NudgeReconciler& m_reconciler;
    DueModel m_due;
    QString m_errorMessage;
};

} // namespace debrief
