#pragma once

#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace debrief::test {

// The mock notification server that with-notification-daemon.sh starts (python3-dbusmock's
// notification_daemon template): reads the calls it received and makes it emit signals, as a
// desktop does when the person presses a button or dismisses a notification.
class NotificationDaemonMock
{
public:
    // The arguments of each call of method, oldest first.
    static QVector<QVariantList> calls(const QString& method);
    static void clearCalls();
    static void emitActionInvoked(uint id, const QString& action);
    static void emitClosed(uint id, uint reason);
    // The id the server gives the next notification (it counts 1, 2, 3...): asks for one
    // itself, then forgets that call.
    static uint nextId();
};

} // namespace debrief::test
