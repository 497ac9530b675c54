#include "qtkeychain/SecretServiceProbe.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>

namespace debrief::platform {

bool secretStoreReachable()
{
    static const QString service = QStringLiteral("org.freedesktop.secrets");
    const QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusConnectionInterface* daemon = bus.isConnected() ? bus.interface() : nullptr;
    if (!daemon)
        return false;
    const QDBusReply<bool> running = daemon->isServiceRegistered(service);
    if (running.isValid() && running.value())
        return true;
    const QDBusReply<QStringList> startable = daemon->activatableServiceNames();
    // When the bus cannot say, assume the store exists: "failed" is the safer report.
    return !startable.isValid() || startable.value().contains(service);
}

} // namespace debrief::platform
