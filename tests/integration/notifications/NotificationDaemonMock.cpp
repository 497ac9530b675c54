#include "NotificationDaemonMock.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <catch2/catch_test_macros.hpp>

namespace debrief::test {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString MockInterface = QStringLiteral("org.freedesktop.DBus.Mock");

QDBusMessage callMock(const QString& method, const QVariantList& args)
{
    QDBusMessage message = QDBusMessage::createMethodCall(Service, Path, MockInterface, method);
    message.setArguments(args);
    const QDBusMessage reply = QDBusConnection::sessionBus().call(message);
    INFO(reply.errorMessage().toStdString());
    REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
    return reply;
}

// Inner containers arrive as QDBusArgument; dictionaries become QVariantMap.
QVariant plain(const QVariant& value)
{
    if (value.userType() != qMetaTypeId<QDBusArgument>())
        return value;
    const auto argument = value.value<QDBusArgument>();
    if (argument.currentType() == QDBusArgument::MapType)
        return qdbus_cast<QVariantMap>(argument);
    return value;
}

void emitSignal(const QString& name, const QString& signature, const QVariantList& args)
{
    callMock(QStringLiteral("EmitSignal"), {QString(), name, signature, args});
}

} // namespace

QVector<QVariantList> NotificationDaemonMock::calls(const QString& method)
{
    const QDBusMessage reply = callMock(QStringLiteral("GetMethodCalls"), {method});
    // a(tav): (timestamp, arguments)
    const auto list = reply.arguments().at(0).value<QDBusArgument>();
    QVector<QVariantList> calls;
    list.beginArray();
    while (!list.atEnd()) {
        quint64 timestamp = 0;
        QVariantList args;
        list.beginStructure();
        list >> timestamp >> args;
        list.endStructure();
        for (QVariant& arg : args)
            arg = plain(arg);
        calls.append(args);
    }
    list.endArray();
    return calls;
}

void NotificationDaemonMock::clearCalls()
{
    callMock(QStringLiteral("ClearCalls"), {});
}

void NotificationDaemonMock::emitActionInvoked(uint id, const QString& action)
{
    emitSignal(QStringLiteral("ActionInvoked"), QStringLiteral("us"), {id, action});
}

void NotificationDaemonMock::emitClosed(uint id, uint reason)
{
    emitSignal(QStringLiteral("NotificationClosed"), QStringLiteral("uu"), {id, reason});
}

uint NotificationDaemonMock::nextId()
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        Service, Path, QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    message << QStringLiteral("probe") << 0u << QString() << QStringLiteral("probe") << QString()
            << QStringList() << QVariantMap() << -1;
    const QDBusReply<uint> id = QDBusConnection::sessionBus().call(message);
    REQUIRE(id.isValid());
    clearCalls();
    return id.value() + 1;
}

} // namespace debrief::test
