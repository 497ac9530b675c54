#include "desktop/TrayNotifier.h"

#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>

namespace debrief::platform {

TrayNotifier::TrayNotifier()
    : m_icon(std::make_unique<QSystemTrayIcon>(QGuiApplication::windowIcon()))
{
    m_icon->setToolTip(QStringLiteral("Debrief"));
    connect(m_icon.get(), &QSystemTrayIcon::messageClicked, this, [this] {
        const QString key = std::exchange(m_key, {});
        if (!key.isEmpty() && !m_defaultAction.isEmpty() && m_handler)
            m_handler(key, m_defaultAction);
    });
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::available() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void TrayNotifier::setActionHandler(ActionHandler handler)
{
    m_handler = std::move(handler);
}

void TrayNotifier::show(const Notification& notification)
{
    m_key = notification.key;
    m_defaultAction = notification.defaultAction;
    if (m_icon->icon().isNull())
        m_icon->setIcon(QGuiApplication::windowIcon());
    m_icon->show();
    // A newer message replaces the one on screen; the OS keeps it in its list (Windows Action
    // Center, macOS Notification Center) with the app's name.
    m_icon->showMessage(notification.title, notification.body);
}

void TrayNotifier::withdraw(const QString& key)
{
    if (key != m_key)
        return;
    // A balloon cannot be taken back alone; hiding the icon removes it.
    m_key.clear();
    m_icon->hide();
}

} // namespace debrief::platform
